import type { LocaleCode } from '@/i18n/locales'
import type { TenantRole } from '@/access/memberships'
import { seedTenants } from './data/tenants'

export type DemoAccount = {
  email: string
  languages?: LocaleCode[]
  name: string
  role: 'super-admin' | TenantRole
  tenant?: string
}

/** Demo only: every account shares this password unless DEMO_PASSWORD says otherwise. */
export const demoPassword = (): string => process.env.DEMO_PASSWORD || 'roampress-demo'

export const demoAccounts: DemoAccount[] = [
  { email: 'admin@roampress.test', name: 'Super Admin', role: 'super-admin' },
  ...seedTenants.flatMap((tenant): DemoAccount[] => [
    {
      email: `admin@${tenant.slug}.test`,
      name: `${tenant.name} admin`,
      role: 'tenant-admin',
      tenant: tenant.slug,
    },
    {
      email: `editor@${tenant.slug}.test`,
      name: `${tenant.name} editor`,
      role: 'editor',
      tenant: tenant.slug,
    },
    {
      email: `translator@${tenant.slug}.test`,
      languages: ['zh-Hant', 'ur'],
      name: `${tenant.name} translator`,
      role: 'translator',
      tenant: tenant.slug,
    },
  ]),
]
