import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { idOf, sameID, type ID } from '@/lib/ids'
import { withinRequest } from '@/lib/db/withinRequest'

const describeEditor = async (
  req: Parameters<CollectionBeforeChangeHook>[0]['req'],
  userID: ID | undefined,
): Promise<string> => {
  if (userID === undefined) return 'someone else'
  const user = await withinRequest(req, () =>
    req.payload.findByID({ collection: 'users', depth: 0, id: userID, overrideAccess: true, req }),
  ).catch(() => null)
  return user?.email ?? 'someone else'
}

const timeAgo = (updatedAt: string | undefined): string => {
  const minutes = updatedAt
    ? Math.floor((Date.now() - new Date(updatedAt).getTime()) / 60_000)
    : NaN
  if (!Number.isFinite(minutes) || minutes < 1) return 'moments ago'
  if (minutes < 120) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`
  return `on ${new Date(updatedAt as string).toISOString().slice(0, 10)}`
}

/**
 * Two people editing one guide: a save that carries the revision its form was loaded at is
 * refused when someone else saved a newer revision since, so their work is not silently
 * overwritten. Document locking alone does not catch this: autosave keeps saving in the
 * background after a lock is taken over. A save without a revision (API clients, scheduled
 * publishing) is not checked. Every save records the new revision, its author and locale.
 */
export const detectEditConflict: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const currentRevision = Number(originalDoc?.editRevision ?? 0)
  const loadedRevision = typeof data.editRevision === 'number' ? data.editRevision : undefined
  const lastEditorID = idOf(originalDoc?.lastEditedBy)
  const isStale =
    operation === 'update' &&
    loadedRevision !== undefined &&
    loadedRevision < currentRevision &&
    !sameID(lastEditorID, req.user?.id)

  if (isStale) {
    const who = await describeEditor(req, lastEditorID)
    const where = originalDoc?.lastEditedLocale ? ` (${originalDoc.lastEditedLocale})` : ''
    // The admin shows this in a toast that breaks messages at colons and commas: neither is used.
    throw new APIError(
      `${who} changed this guide${where} ${timeAgo(originalDoc?.updatedAt)} after you opened it. Reload the page to see their changes and then apply yours again. Saving now would overwrite them.`,
      409,
      { editedBy: who, revision: currentRevision },
      true,
    )
  }

  return {
    ...data,
    editRevision: (operation === 'update' ? currentRevision : 0) + 1,
    lastEditedBy: req.user?.collection === 'users' ? req.user.id : (data.lastEditedBy ?? null),
    lastEditedByName:
      req.user?.collection === 'users'
        ? req.user.name || req.user.email
        : (data.lastEditedByName ?? null),
    lastEditedLocale: req.locale && req.locale !== 'all' ? req.locale : null,
  }
}
