import type { CollectionBeforeOperationHook, Where } from 'payload'

import type { ID } from '@/lib/ids'
import { lockDocumentForSave } from '@/lib/db/lockDocumentForSave'
import { withinRequest } from '@/lib/db/withinRequest'

/**
 * Every save of one guide (admin, autosave, REST, translation view, scheduled publishing) waits
 * for the previous save of that guide to finish before it reads the guide. Payload reads the
 * document with all its locales, merges the saved locale in and writes every locale back, and
 * keeps one version marked latest: two saves that read at the same moment would undo each
 * other's locales, mark two versions latest and both pass the stale-save check.
 *
 * Payload runs operation hooks inside the save's transaction and before it reads the document,
 * which is what makes this the place to lock.
 */
export const serializeGuideSaves: CollectionBeforeOperationHook<'guides'> = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'update') return args
  const { draft, id, where } = args as { draft?: boolean; id?: ID; where?: Where }
  if (id !== undefined) {
    await lockDocumentForSave({ collection: collection.slug, id, req })
    return args
  }
  if (!where) return args
  // A bulk edit locks every guide it may change, always in the same order so that two bulk edits
  // never wait on each other crosswise. The look-up only finds what to lock: the update itself
  // applies the person's access to each guide.
  const { docs } = await withinRequest(req, () =>
    req.payload.find({
      collection: collection.slug,
      depth: 0,
      draft,
      overrideAccess: true,
      pagination: false,
      req,
      where,
    }),
  )
  const ids = docs.map((doc) => doc.id).sort((a, b) => String(a).localeCompare(String(b)))
  // On MongoDB a conflict replaces the transaction, dropping the claims made before it: claim
  // them all again in the new one.
  for (let transaction = undefined; transaction !== req.transactionID;) {
    transaction = req.transactionID
    for (const guideID of ids) {
      await lockDocumentForSave({ collection: collection.slug, id: guideID, req })
    }
  }
  return args
}
