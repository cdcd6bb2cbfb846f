import type { Payload } from 'payload'

import { strToU8, zipSync } from 'fflate'

import type { LocaleCode } from '@/i18n/locales'
import { buildGuideTranslationReport, type ActingUser } from '../guideTranslationReport'
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
  const { docs } = await payload.find({
    collection: 'guides',
    depth: 0,
    draft: true,
    limit: maxBundleGuides,
    overrideAccess: false,
    select: { updatedAt: true },
    sort: '-updatedAt',
    user,
    where: { tenant: { equals: tenantID } },
  })
  const files: Record<string, Uint8Array> = {}
  for (const doc of docs) {
    const report = await buildGuideTranslationReport({
      guideID: doc.id,
      locales: [locale],
      payload,
      user,
    })
    const status = report.locales[0]?.status
    if (status !== 'missing' && status !== 'outdated') continue
    const { fileName, xml } = await exportGuideXliff({ guideID: doc.id, locale, payload, user })
    files[fileName] = strToU8(xml)
  }
  return { count: Object.keys(files).length, zip: zipSync(files) }
}
