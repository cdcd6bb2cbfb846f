import type { LocaleCode } from '@/i18n/locales'
import { idOf, sameID, type ID } from '@/lib/ids'

export type TenantRole = 'editor' | 'tenant-admin' | 'translator'

export type Membership = {
  languages?: LocaleCode[] | null
  role?: TenantRole | null
  tenant?: { id: ID } | ID | null
}

export type MemberUser = {
  collection?: string
  id: ID
  roles?: string[] | null
  tenants?: Membership[] | null
}

export const isSuperAdmin = (user: MemberUser | null | undefined): boolean =>
  Boolean(user?.roles?.includes('super-admin'))

const membershipsOf = (user: MemberUser | null | undefined): Membership[] =>
  Array.isArray(user?.tenants) ? user.tenants : []

/** Tenants in which the user holds one of the given roles. */
export const tenantIDsWithRole = (
  user: MemberUser | null | undefined,
  roles: readonly TenantRole[],
): ID[] =>
  membershipsOf(user)
    .filter((membership) => membership.role && roles.includes(membership.role))
    .map((membership) => idOf(membership.tenant))
    .filter((id) => id !== undefined)

export const memberTenantIDs = (user: MemberUser | null | undefined): ID[] =>
  tenantIDsWithRole(user, ['tenant-admin', 'editor', 'translator'])

export const contentManagerRoles = ['tenant-admin', 'editor'] as const

/** Tenant admins and editors write every field of their tenant's guides and media. */
export const contentManagerTenantIDs = (user: MemberUser | null | undefined): ID[] =>
  tenantIDsWithRole(user, contentManagerRoles)

export const tenantAdminTenantIDs = (user: MemberUser | null | undefined): ID[] =>
  tenantIDsWithRole(user, ['tenant-admin'])

export const hasRoleInTenant = (
  user: MemberUser | null | undefined,
  tenantID: ID | undefined,
  roles: readonly TenantRole[],
): boolean => tenantIDsWithRole(user, roles).some((id) => sameID(id, tenantID))

/** Locales a translator may write in a tenant (empty when they are not its translator). */
export const translatorLocalesIn = (
  user: MemberUser | null | undefined,
  tenantID: ID | undefined,
): LocaleCode[] =>
  membershipsOf(user)
    .filter(
      (membership) => membership.role === 'translator' && sameID(idOf(membership.tenant), tenantID),
    )
    .flatMap((membership) => membership.languages ?? [])

/**
 * Locales a person works on in a tenant: a translator's own; super-admins', tenant admins' and
 * editors', all of them (undefined).
 */
export const workLocalesFor = (
  user: MemberUser | null | undefined,
  tenantID: ID | undefined,
): LocaleCode[] | undefined =>
  isSuperAdmin(user) || hasRoleInTenant(user, tenantID, contentManagerRoles)
    ? undefined
    : translatorLocalesIn(user, tenantID)
