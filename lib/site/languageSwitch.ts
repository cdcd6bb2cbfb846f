import { isLocaleCode, type LocaleCode } from '@/i18n/locales'
import { sameHostPath } from '@/lib/security/sameHostPath'

/** The route the language switcher links through; it remembers the choice, then redirects. */
export const languageSwitchPath = (targetPath: string): string =>
  `/next/language?path=${encodeURIComponent(targetPath)}`

/**
 * Where a language switch may lead: a path on the same host whose first segment is a locale
 * (`/ur/guides/...`). Anything else (another origin, `//evil.example`, a backslash trick, a path
 * outside the reader's locales) yields null, so the route is never an open redirect.
 */
export const languageSwitchTarget = (
  path: string | null | undefined,
): { locale: LocaleCode; path: string } | null => {
  const target = sameHostPath(path)
  if (target === null) return null
  const locale = target.split(/[/?#]/)[1]
  return isLocaleCode(locale) ? { locale, path: target } : null
}
