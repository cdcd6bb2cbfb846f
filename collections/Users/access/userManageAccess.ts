import type { Access } from 'payload'

import { isSuperAdmin, tenantAdminTenantIDs } from '@/access/memberships'

/** Everyone manages their own account; tenant admins also manage the members of their tenants. */
export const userManageAccess: Access = ({ req }) => {
  if (isSuperAdmin(req.user)) return true
  if (!req.user) return false
  const adminOf = tenantAdminTenantIDs(req.user)
  const self = { id: { equals: req.user.id } }
  return adminOf.length > 0 ? { or: [self, { 'tenants.tenant': { in: adminOf } }] } : self
}

export const userReadAccess: Access = userManageAccess
