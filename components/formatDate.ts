import type { LocaleCode } from '@/i18n/locales'

/** Dates in the reader's language and calendar conventions, fixed to UTC so caches agree. */
export const formatDate = (value: string | null | undefined, locale: LocaleCode): string | null => {
  if (!value) return null
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return null
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}
