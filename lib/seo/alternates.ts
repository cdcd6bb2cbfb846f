import { localeCodes, type LocaleCode } from '@/i18n/locales'
import { absoluteUrl } from './urls'

/**
 * hreflang values (BCP 47). The content locale codes already are valid tags (script subtags for
 * Chinese), so this is an identity map; it stays explicit so a future locale code that is not a
 * valid tag fails to compile here instead of shipping a bad hreflang.
 */
const hreflangs: Record<LocaleCode, string> = {
  en: 'en',
  'zh-Hans': 'zh-Hans',
  'zh-Hant': 'zh-Hant',
  ur: 'ur',
  es: 'es',
}

export const hreflangOf = (locale: LocaleCode): string => hreflangs[locale]

export type BuildAlternatesArgs = {
  /** The tenant's origin, e.g. 'https://asia.example.com'. */
  origin: string
  /** The locale of the page being rendered; its URL becomes the canonical. */
  canonicalLocale: LocaleCode
  /**
   * Path of this page in every locale it is published in (built with lib/seo/urls). Pass the same
   * map on every locale's page so the hreflang set is reciprocal.
   */
  pathsByLocale: Partial<Record<LocaleCode, string>>
  /** The tenant's default locale. */
  defaultLocale: LocaleCode
}

/** Assignable to Next's `Metadata['alternates']`. */
export type Alternates = {
  canonical: string
  languages: Record<string, string>
}

/**
 * Canonical URL and hreflang alternates for one page.
 *
 * - Only locales present in `pathsByLocale` (with a non-empty path) are listed, in the order of
 *   `localeCodes`, so every page of the set emits the identical list.
 * - `x-default` points at the default locale's URL. When the page is not published in the default
 *   locale it points at the first published locale in `localeCodes` order, which is the same on
 *   every page of the set (pointing each page at itself would break reciprocity).
 *
 * Throws when `canonicalLocale` has no path: the page being rendered must be part of its own set.
 */
export const buildAlternates = ({
  origin,
  canonicalLocale,
  pathsByLocale,
  defaultLocale,
}: BuildAlternatesArgs): Alternates => {
  const published = localeCodes.filter((locale) => Boolean(pathsByLocale[locale]))
  const urlOf = (locale: LocaleCode): string => absoluteUrl(origin, pathsByLocale[locale] as string)

  if (!published.includes(canonicalLocale)) {
    throw new Error(
      `buildAlternates: no path for the canonical locale "${canonicalLocale}" (have: ${published.join(', ') || 'none'})`,
    )
  }

  const languages: Record<string, string> = {}
  for (const locale of published) languages[hreflangOf(locale)] = urlOf(locale)
  languages['x-default'] = urlOf(published.includes(defaultLocale) ? defaultLocale : published[0])

  return { canonical: urlOf(canonicalLocale), languages }
}
