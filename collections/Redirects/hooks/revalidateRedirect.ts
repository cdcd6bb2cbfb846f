import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Redirect } from '@/payload-types'
import { expireTags } from '@/lib/cache/expireTags'
import { cacheTags } from '@/lib/cache/tags'
import { idOf } from '@/lib/ids'

const tagsOf = (redirect: Partial<Redirect>): string[] => {
  const tenantID = idOf(redirect.tenant)
  return tenantID === undefined ? [] : [cacheTags.redirects(tenantID)]
}

/** An old address starts (or stops) answering with a redirect at once. */
export const revalidateRedirect: CollectionAfterChangeHook<Redirect> = ({ context, doc }) => {
  if (!context.disableRevalidate) expireTags(tagsOf(doc))
  return doc
}

export const revalidateDeletedRedirect: CollectionAfterDeleteHook<Redirect> = ({
  context,
  doc,
}) => {
  if (!context.disableRevalidate) expireTags(tagsOf(doc))
  return doc
}
