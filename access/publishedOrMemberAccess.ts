import type { Access } from 'payload'

import { isSuperAdmin, memberTenantIDs } from './memberships'

/**
 * Readers see published documents; members of a tenant also see its drafts. Front-end reads still
 * filter by the tenant of the host, since published guides of every tenant pass this rule.
 */
export const publishedOrMemberAccess: Access = ({ req }) => {
  if (isSuperAdmin(req.user)) return true
  const published = { _status: { equals: 'published' } }
  const ids = memberTenantIDs(req.user)
  return ids.length > 0 ? { or: [published, { tenant: { in: ids } }] } : published
}
