import type { Access } from 'payload'

import { isSuperAdmin, tenantAdminTenantIDs } from '@/access/memberships'

export const userCreateAccess: Access = ({ req }) =>
  isSuperAdmin(req.user) || tenantAdminTenantIDs(req.user).length > 0
