import type { LocaleCode } from '@/i18n/locales'
import { getMessages } from '@/i18n/messages'
import type { SiteTenant } from '@/lib/data/tenants'
import { originOf } from '@/lib/env/readerOrigin'

/** Shown on a host no publication claims: public names and addresses only. */
export function UnknownSite({ locale, tenants }: { locale: LocaleCode; tenants: SiteTenant[] }) {
  const messages = getMessages(locale)
  const listed = tenants.filter((tenant) => tenant.domains.length > 0)
  return (
    <section aria-labelledby="unknown-site-title">
      <h1 id="unknown-site-title">{messages.unknownSite.title}</h1>
      <p>{messages.unknownSite.body}</p>
      {listed.length > 0 && (
        <>
          <h2>{messages.unknownSite.publicationsHeading}</h2>
          <ul className="link-list">
            {listed.map((tenant) => (
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
