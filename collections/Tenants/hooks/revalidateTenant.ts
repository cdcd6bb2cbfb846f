import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { expireTags } from '@/lib/cache/expireTags'
import { cacheTags } from '@/lib/cache/tags'

/** Domains, locales and branding feed the routing table that every reader page reads. */
export const revalidateTenant: CollectionAfterChangeHook = ({ context, doc }) => {
  if (!context.disableRevalidate) expireTags([cacheTags.tenants()])
  return doc
}

export const revalidateDeletedTenant: CollectionAfterDeleteHook = ({ context, doc }) => {
  if (!context.disableRevalidate) expireTags([cacheTags.tenants()])
  return doc
}
