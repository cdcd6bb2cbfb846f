import { siteTitleWithLang, taglineWithLang } from '@/lib/data/tenants'
import { homePath, localePath } from '@/lib/seo/urls'
import type { ReaderContext } from '@/lib/site/readerContext'

export function SiteHeader({ context }: { context: ReaderContext }) {
  const { locale, messages, tenant } = context
  // Branding not yet translated falls back to another language, which then says so with `lang`.
  const siteTitle = siteTitleWithLang(tenant, locale)
  const tagline = taglineWithLang(tenant, locale)
  const langIfOther = (lang: string) => (lang === locale ? undefined : lang)
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <p className="site-title">
          <a href={homePath(locale)} lang={langIfOther(siteTitle.lang)}>
            {siteTitle.text}
          </a>
        </p>
        {tagline.text && (
          <p className="site-tagline" lang={langIfOther(tagline.lang)}>
            {tagline.text}
          </p>
        )}
        {/* A plain GET form: search works without JavaScript. */}
        <form
          className="site-search"
          role="search"
          aria-label={messages.site.searchPlaceholder}
          action={localePath(locale, 'search')}
        >
          <label htmlFor="site-search-q" className="visually-hidden">
            {messages.site.searchPlaceholder}
          </label>
          <input
            id="site-search-q"
            name="q"
            type="search"
            placeholder={messages.site.searchPlaceholder}
            autoComplete="off"
          />
          <button type="submit">{messages.site.searchButton}</button>
        </form>
      </div>
    </header>
  )
}
