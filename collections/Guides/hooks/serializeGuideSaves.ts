import type { CollectionBeforeOperationHook } from 'payload'

import type { ID } from '@/lib/ids'
import { lockDocumentForSave } from '@/lib/db/lockDocumentForSave'

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
  const id = (args as { id?: ID }).id
  if (operation === 'update' && id !== undefined) {
    await lockDocumentForSave({ collection: collection.slug, id, req })
  }
  return args
}
