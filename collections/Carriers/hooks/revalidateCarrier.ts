import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Carrier } from '@/payload-types'
import { idOf } from '@/lib/ids'
import { expireTags } from '@/lib/cache/expireTags'
import { cacheTags } from '@/lib/cache/tags'

const tagsFor = (carrier: Partial<Carrier>, previous?: Partial<Carrier>): string[] => [
  ...(carrier.id !== undefined ? [cacheTags.carrier(carrier.id)] : []),
  cacheTags.carriers(),
  ...[idOf(carrier.country), idOf(previous?.country)]
    .filter((id) => id !== undefined)
    .map((countryID) => cacheTags.countryCarriers(countryID)),
]

/** The carrier's page, the guide pages naming it and the hubs of its country (old and new). */
export const revalidateCarrier: CollectionAfterChangeHook<Carrier> = ({
  context,
  doc,
  previousDoc,
}) => {
  if (!context.disableRevalidate) expireTags(tagsFor(doc, previousDoc))
  return doc
}

export const revalidateDeletedCarrier: CollectionAfterDeleteHook<Carrier> = ({ context, doc }) => {
  if (!context.disableRevalidate) expireTags(tagsFor(doc))
  return doc
}
