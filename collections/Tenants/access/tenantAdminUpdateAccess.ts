import type { Access } from 'payload'

import { isSuperAdmin, tenantAdminTenantIDs } from '@/access/memberships'

/** Tenant admins edit their own publication's settings; only super-admins create or remove one. */
export const tenantAdminUpdateAccess: Access = ({ req }) => {
  if (isSuperAdmin(req.user)) return true
  const ids = tenantAdminTenantIDs(req.user)
  return ids.length > 0 ? { id: { in: ids } } : false
}
