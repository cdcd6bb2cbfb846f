import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { isSuperAdmin, tenantAdminTenantIDs, type Membership } from '@/access/memberships'
import { idOf, sameID, type ID } from '@/lib/ids'

const rowKey = (row: Membership): string =>
  JSON.stringify([String(idOf(row.tenant)), row.role ?? null, [...(row.languages ?? [])].sort()])

const changedTenantIDs = (before: Membership[], after: Membership[]): ID[] => {
  const beforeKeys = before.map(rowKey)
  const afterKeys = after.map(rowKey)
  const added = after.filter((row) => !beforeKeys.includes(rowKey(row)))
  const removed = before.filter((row) => !afterKeys.includes(rowKey(row)))
  return [...added, ...removed].map((row) => idOf(row.tenant)).filter((id) => id !== undefined)
}

/**
 * A tenant admin may add, change or remove memberships only in the tenants they administer, so
 * nobody can hand themselves or anyone else a seat in another publication.
 */
export const guardMembershipChanges: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  // Seeds and scripts run without a user; people always have one.
  if (!req.user || isSuperAdmin(req.user)) return data
  if (data.tenants === undefined) return data

  const before: Membership[] = originalDoc?.tenants ?? []
  const after: Membership[] = data.tenants ?? []
  const adminOf = tenantAdminTenantIDs(req.user)
  const outside = changedTenantIDs(before, after).filter(
    (tenantID) => !adminOf.some((id) => sameID(id, tenantID)),
  )
  if (outside.length > 0) {
    throw new APIError(
      'You can only grant or change memberships in publications you administer.',
      403,
      undefined,
      true,
    )
  }
  return data
}
