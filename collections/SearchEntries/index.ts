import type { CollectionConfig } from 'payload'

import { anyoneAccess } from '@/access/anyone'
import { isSuperAdmin } from '@/access/isSuperAdmin'

/**
 * One row per guide and locale that readers can see: the published text as plain text, and the
 * same text as search terms (lib/search/searchText.ts) for the database's full-text index
 * (lib/search/searchIndexSchema.ts). Written only by the guides' hooks (lib/search/syncGuideSearch.ts);
 * readers reach it through lib/data/search.ts.
 */
export const SearchEntries: CollectionConfig<'search-entries'> = {
  slug: 'search-entries',
  access: {
    create: () => false,
    delete: () => false,
    // Only published text of published locales is ever stored: what any reader may see.
    read: anyoneAccess,
    update: () => false,
  },
  admin: {
    defaultColumns: ['title', 'locale', 'tenant', 'guideUpdatedAt'],
    group: 'System',
    hidden: ({ user }) => !isSuperAdmin(user),
    useAsTitle: 'title',
  },
  fields: [
    { name: 'tenant', type: 'relationship', index: true, relationTo: 'tenants', required: true },
    { name: 'guide', type: 'relationship', index: true, relationTo: 'guides', required: true },
    { name: 'locale', type: 'text', required: true },
    // The tenant and locale as one search term, so the full-text index alone narrows a query.
    { name: 'scope', type: 'text', required: true },
    { name: 'slug', type: 'text', required: true },
    { name: 'title', type: 'text', required: true },
    { name: 'summary', type: 'textarea' },
    { name: 'body', type: 'textarea' },
    { name: 'titleTerms', type: 'textarea' },
    { name: 'summaryTerms', type: 'textarea' },
    { name: 'bodyTerms', type: 'textarea' },
    { name: 'guideUpdatedAt', type: 'date', required: true },
  ],
  indexes: [{ fields: ['tenant', 'locale', 'guideUpdatedAt'] }, { fields: ['guide', 'locale'] }],
}
