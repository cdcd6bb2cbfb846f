import type { ReactNode } from 'react'

import { SiteFooter } from '../../../../../components/SiteFooter'
import { SiteHeader } from '../../../../../components/SiteHeader'
import { UnknownSite } from '../../../../../components/UnknownSite'
import { fontStylesheets } from '../../../../../components/fontStylesheets'
import '../../../../../components/reader.css'
import { isLocaleCode, isRightToLeft, type LocaleCode } from '../../../../../i18n/locales'
import { getMessages } from '../../../../../i18n/messages'
import { getTenantByHost } from '../../../../../lib/data/tenants'
import { decodeSegment, getReaderContext, type ReaderParams } from '../../../../../lib/site/readerContext'

// Pages are rendered on a reader's first request and then served from cache until a revalidation
// hook expires one of their tags.
export const generateStaticParams = async () => []

export default async function ReaderLayout({
  children,
  params,
}: {
  children: ReactNode
  params: ReaderParams
}) {
  const { host, locale } = await params
  const context = await getReaderContext(host, locale)
  const requested = decodeSegment(locale)
  const tenant = context?.tenant ?? (await getTenantByHost(decodeSegment(host)))
  const lang: LocaleCode =
    context?.locale ?? (isLocaleCode(requested) ? requested : (tenant?.defaultLocale ?? 'en'))
  const messages = getMessages(lang)
  const accent = tenant?.accentColor ?? '#0f766e'

  return (
    <html lang={lang} dir={isRightToLeft(lang) ? 'rtl' : 'ltr'}>
      <head>
        {fontStylesheets(lang).map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
      </head>
      <body style={{ ['--accent' as string]: accent }}>
        <a className="skip-link" href="#main">
          {messages.site.skipToContent}
        </a>
        {context && <SiteHeader context={context} />}
        <main id="main" className="page">
          {tenant ? children : <UnknownSite locale={lang} />}
        </main>
        {context && <SiteFooter context={context} />}
      </body>
    </html>
  )
}
