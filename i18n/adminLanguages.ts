import type { SupportedLanguages } from '@payloadcms/translations'

import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { zh } from '@payloadcms/translations/languages/zh'
import { zhTw } from '@payloadcms/translations/languages/zhTw'

/**
 * Languages of the admin, each person's choice in their account (Payload's language preference).
 * Payload ships Simplified and Traditional Chinese and Spanish; it has no Urdu, so Urdu keeps
 * Payload's own screens in English while Roampress's screens (Translations, side by side,
 * History) speak Urdu, right to left.
 */
export const adminLanguages = {
  en,
  es,
  ur: {
    dateFNSKey: 'en-US',
    translations: {
      ...en.translations,
      general: { ...en.translations.general, thisLanguage: 'اردو' },
    },
  },
  zh,
  'zh-TW': zhTw,
} as unknown as SupportedLanguages
