import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook } from 'payload'

import {
  forgetGuideTranslationWork,
  refreshGuideTranslationWork,
} from '@/lib/translation/work/refreshTranslationWork'
import { withinRequest } from '@/lib/db/withinRequest'

/**
 * Every save can change a locale's translation state (the source text, a translation, a
 * confirmation, publishing): the stored state the Translations list reads is recomputed in the
 * same transaction, so the list is never behind the guide.
 */
export const recordTranslationWork: CollectionAfterChangeHook = async ({ doc, req }) => {
  await refreshGuideTranslationWork(req.payload, doc.id, req)
  return doc
}

/** Its rows reference the guide: they go first, in the same transaction. */
export const forgetTranslationWork: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await withinRequest(req, () => forgetGuideTranslationWork(req.payload, id, req))
}
