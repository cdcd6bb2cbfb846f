import type { FieldAccess } from 'payload'

import { isSuperAdmin, memberTenantIDs } from './memberships'
import { idOf, sameID } from '@/lib/ids'

/** Read by the people of the document's own tenant only: readers and other tenants never see it. */
export const tenantMemberFieldAccess: FieldAccess = ({ doc, req }) =>
  isSuperAdmin(req.user) || memberTenantIDs(req.user).some((id) => sameID(id, idOf(doc?.tenant)))
