import type { Plugin } from 'payload'

import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { seoPlugin } from '@payloadcms/plugin-seo'

import { isSuperAdmin } from '@/access/memberships'
import { redirectsOverrides } from '@/collections/Redirects'
import type { Config } from '@/payload-types'

export const plugins: Plugin[] = [
  // Before the multi-tenant plugin, so that it scopes the redirects collection to a publication.
  redirectsPlugin({ collections: ['guides'], overrides: redirectsOverrides }),
  multiTenantPlugin<Config>({
    collections: {
      glossary: {},
      guides: {},
      media: {},
      redirects: {},
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
