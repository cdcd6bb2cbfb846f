import type { CollectionBeforeOperationHook, Where } from 'payload'

import { isSuperAdmin, memberTenantIDs } from '@/access/memberships'
import { withinRequest } from '@/lib/db/withinRequest'
import { idOf, sameID } from '@/lib/ids'

type ReadArgs = { draft?: boolean; id?: number | string; where?: Where }

/**
 * `draft=true` reads a guide's latest version, which can hold unpublished text in one locale
 * while another locale of it is published: the read rule (published, or a member) then lets it
 * through, and locale fallback shows the unpublished text in the published locale. So a draft
 * read is only honoured within the tenants the person belongs to; everyone else reads what
 * readers see, over REST, GraphQL and the Local API alike.
 */
export const limitDraftReadsToMembers: CollectionBeforeOperationHook<'guides'> = async ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  const read = args as ReadArgs
  if (operation !== 'read' || !read.draft || overrideAccess === true) return args
  if (isSuperAdmin(req.user)) return args
  const memberOf = memberTenantIDs(req.user)
  if (memberOf.length === 0) return { ...args, draft: false }

  if (read.id === undefined) {
    const ownTenants: Where = { tenant: { in: memberOf } }
    return { ...args, where: read.where ? { and: [read.where, ownTenants] } : ownTenants }
  }
  const guide = await withinRequest(req, () =>
    req.payload.find({
      collection: 'guides',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      req,
      select: { tenant: true },
      where: { id: { equals: read.id } },
    }),
  )
  const tenantID = idOf(guide.docs[0]?.tenant as never)
  return memberOf.some((id) => sameID(id, tenantID)) ? args : { ...args, draft: false }
}
