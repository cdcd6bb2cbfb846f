import type { Access, FieldAccess, Where } from 'payload'

import {
  contentManagerTenantIDs,
  hasRoleInTenant,
  isSuperAdmin,
  memberTenantIDs,
} from './memberships'
import { idOf, type ID } from '@/lib/ids'

const tenantIn = (ids: ID[], path = 'tenant'): Where => ({ [path]: { in: ids } })

/**
 * Create in a tenant the user manages. Without data (the admin asking whether to show the
 * "Create" button) it answers whether the user manages any tenant at all; the tenant field's own
 * validation then refuses a tenant the user does not belong to.
 */
export const contentManagerCreateAccess: Access = ({ data, req }) => {
  if (isSuperAdmin(req.user)) return true
  const tenantID = idOf(data?.tenant)
  if (tenantID === undefined) return contentManagerTenantIDs(req.user).length > 0
  return hasRoleInTenant(req.user, tenantID, ['tenant-admin', 'editor'])
}

/** Update or delete documents of the tenants the user manages as tenant admin or editor. */
export const contentManagerAccess: Access = ({ req }) => {
  if (isSuperAdmin(req.user)) return true
  if (!req.user) return false
  const ids = contentManagerTenantIDs(req.user)
  return ids.length > 0 ? tenantIn(ids) : false
}

/** Members of a tenant (any role) read its documents and their version history. */
export const tenantMemberAccess =
  (path = 'tenant'): Access =>
  ({ req }) => {
    if (isSuperAdmin(req.user)) return true
    if (!req.user) return false
    const ids = memberTenantIDs(req.user)
    return ids.length > 0 ? tenantIn(ids, path) : false
  }

/**
 * Fields that are not localized belong to every locale at once, so only the people who manage
 * the tenant's content may change them; a translator's value for them is ignored.
 */
export const contentManagerFieldAccess: FieldAccess = ({ data, doc, req }) => {
  if (isSuperAdmin(req.user)) return true
  const tenantID = idOf(doc?.tenant ?? data?.tenant)
  if (tenantID === undefined) return contentManagerTenantIDs(req.user).length > 0
  return hasRoleInTenant(req.user, tenantID, ['tenant-admin', 'editor'])
}
