import { localeDefinitions, type LocaleCode } from '@/i18n/locales'
import type { Messages } from '@/i18n/messages'
import { languageSwitchPath } from '@/lib/site/languageSwitch'

/**
 * Links to this same page in the other locales it exists in. Plain links with hreflang: no
 * JavaScript, and a guide only offers the languages it is published in. Each link passes through
 * /next/language, which remembers the choice for `/` and redirects to the page.
 */
export function LanguageSwitcher({
  current,
  messages,
  pathsByLocale,
}: {
  current: LocaleCode
  messages: Messages
  pathsByLocale: Partial<Record<LocaleCode, string>>
}) {
  const others = localeDefinitions.filter(
    (locale) => locale.code !== current && pathsByLocale[locale.code],
  )
  if (others.length === 0) return null
  return (
    <nav className="language-switcher" aria-label={messages.site.languageSwitcherLabel}>
      <span>{messages.site.availableIn}:</span>
      <ul>
        {others.map((locale) => (
          <li key={locale.code}>
            <a
              href={languageSwitchPath(pathsByLocale[locale.code] as string)}
              hrefLang={locale.code}
              lang={locale.code}
            >
              {locale.label.split(' (')[0]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
