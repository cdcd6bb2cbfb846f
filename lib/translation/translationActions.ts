import type { Payload } from 'payload'

import type { LocaleCode } from '@/i18n/locales'
import { idOf } from '@/lib/ids'
import type { ActingUser } from './guideTranslationReport'
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
