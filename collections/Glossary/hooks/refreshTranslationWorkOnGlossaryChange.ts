import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { queueTranslationWorkRefresh } from '@/jobs/refreshTranslationWork'
import { withinRequest } from '@/lib/db/withinRequest'
import { idOf, type ID } from '@/lib/ids'

const queueFor = async (req: Parameters<CollectionAfterDeleteHook>[0]['req'], tenant: unknown) => {
  const tenantID = idOf(tenant as ID)
  if (tenantID === undefined) return
  await withinRequest(req, () => queueTranslationWorkRefresh(req.payload, tenantID, req))
}

/** Glossary warnings are part of each guide's translation state: a changed term redoes them. */
export const refreshTranslationWorkOnGlossaryChange: CollectionAfterChangeHook = async ({
  doc,
  req,
}) => {
  await queueFor(req, doc.tenant)
  return doc
}

export const refreshTranslationWorkOnGlossaryDelete: CollectionAfterDeleteHook = async ({
  doc,
  req,
}) => {
  await queueFor(req, doc.tenant)
  return doc
}
