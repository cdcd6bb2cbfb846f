import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Country } from '@/payload-types'
import { expireTags } from '@/lib/cache/expireTags'
import { cacheTags } from '@/lib/cache/tags'

/** A country's hub and the guide pages about it, in every tenant, plus the country lists. */
export const revalidateCountry: CollectionAfterChangeHook<Country> = ({ context, doc }) => {
  if (!context.disableRevalidate) expireTags([cacheTags.country(doc.id), cacheTags.countries()])
  return doc
}

export const revalidateDeletedCountry: CollectionAfterDeleteHook<Country> = ({ context, doc }) => {
  if (!context.disableRevalidate) expireTags([cacheTags.country(doc.id), cacheTags.countries()])
  return doc
}
