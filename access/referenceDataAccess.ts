import type { CollectionConfig } from 'payload'

import { anyoneAccess } from './anyone'
import { isSuperAdminAccess } from './isSuperAdmin'

/** Countries and carriers are shared by every publication: anyone reads, super-admins write. */
export const referenceDataAccess: NonNullable<CollectionConfig['access']> = {
  create: isSuperAdminAccess,
  delete: isSuperAdminAccess,
  read: anyoneAccess,
  update: isSuperAdminAccess,
}
