import {
  isSuperAdmin,
  tenantAdminTenantIDs,
  type Membership,
  type MemberUser,
} from '@/access/memberships'
import { idOf, sameID } from '@/lib/ids'

type Account = { id?: MemberUser['id']; roles?: string[] | null; tenants?: Membership[] | null }

/**
 * Whether `actor` may change `account`'s sign-in details, name or existence: their own account,
 * any account for a super-admin, and for a tenant admin only an account whose every membership
 * lies in publications they administer. Otherwise changing its password would hand them the
 * account's seats in other publications.
 */
export const managesWholeAccount = (
  actor: MemberUser | null | undefined,
  account: Account | null | undefined,
): boolean => {
  if (!actor || !account) return false
  if (isSuperAdmin(actor) || sameID(actor.id, account.id)) return true
  if (isSuperAdmin(account as MemberUser)) return false
  const adminOf = tenantAdminTenantIDs(actor)
  const memberships = Array.isArray(account.tenants) ? account.tenants : []
  return (
    memberships.length > 0 &&
    memberships.every((row) => adminOf.some((id) => sameID(id, idOf(row.tenant))))
  )
}
