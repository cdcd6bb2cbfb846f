import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import type { ID } from '@/lib/ids'
import { withinRequest } from '@/lib/db/withinRequest'
import { searchEntriesFor, type PublishedGuide } from './searchEntries'

/** Replaces a guide's search entries with one per locale readers can see now. */
export const reindexGuide = async (req: PayloadRequest, guideID: ID): Promise<void> => {
  const { payload } = req
  await withinRequest(req, async () => {
    // What readers see: the published document in every locale (drafts never reach the index).
    const guide = await payload
      .findByID({
        collection: 'guides',
        depth: 0,
        disableErrors: true,
        draft: false,
        id: guideID,
        joins: false,
        locale: 'all',
        overrideAccess: true,
        req,
      })
      .catch(() => null)
    await payload.delete({
      collection: 'search-entries',
      depth: 0,
      overrideAccess: true,
      req,
      where: { guide: { equals: guideID } },
    })
    const entries = guide ? searchEntriesFor(guide as unknown as PublishedGuide) : []
    for (const data of entries) {
      await payload.create({
        collection: 'search-entries',
        data: { ...data, guide: data.guide as number, tenant: data.tenant as number },
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
  })
}

/**
 * Keeps the search index in step with every change readers can see: publishing or unpublishing
 * (all locales or one), a changed slug or text, a scheduled publication. A bulk import that passes
 * `context: { skipSearchIndex: true }` rebuilds the index afterwards instead.
 */
export const syncGuideSearch: CollectionAfterChangeHook = async ({
  context,
  doc,
  previousDoc,
  req,
}) => {
  const isVisibleChange = doc._status === 'published' || previousDoc?._status === 'published'
  // A draft save of a locale that was not published changes nothing readers can find.
  if (context.skipSearchIndex || !isVisibleChange) return doc
  await reindexGuide(req, doc.id)
  return doc
}

/**
 * Before the guide goes, in the same transaction: its entries reference it, and the database
 * would otherwise refuse the delete (or, with the reference cleared, keep them as stale hits).
 */
export const removeGuideFromSearch: CollectionBeforeDeleteHook = async ({ context, id, req }) => {
  if (context.skipSearchIndex) return
  await withinRequest(req, () =>
    req.payload.delete({
      collection: 'search-entries',
      depth: 0,
      overrideAccess: true,
      req,
      where: { guide: { equals: id } },
    }),
  )
}
