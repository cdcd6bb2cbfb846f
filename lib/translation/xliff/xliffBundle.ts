import type { Payload } from 'payload'

import { strToU8, zipSync } from 'fflate'

import type { LocaleCode } from '@/i18n/locales'
import { idOf } from '@/lib/ids'
import type { ActingUser } from '../guideTranslationReport'
import { exportGuideXliff } from './guideXliff'

type ID = number | string

/** Most guides in one bundle: a zip is built in memory. */
export const maxBundleGuides = 200

/**
 * One XLIFF file per guide of a publication whose translation into `locale` is missing or
 * outdated, as a zip. Guides the person cannot translate are left out by the same checks as a
 * single export.
 */
export const exportOutdatedGuidesBundle = async ({
  locale,
  payload,
  tenantID,
  user,
}: {
  locale: LocaleCode
  payload: Payload
  tenantID: ID
  user: ActingUser
}): Promise<{ count: number; zip: Uint8Array }> => {
  // The stored translation state names the guides: no report is built per guide to find them.
  const { docs } = await payload.find({
    collection: 'translation-work',
    depth: 0,
    limit: maxBundleGuides,
    overrideAccess: false,
    select: { guide: true },
    sort: ['-sourceUpdatedAt', '-id'],
    user,
    where: {
      and: [
        { tenant: { equals: tenantID } },
        { locale: { equals: locale } },
        { status: { in: ['missing', 'outdated'] } },
      ],
    },
  })
  const files: Record<string, Uint8Array> = {}
  for (const row of docs) {
    const guideID = idOf(row.guide) as ID
    const { fileName, xml } = await exportGuideXliff({ guideID, locale, payload, user })
    files[fileName] = strToU8(xml)
  }
  return { count: Object.keys(files).length, zip: zipSync(files) }
}
