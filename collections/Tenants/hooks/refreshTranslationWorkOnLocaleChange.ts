import type { CollectionAfterChangeHook } from 'payload'

import { queueTranslationWorkRefresh } from '@/jobs/refreshTranslationWork'
import { withinRequest } from '@/lib/db/withinRequest'

const sameList = (a: unknown, b: unknown) =>
  JSON.stringify([...((a as string[]) ?? [])].sort()) ===
  JSON.stringify([...((b as string[]) ?? [])].sort())

/**
 * A publication that gains or drops a language, or changes its source language, changes what
 * every one of its guides needs translated: its stored translation state is redone in the
 * background.
 */
export const refreshTranslationWorkOnLocaleChange: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'update') return doc
  const isChanged =
    doc.defaultLocale !== previousDoc?.defaultLocale ||
    !sameList(doc.enabledLocales, previousDoc?.enabledLocales)
  if (isChanged)
    await withinRequest(req, () => queueTranslationWorkRefresh(req.payload, doc.id, req))
  return doc
}
