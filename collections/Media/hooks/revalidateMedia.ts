import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Media } from '@/payload-types'
import { expireTags } from '@/lib/cache/expireTags'
import { cacheTags } from '@/lib/cache/tags'

/** Pages that show an image (a guide's social card) are built again when it changes. */
export const revalidateMedia: CollectionAfterChangeHook<Media> = ({ context, doc }) => {
  if (!context.disableRevalidate) expireTags([cacheTags.media(doc.id)])
  return doc
}

export const revalidateDeletedMedia: CollectionAfterDeleteHook<Media> = ({ context, doc }) => {
  if (!context.disableRevalidate) expireTags([cacheTags.media(doc.id)])
  return doc
}
