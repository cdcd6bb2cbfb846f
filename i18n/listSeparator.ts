import type { LocaleCode } from './locales'

/** Between the items of a short list: the ideographic comma in Chinese, the Arabic comma in Urdu. */
export const listSeparator = (locale: LocaleCode): string => {
  if (locale === 'zh-Hans' || locale === 'zh-Hant') return '、'
  if (locale === 'ur') return '، '
  return ', '
}

export const joinList = (items: readonly string[], locale: LocaleCode): string =>
  items.join(listSeparator(locale))
