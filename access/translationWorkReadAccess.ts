import type { Access, Where } from 'payload'

import {
  hasRoleInTenant,
  isSuperAdmin,
  memberTenantIDs,
  translatorLocalesIn,
  type MemberUser,
} from './memberships'

/**
 * Translation work is read as the guides are: tenant admins and editors see every locale of
 * their tenants, a translator only the locales assigned to them there, readers nothing.
 */
export const translationWorkReadAccess: Access = ({ req }) => {
  const user = req.user as MemberUser | null
  if (isSuperAdmin(user)) return true
  if (!user) return false
  const scopes = memberTenantIDs(user).map((tenantID): Where =>
    hasRoleInTenant(user, tenantID, ['tenant-admin', 'editor'])
      ? { tenant: { equals: tenantID } }
      : {
          and: [
            { tenant: { equals: tenantID } },
            { locale: { in: translatorLocalesIn(user, tenantID) } },
          ],
        },
  )
  return scopes.length > 0 ? { or: scopes } : false
}
