import { match } from '@formatjs/intl-localematcher'

import { isLocaleCode, type LocaleCode } from './locales'

/** Name of the cookie that remembers a reader's explicit language choice. */
export const localeCookieName = 'roampress-locale'

type NegotiateLocaleArgs = {
  /** The raw Accept-Language request header, if any. */
  acceptLanguage: string | null | undefined
  /** The value of the `roampress-locale` cookie, if any. */
  cookieLocale?: string | null
  /** The tenant's enabled locales. */
  enabledLocales: LocaleCode[]
  /** The tenant's default locale: the answer whenever nothing better matches. */
  defaultLocale: LocaleCode
}

/** Regions whose Chinese readers use Traditional characters when the tag names no script. */
const traditionalChineseRegions = new Set(['TW', 'HK', 'MO'])

/**
 * Picks the reader-site locale for a request. Pure: no Next.js or Payload imports, never throws.
 *
 * 1. A remembered choice (cookie) wins when the tenant has that locale enabled.
 * 2. Otherwise the Accept-Language header is matched against the enabled locales, in the reader's
 *    order of preference (quality values honoured), by BCP 47 lookup: `es-419` → `es`,
 *    `ur-PK` → `ur`, `en-GB` → `en`. Chinese tags are first reduced to a script: `zh-TW`, `zh-HK`,
 *    `zh-MO` and `zh-Hant-*` → `zh-Hant`; `zh`, `zh-CN`, `zh-SG` and `zh-Hans-*` → `zh-Hans`.
 *    Right after each Chinese preference the other script is tried, so a Traditional reader on a
 *    tenant with only Simplified enabled (or the reverse) gets Chinese rather than a language the
 *    reader ranked lower.
 * 3. Otherwise, including for a missing or malformed header, the tenant's default locale.
 */
export const negotiateLocale = ({
  acceptLanguage,
  cookieLocale,
  enabledLocales,
  defaultLocale,
}: NegotiateLocaleArgs): LocaleCode => {
  const enabled = enabledLocales.filter(isLocaleCode)
  if (isLocaleCode(cookieLocale) && enabled.includes(cookieLocale)) return cookieLocale
  if (enabled.length === 0) return defaultLocale

  const requested = requestedLocales(acceptLanguage)
  if (requested.length === 0) return defaultLocale

  try {
    const matched = match(requested, enabled, defaultLocale, { algorithm: 'lookup' })
    return isLocaleCode(matched) && enabled.includes(matched) ? matched : defaultLocale
  } catch {
    return defaultLocale
  }
}

/**
 * The reader's languages as canonical BCP 47 tags, most preferred first, with Chinese reduced to
 * `zh-Hant` / `zh-Hans` (each followed by the other script). Tags that are not valid BCP 47 (`!!!`,
 * `*`, over-long subtags) are dropped; a header that cannot be parsed at all gives `[]`.
 */
const requestedLocales = (acceptLanguage: string | null | undefined): string[] => {
  if (typeof acceptLanguage !== 'string' || acceptLanguage.trim() === '') return []

  const preferred = languagesByPreference(acceptLanguage)

  const tags: string[] = []
  for (const language of preferred) {
    const tag = canonicalTag(language.trim().replaceAll('_', '-'))
    if (tag === null) continue
    const chinese = chineseScripts(tag)
    for (const candidate of chinese ?? [tag]) if (!tags.includes(candidate)) tags.push(candidate)
  }
  return tags
}

const canonicalTag = (tag: string): string | null => {
  if (tag === '' || tag === '*') return null
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null
  } catch {
    return null
  }
}

/** For a Chinese tag, the matching script locale then the other one; `null` for other languages. */
const chineseScripts = (tag: string): [LocaleCode, LocaleCode] | null => {
  const locale = new Intl.Locale(tag)
  if (locale.language !== 'zh') return null
  const traditional =
    locale.script === 'Hant' ||
    (locale.script === undefined &&
      locale.region !== undefined &&
      traditionalChineseRegions.has(locale.region))
  return traditional ? ['zh-Hant', 'zh-Hans'] : ['zh-Hans', 'zh-Hant']
}

/**
 * Accept-Language entries ordered by quality (ties keep header order); entries with q=0, a
 * malformed quality or no language are dropped.
 */
const languagesByPreference = (header: string): string[] =>
  header
    .split(',')
    .map((entry, index) => {
      const [language, ...parameters] = entry.trim().split(';')
      const quality = parameters
        .map((parameter) => parameter.trim().match(/^q=([01](?:\.\d{0,3})?)$/i))
        .find((found) => found !== null)
      const q = parameters.length === 0 ? 1 : quality ? Number(quality[1]) : Number.NaN
      return { index, language: language.trim(), q }
    })
    .filter((entry) => entry.language !== '' && entry.q > 0 && entry.q <= 1)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.language)
