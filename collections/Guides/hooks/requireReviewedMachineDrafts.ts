import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'
import { withinRequest } from '@/lib/db/withinRequest'
import { saveIntentOf } from './recordSaveIntent'

type TranslationState = { machineDrafted?: unknown } | null | undefined

const pendingIn = (state: TranslationState): string[] =>
  Array.isArray(state?.machineDrafted) ? (state.machineDrafted as string[]) : []

/**
 * Machine-converted text (Simplified to Traditional Chinese and back) is a starting point, not a
 * translation: a locale with unreviewed machine-drafted fields cannot be published. Publishing
 * one locale checks that locale; publishing all locales checks every one of them.
 */
export const requireReviewedMachineDrafts: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  if (data._status !== 'published') return data
  const isAllLocales = saveIntentOf(req.context).isAllLocales
  const pending: Record<string, string[]> = {}
  if (req.locale && req.locale !== 'all') pending[req.locale] = pendingIn(data.translation)

  if (isAllLocales && originalDoc?.id !== undefined) {
    const latest = await withinRequest(req, () =>
      req.payload.findByID({
        collection: 'guides',
        depth: 0,
        draft: true,
        id: originalDoc.id,
        locale: 'all',
        overrideAccess: true,
        req,
        select: { translation: true },
      }),
    ).catch(() => null)
    const perLocale = (latest?.translation ?? {}) as Record<string, TranslationState>
    for (const [locale, state] of Object.entries(perLocale)) {
      if (!(locale in pending)) pending[locale] = pendingIn(state)
    }
  }

  const blocked = Object.entries(pending).filter(([, fields]) => fields.length > 0)
  if (blocked.length === 0) return data
  throw new ValidationError({
    collection: collection.slug,
    errors: blocked.map(([locale, fields]) => ({
      message: `Review the machine-drafted ${locale} fields (${fields.join(', ')}) and mark that translation as up to date before publishing.`,
      path: 'translation',
    })),
  })
}
