import type { LocaleCode } from '@/i18n/locales'
import { getMessages } from '@/i18n/messages'
import { homePath } from '@/lib/seo/urls'

export function NotFound({
  homeLocale,
  locale,
}: {
  homeLocale: LocaleCode | null
  locale: LocaleCode
}) {
  const messages = getMessages(locale).notFound
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{messages.title}</h1>
      <p>{messages.body}</p>
      <p>
        <a href={homeLocale ? homePath(homeLocale) : '/'}>{messages.backHome}</a>
      </p>
    </section>
  )
}
