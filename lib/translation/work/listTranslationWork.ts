import type { Payload, Where } from 'payload'

import { localeCodes, type LocaleCode } from '@/i18n/locales'
import { idOf, type ID } from '@/lib/ids'
import type { ActingUser } from '../guideTranslationReport'
import type { TranslationStatus } from '../status'
import { isSuperAdmin, memberTenantIDs, workLocalesFor } from '@/access/memberships'

export type TranslationWorkItem = {
  changedFieldCount: number
  guideID: ID
  isMachineDrafted: boolean
  isPublished: boolean
  locale: LocaleCode
  reviewState: 'in-progress' | 'ready-for-review' | null
  sourceTitle: string
  sourceUpdatedAt: string
  status: TranslationStatus
  tenantID: ID
  warningCount: number
}

export type TranslationWorkPage = {
  items: TranslationWorkItem[]
  page: number
  totalItems: number
  totalPages: number
}

/** Rows per page of the Translations list. */
export const translationWorkPerPage = 50

/**
 * What needs translation work in the publications the person belongs to (a translator: only
 * their languages), newest source change first: every locale that is missing, in progress,
 * outdated or waiting for review. One query over the stored translation state
 * (collections/TranslationWork), paged by the database, so a page costs the same however many
 * guides the publications hold.
 */
export const listTranslationWorkPage = async ({
  locale,
  page = 1,
  payload,
  perPage = translationWorkPerPage,
  user,
}: {
  /** Only this target locale. */
  locale?: LocaleCode | null
  page?: number
  payload: Payload
  perPage?: number
  user: ActingUser
}): Promise<TranslationWorkPage> => {
  // Someone in no publication has no work (reading would be refused, not empty).
  if (!isSuperAdmin(user) && memberTenantIDs(user).length === 0) {
    return { items: [], page, totalItems: 0, totalPages: 1 }
  }
  const where: Where = {
    and: [{ needsWork: { equals: true } }, ...(locale ? [{ locale: { equals: locale } }] : [])],
  }
  const { docs, totalDocs, totalPages } = await payload.find({
    collection: 'translation-work',
    depth: 0,
    limit: perPage,
    overrideAccess: false,
    page,
    sort: ['-sourceUpdatedAt', '-id'],
    user,
    where,
  })
  return {
    items: docs.map((row) => ({
      changedFieldCount: row.changedFieldCount ?? 0,
      guideID: idOf(row.guide) as ID,
      isMachineDrafted: Boolean(row.isMachineDrafted),
      isPublished: Boolean(row.isPublished),
      locale: row.locale as LocaleCode,
      reviewState: row.reviewState ?? null,
      sourceTitle: row.sourceTitle ?? '',
      sourceUpdatedAt: row.sourceUpdatedAt,
      status: row.status,
      tenantID: idOf(row.tenant) as ID,
      warningCount: row.warningCount ?? 0,
    })),
    page,
    totalItems: totalDocs,
    totalPages: Math.max(1, totalPages),
  }
}

/**
 * The target locales the person can filter the list by: a translator's own languages, else every
 * language their publications translate into, in the order the product lists locales.
 */
export const translationWorkLocales = async (
  payload: Payload,
  user: ActingUser,
): Promise<LocaleCode[]> => {
  const { docs: tenants } = await payload.find({
    collection: 'tenants',
    depth: 0,
    limit: 200,
    overrideAccess: true,
    pagination: false,
    select: { defaultLocale: true, enabledLocales: true },
    where: isSuperAdmin(user) ? {} : { id: { in: memberTenantIDs(user) } },
  })
  const found = new Set<string>()
  for (const tenant of tenants) {
    const own = workLocalesFor(user, tenant.id)
    for (const code of tenant.enabledLocales ?? []) {
      if (code !== tenant.defaultLocale && (!own || own.includes(code as LocaleCode))) {
        found.add(code)
      }
    }
  }
  return localeCodes.filter((code) => found.has(code))
}
