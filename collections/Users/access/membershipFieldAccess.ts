import type { FieldAccess } from 'payload'

import { isSuperAdmin, tenantAdminTenantIDs } from '@/access/memberships'

/**
 * Only super-admins and tenant admins touch memberships; which rows a tenant admin may change is
 * checked row by row in guardMembershipChanges, where a refusal can say why.
 */
export const membershipFieldAccess: FieldAccess = ({ req }) =>
  isSuperAdmin(req.user) || tenantAdminTenantIDs(req.user).length > 0
