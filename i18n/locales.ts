/**
 * The one list of content locales. Payload's localization config and the reader site's router both
 * read it, so a locale is added here once and nowhere else.
 */
export const localeCodes = ['en', 'zh-Hans', 'zh-Hant', 'ur', 'es'] as const

export type LocaleCode = (typeof localeCodes)[number]

export const defaultLocale: LocaleCode = 'en'

type LocaleDefinition = {
  code: LocaleCode
  /** Ordered list of locales to read from when a field has no value in this one. */
  fallbackLocale: LocaleCode[]
  label: string
  rtl?: boolean
}

export const localeDefinitions: LocaleDefinition[] = [
  { code: 'en', fallbackLocale: [], label: 'English' },
  { code: 'zh-Hans', fallbackLocale: ['en'], label: '简体中文 (Simplified Chinese)' },
  { code: 'zh-Hant', fallbackLocale: ['zh-Hans', 'en'], label: '繁體中文 (Traditional Chinese)' },
  { code: 'ur', fallbackLocale: ['en'], label: 'اردو (Urdu)', rtl: true },
  { code: 'es', fallbackLocale: ['en'], label: 'Español (Spanish)' },
]

export const localeOptions = localeDefinitions.map(({ code, label }) => ({ label, value: code }))

export const isLocaleCode = (value: unknown): value is LocaleCode =>
  typeof value === 'string' && (localeCodes as readonly string[]).includes(value)

export const isRightToLeft = (code: LocaleCode): boolean =>
  localeDefinitions.some((locale) => locale.code === code && locale.rtl === true)

export const localeLabel = (code: string): string =>
  localeDefinitions.find((locale) => locale.code === code)?.label ?? code
