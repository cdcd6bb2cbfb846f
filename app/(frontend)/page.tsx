import Link from 'next/link'

import { listPublications } from '../../lib/data/listPublications'

// The list changes whenever an editor publishes; it is small, so it renders on request for now.
export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const publications = await listPublications({ locale: 'en' })
  return (
    <main className="home">
      <h1>Roampress</h1>
      <p>
        Publications on this installation and their published guides. Editors sign in at{' '}
        <Link href="/admin">/admin</Link>.
      </p>
      {publications.map((publication) => (
        <section key={String(publication.id)} aria-labelledby={`pub-${publication.id}`}>
          <h2 id={`pub-${publication.id}`}>{publication.name}</h2>
          {publication.domains.length > 0 && (
            <p className="domains">Served at: {publication.domains.join(', ')}</p>
          )}
          <ul>
            {publication.guides.map((guide) => (
              <li key={String(guide.id)}>{guide.title}</li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  )
}
