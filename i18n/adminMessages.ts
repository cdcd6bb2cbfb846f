import type { LocaleCode } from './locales'
import { adminEn, type AdminMessages } from './admin/en'
import { adminEs } from './admin/es'
import { adminUr } from './admin/ur'
import { adminZhHans } from './admin/zh-Hans'
import { adminZhHant } from './admin/zh-Hant'

export type { AdminMessages }

const catalogues: Record<LocaleCode, AdminMessages> = {
  en: adminEn,
  es: adminEs,
  ur: adminUr,
  'zh-Hans': adminZhHans,
  'zh-Hant': adminZhHant,
}

/**
 * Payload's admin language (the person's choice in their account, `payload-lng`) → the locale our
 * own admin screens speak. Payload names Chinese `zh` and `zh-TW`.
 */
const fromAdminLanguage: Record<string, LocaleCode> = {
  en: 'en',
  es: 'es',
  ur: 'ur',
  zh: 'zh-Hans',
  'zh-TW': 'zh-Hant',
}

export const adminLocaleFor = (adminLanguage: string | undefined): LocaleCode =>
  fromAdminLanguage[adminLanguage ?? ''] ?? 'en'

export const getAdminMessages = (locale: LocaleCode): AdminMessages => catalogues[locale]
