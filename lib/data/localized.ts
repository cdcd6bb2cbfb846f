import type { LocaleCode } from '@/i18n/locales'

/** A field read with `locale: 'all'`: one value per locale that has one. */
export type PerLocale<T> = Partial<Record<LocaleCode, T>> | null | undefined

export const inLocale = <T>(value: PerLocale<T>, locale: LocaleCode): T | undefined =>
  value && typeof value === 'object' ? (value as Partial<Record<LocaleCode, T>>)[locale] : undefined

/** Shared reference data may fall back (a carrier's Latin name beats an empty heading). */
export const inLocaleOr = <T>(value: PerLocale<T>, locales: LocaleCode[]): T | undefined => {
  for (const locale of locales) {
    const found = inLocale(value, locale)
    if (found !== undefined && found !== null && found !== '') return found
  }
  return undefined
}

/**
 * Like inLocaleOr, with the locale the value was found in: text shown on a page in another
 * language than its own carries its own `lang`.
 */
export const inLocaleOrWithLang = <T>(
  value: PerLocale<T>,
  locales: LocaleCode[],
): { lang: LocaleCode; value: T } | undefined => {
  for (const locale of locales) {
    const found = inLocale(value, locale)
    if (found !== undefined && found !== null && found !== '') return { lang: locale, value: found }
  }
  return undefined
}

/**
 * Guides are published locale by locale: read with `locale: 'all'`, their status is one value per
 * locale. A single value (a read in one locale) applies to that locale.
 */
export const isPublishedIn = (status: unknown, locale: LocaleCode): boolean =>
  status !== null && typeof status === 'object'
    ? (status as Record<string, unknown>)[locale] === 'published'
    : status === 'published'

export const isPublishedAnywhere = (status: unknown): boolean =>
  status !== null && typeof status === 'object'
    ? Object.values(status as Record<string, unknown>).includes('published')
    : status === 'published'
