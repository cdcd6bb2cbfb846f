import type { Access, FieldAccess } from 'payload'

import { isSuperAdmin } from './memberships'

export { isSuperAdmin }

export const isSuperAdminAccess: Access = ({ req }) => isSuperAdmin(req.user)

export const isSuperAdminFieldAccess: FieldAccess = ({ req }) => isSuperAdmin(req.user)
