import type { Payload } from 'payload'

import type { LocaleCode } from '@/i18n/locales'
import {
  contentManagerTenantIDs,
  isSuperAdmin,
  memberTenantIDs,
  translatorLocalesIn,
} from '@/access/memberships'
import { idOf } from '@/lib/ids'
import {
  buildGuideTranslationReport,
  type ActingUser,
  type LocaleReport,
} from './guideTranslationReport'
import { sourceFields, type TranslatableContent } from './fingerprints'
import { recordTranslationMemory } from './memory/translationMemory'
import { draftChineseLocale, type ChineseLocale } from './opencc'

type ID = number | string

/**
 * Marks a locale's translation as matching the current source: stores the source text it was
 * checked against, clears machine-drafted marks (a person has now reviewed them) and hands the
 * locale to the editors. Saved as a draft with the person's own access: a translator can do this
 * only in their locales.
 */
export const confirmTranslation = async ({
  guideID,
  locale,
  payload,
  user,
}: {
  guideID: ID
  locale: LocaleCode
  payload: Payload
  user: ActingUser
}) => {
  const sourceLocale = await sourceLocaleOf(payload, guideID, user)
  const source = await payload.findByID({
    collection: 'guides',
    depth: 0,
    draft: true,
    fallbackLocale: false,
    id: guideID,
    locale: sourceLocale,
    overrideAccess: false,
    user,
  })
  const confirmed = await payload.update({
    collection: 'guides',
    data: {
      translation: {
        confirmedAt: new Date().toISOString(),
        confirmedBy: user.email,
        confirmedSource: sourceFields(source as unknown as TranslatableContent),
        machineDrafted: [],
        memoryDrafted: [],
        state: 'ready-for-review',
      },
    },
    depth: 0,
    draft: true,
    fallbackLocale: false,
    id: guideID,
    locale,
    overrideAccess: false,
    user,
  })
  await recordTranslationMemory({
    confirmedBy: user.name || user.email,
    guideID,
    originTitle: source.title ?? '',
    payload,
    source: source as unknown as TranslatableContent,
    sourceLocale,
    target: confirmed as unknown as TranslatableContent,
    targetLocale: locale,
    tenantID: idOf(source.tenant) as ID,
  })
  return confirmed
}

export const sourceLocaleOf = async (
  payload: Payload,
  guideID: ID,
  user: ActingUser,
): Promise<LocaleCode> => {
  const guide = await payload.findByID({
    collection: 'guides',
    depth: 1,
    draft: true,
    id: guideID,
    overrideAccess: false,
    user,
  })
  const tenant = guide.tenant as { defaultLocale?: LocaleCode } | null
  return tenant?.defaultLocale ?? 'en'
}

/**
 * Drafts one Chinese script from the other with OpenCC, filling only empty fields and marking
 * them machine-drafted, so they must be reviewed before the locale can be published.
 */
export const draftChineseTranslation = async ({
  from,
  guideID,
  payload,
  to,
  user,
}: {
  from: ChineseLocale
  guideID: ID
  payload: Payload
  to: ChineseLocale
  user: ActingUser
}): Promise<{ filled: string[] }> => {
  const read = (locale: ChineseLocale) =>
    payload.findByID({
      collection: 'guides',
      depth: 0,
      draft: true,
      fallbackLocale: false,
      id: guideID,
      locale,
      overrideAccess: false,
      user,
    })
  const [source, target] = await Promise.all([read(from), read(to)])
  const { content, machineDraftedFields } = draftChineseLocale({
    from,
    source: source as unknown as TranslatableContent,
    target: target as unknown as TranslatableContent,
    to,
  })
  if (machineDraftedFields.length === 0) return { filled: [] }
  const alreadyDrafted = Array.isArray(target.translation?.machineDrafted)
    ? (target.translation.machineDrafted as string[])
    : []
  await payload.update({
    collection: 'guides',
    data: {
      ...(content as Record<string, unknown>),
      translation: {
        ...target.translation,
        machineDrafted: [...new Set([...alreadyDrafted, ...machineDraftedFields])],
        state: 'in-progress',
      },
    },
    depth: 0,
    draft: true,
    id: guideID,
    locale: to,
    overrideAccess: false,
    user,
  })
  return { filled: machineDraftedFields }
}

export type TranslationWorkItem = {
  guideID: ID
  report: LocaleReport
  sourceTitle: string
  sourceUpdatedAt: string
  tenantID: ID
}

/** Locales a person works on in a tenant: a translator's own; everyone else's, all of them. */
export const workLocalesFor = (user: ActingUser, tenantID: ID): LocaleCode[] | undefined =>
  isSuperAdmin(user) || contentManagerTenantIDs(user).some((id) => String(id) === String(tenantID))
    ? undefined
    : translatorLocalesIn(user, tenantID)

/** Guides per page of the Translations list: each costs one report, so a page's cost is fixed. */
export const translationWorkPerPage = 25

export type TranslationWorkPage = {
  items: TranslationWorkItem[]
  page: number
  totalPages: number
}

/**
 * What needs translation work in the tenants the person belongs to, newest source changes first,
 * one page of guides at a time: every locale that is missing, in progress, outdated or waiting
 * for review. The database pages and counts the guides, so a page costs the same however many
 * guides the publications hold.
 */
export const listTranslationWorkPage = async ({
  page = 1,
  payload,
  perPage = translationWorkPerPage,
  user,
}: {
  page?: number
  payload: Payload
  perPage?: number
  user: ActingUser
}): Promise<TranslationWorkPage> => {
  const tenantIDs = isSuperAdmin(user) ? undefined : memberTenantIDs(user)
  const { docs, totalPages } = await payload.find({
    collection: 'guides',
    depth: 0,
    draft: true,
    limit: perPage,
    overrideAccess: false,
    page,
    select: { tenant: true, updatedAt: true },
    sort: '-updatedAt',
    user,
    where: tenantIDs ? { tenant: { in: tenantIDs } } : {},
  })
  const items: TranslationWorkItem[] = []
  for (const doc of docs) {
    const tenantID = idOf(doc.tenant) as ID
    const report = await buildGuideTranslationReport({
      guideID: doc.id,
      locales: workLocalesFor(user, tenantID),
      payload,
      user,
    })
    for (const locale of report.locales) {
      if (locale.status === 'up-to-date' && locale.state !== 'ready-for-review') continue
      items.push({
        guideID: doc.id,
        report: locale,
        sourceTitle: report.sourceTitle,
        sourceUpdatedAt: report.sourceUpdatedAt,
        tenantID,
      })
    }
  }
  return { items, page, totalPages: Math.max(1, totalPages) }
}

/** The first page of translation work (see listTranslationWorkPage). */
export const listTranslationWork = async ({
  payload,
  user,
}: {
  payload: Payload
  user: ActingUser
}): Promise<TranslationWorkItem[]> => (await listTranslationWorkPage({ payload, user })).items
