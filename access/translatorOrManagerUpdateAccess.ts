import type { Access } from 'payload'

import { contentManagerTenantIDs, isSuperAdmin } from './memberships'
import { translatableTenantIDs } from './translatableTenantIDs'

/**
 * Managers update their tenants' documents in any locale; translators only in the locales
 * assigned to them (field access keeps them off the non-localized fields).
 */
export const translatorOrManagerUpdateAccess: Access = async ({ req }) => {
  if (isSuperAdmin(req.user)) return true
  if (!req.user) return false
  const ids = [...contentManagerTenantIDs(req.user), ...(await translatableTenantIDs(req))]
  return ids.length > 0 ? { tenant: { in: ids } } : false
}
