import type { LocaleCode } from '../i18n/locales'
import { getMessages } from '../i18n/messages'
import { listTenants } from '../lib/data/tenants'
import { originOf } from '../lib/site/readerContext'

/** Shown on a host no publication claims: public names and addresses only. */
export async function UnknownSite({ locale }: { locale: LocaleCode }) {
  const messages = getMessages(locale)
  const tenants = (await listTenants()).filter((tenant) => tenant.domains.length > 0)
  return (
    <section aria-labelledby="unknown-site-title">
      {/* No tenant, so no page metadata: React 19 hoists this title into <head>. */}
      <title>{messages.unknownSite.title}</title>
      <h1 id="unknown-site-title">{messages.unknownSite.title}</h1>
      <p>{messages.unknownSite.body}</p>
      {tenants.length > 0 && (
        <>
          <h2>{messages.unknownSite.publicationsHeading}</h2>
          <ul className="link-list">
            {tenants.map((tenant) => (
              <li key={String(tenant.id)}>
                <a href={originOf(tenant.domains[0])}>{tenant.name}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
