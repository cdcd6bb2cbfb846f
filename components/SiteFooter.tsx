import { feedPath } from '@/lib/seo/urls'
import type { ReaderContext } from '@/lib/site/readerContext'

export function SiteFooter({ context }: { context: ReaderContext }) {
  const { locale, messages } = context
  return (
    <footer className="site-footer">
      <p>{messages.site.footerNote}</p>
      <p>
        <a href={feedPath(locale)}>RSS</a> · {messages.site.poweredBy}
      </p>
    </footer>
  )
}
