import Link from 'next/link'

export const metadata = {
  description: 'About the Roampress installation serving these publications.',
  title: 'About Roampress',
}

/** A page about the installation itself: prerendered at build, it needs no tenant or database. */
export default function AboutRoampress() {
  return (
    <>
      <h1>About Roampress</h1>
      <p>
        Roampress publishes guides to SIM cards, eSIMs and mobile plans for travellers. Each
        publication on this installation answers on its own web address, in the languages its
        editors and translators maintain.
      </p>
      <p>
        Editors sign in at <Link href="/admin">/admin</Link>.
      </p>
    </>
  )
}
