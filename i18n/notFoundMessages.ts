import type { LocaleCode } from './locales'
import { getMessages, type Messages } from './messages'
import { localeCodes } from './locales'

/** The not-found strings of every locale, small enough to ship to the browser. */
export const notFoundMessages = Object.fromEntries(
  localeCodes.map((locale) => [locale, getMessages(locale).notFound]),
) as Record<LocaleCode, Messages['notFound']>
