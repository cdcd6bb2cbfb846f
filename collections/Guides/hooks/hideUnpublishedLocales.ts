import type { CollectionAfterReadHook, FlattenedField } from 'payload'

import { isSuperAdmin, memberTenantIDs } from '@/access/memberships'
import { internalReadContext } from '@/lib/data/internalRead'
import { idOf, sameID } from '@/lib/ids'

type Values = Record<string, unknown>

const pruneLocales = (fields: FlattenedField[], data: Values, keep: Set<string>) => {
  for (const field of fields) {
    const value = data[field.name]
    if (value === null || typeof value !== 'object') continue
    if (field.localized) {
      for (const locale of Object.keys(value)) {
        if (!keep.has(locale)) delete (value as Values)[locale]
      }
    } else if (field.type === 'group') {
      pruneLocales(field.flattenedFields, value as Values, keep)
    }
  }
}

/**
 * Each locale is published on its own, but a document read in all locales at once
 * (`?locale=all`) carries the text of every locale, published or not. Readers outside the
 * guide's publication get only the locales that are published.
 */
export const hideUnpublishedLocales: CollectionAfterReadHook = ({
  collection,
  context,
  doc,
  req,
}) => {
  if (context[internalReadContext]) return doc
  const status = doc?._status
  if (status === null || typeof status !== 'object') return doc
  const isMember = memberTenantIDs(req.user).some((id) => sameID(id, idOf(doc.tenant)))
  if (isSuperAdmin(req.user) || isMember) return doc
  const published = new Set(
    Object.entries(status as Values)
      .filter(([, value]) => value === 'published')
      .map(([locale]) => locale),
  )
  pruneLocales(collection.flattenedFields, doc, published)
  return doc
}
