import type { Plugin } from 'payload'

import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import { seoPlugin } from '@payloadcms/plugin-seo'

import { isSuperAdmin } from '@/access/memberships'
import type { Config } from '@/payload-types'

export const plugins: Plugin[] = [
  multiTenantPlugin<Config>({
    collections: {
      glossary: {},
      guides: {},
      media: {},
      'scheduled-publications': {},
      'translation-memory': {},
    },
    // Users carry their memberships in their own `tenants` array (with a role and locales per row).
    tenantsArrayField: { includeDefaultField: false },
    userHasAccessToAllTenants: (user) => isSuperAdmin(user),
  }),
  seoPlugin({
    collections: ['guides'],
    generateDescription: ({ doc }) => (doc as { summary?: string }).summary ?? '',
    generateTitle: ({ doc }) => (doc as { title?: string }).title ?? '',
    uploadsCollection: 'media',
  }),
]
