import type { Access, Where } from 'payload'

import { isSuperAdmin, memberTenantIDs } from './memberships'

/**
 * Readers see published documents; members of a publication see all of its documents, drafts
 * included. Front-end reads still filter by the tenant of the host.
 *
 * A signed-in member is given their publications alone, not "published, or of my publications":
 * the multi-tenant plugin already limits every signed-in person to their own publications, so the
 * published branch could never add a document for them, while testing the localized status made
 * every admin list count its guides through a join, growing with the publication (see
 * lib/db/scaleIndexes.ts).
 */
export const publishedOrMemberAccess: Access = ({ req }) => {
  if (isSuperAdmin(req.user)) return true
  const ids = memberTenantIDs(req.user)
  const published: Where = { _status: { equals: 'published' } }
  return ids.length > 0 ? { tenant: { in: ids } } : published
}
