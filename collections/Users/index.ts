import type { CollectionConfig } from 'payload'

import { isSuperAdminFieldAccess } from '@/access/isSuperAdmin'
import { databaseKindOf } from '@/lib/env/databaseKind'
import { localeOptions } from '@/i18n/locales'
import { membershipFieldAccess } from './access/membershipFieldAccess'
import { userCreateAccess } from './access/userCreateAccess'
import { userManageAccess, userReadAccess } from './access/userManageAccess'
import { noEmailVerification } from './endpoints/noEmailVerification'
import { guardAccountChanges } from './hooks/guardAccountChanges'
import { guardAccountDeletion } from './hooks/guardAccountDeletion'
import { guardMembershipChanges } from './hooks/guardMembershipChanges'
import { clearLoginThrottle, throttleLogin } from './hooks/throttleLogin'

export const tenantRoleOptions = [
  { label: 'Tenant admin', value: 'tenant-admin' },
  { label: 'Editor', value: 'editor' },
  { label: 'Translator', value: 'translator' },
]

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  access: {
    create: userCreateAccess,
    delete: userManageAccess,
    read: userReadAccess,
    update: userManageAccess,
  },
  admin: {
    defaultColumns: ['email', 'name', 'roles', 'tenants'],
    useAsTitle: 'email',
  },
  auth: {
    // Memberships travel with the session so access rules need no extra query per request.
    depth: 0,
    // Payload reserves a reset-password request with a write made outside the request's own
    // transaction. SQLite has one writer, held by that transaction until it commits, so the
    // reservation would wait for itself (lib/db/serializeSqliteWrites.ts): on SQLite the request
    // interval is left to the login throttle and the mail server.
    forgotPassword: {
      minRequestInterval: databaseKindOf(process.env.DATABASE_URI) === 'sqlite' ? 0 : 15_000,
    },
    // Payload's lockout locks the account for everyone; throttleLogin counts per account and client.
    maxLoginAttempts: 0,
  },
  endpoints: [noEmailVerification],
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      access: { create: isSuperAdminFieldAccess, update: isSuperAdminFieldAccess },
      admin: {
        description: 'Super-admins manage every publication and the shared reference data.',
      },
      hasMany: true,
      options: [{ label: 'Super admin', value: 'super-admin' }],
      saveToJWT: true,
    },
    {
      name: 'tenants',
      type: 'array',
      access: { create: membershipFieldAccess, update: membershipFieldAccess },
      admin: { description: 'Publications this person works on, and in which role.' },
      fields: [
        {
          name: 'tenant',
          type: 'relationship',
          index: true,
          relationTo: 'tenants',
          required: true,
        },
        {
          name: 'role',
          type: 'select',
          defaultValue: 'editor',
          options: tenantRoleOptions,
          required: true,
        },
        {
          name: 'languages',
          type: 'select',
          admin: {
            condition: (_, siblingData) => siblingData?.role === 'translator',
            description:
              'Locales this translator may write. Translators never edit the source locale.',
          },
          hasMany: true,
          options: localeOptions,
        },
      ],
      label: 'Memberships',
      saveToJWT: true,
    },
  ],
  hooks: {
    beforeChange: [guardAccountChanges, guardMembershipChanges],
    afterLogin: [clearLoginThrottle],
    beforeDelete: [guardAccountDeletion],
    beforeOperation: [throttleLogin],
  },
}
