import type { Access, Where } from 'payload'

import { isSuperAdmin, memberTenantIDs, workLocalesFor, type MemberUser } from './memberships'

/**
 * Translation work is read as the guides are: tenant admins and editors see every locale of
 * their tenants, a translator only the locales assigned to them there, readers nothing.
 */
export const translationWorkReadAccess: Access = ({ req }) => {
  const user = req.user as MemberUser | null
  if (isSuperAdmin(user)) return true
  if (!user) return false
  const scopes = memberTenantIDs(user).map((tenantID): Where => {
    const locales = workLocalesFor(user, tenantID)
    return locales
      ? { and: [{ tenant: { equals: tenantID } }, { locale: { in: locales } }] }
      : { tenant: { equals: tenantID } }
  })
  return scopes.length > 0 ? { or: scopes } : false
}
