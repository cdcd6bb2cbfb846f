import type { CollectionConfig } from 'payload'

import { isSuperAdmin } from '@/access/isSuperAdmin'
import { translationWorkReadAccess } from '@/access/translationWorkReadAccess'

/**
 * One row per guide and target locale: the translation state the Translations list shows, kept
 * by the guides' hooks (lib/translation/work/) whenever a guide is saved, so the list is one
 * paginated query however many guides a publication has. Never written through the API.
 */
export const TranslationWork: CollectionConfig<'translation-work'> = {
  slug: 'translation-work',
  access: {
    create: () => false,
    delete: () => false,
    read: translationWorkReadAccess,
    update: () => false,
  },
  admin: {
    defaultColumns: ['sourceTitle', 'locale', 'status', 'sourceUpdatedAt'],
    group: 'System',
    hidden: ({ user }) => !isSuperAdmin(user),
    useAsTitle: 'sourceTitle',
  },
  fields: [
    { name: 'tenant', type: 'relationship', index: true, relationTo: 'tenants', required: true },
    { name: 'guide', type: 'relationship', index: true, relationTo: 'guides', required: true },
    { name: 'locale', type: 'text', required: true },
    {
      name: 'status',
      type: 'select',
      options: ['missing', 'in-progress', 'outdated', 'up-to-date'],
      required: true,
    },
    {
      name: 'reviewState',
      type: 'select',
      options: ['in-progress', 'ready-for-review'],
    },
    // Missing, in progress, outdated or waiting for review: what the Translations list shows.
    { name: 'needsWork', type: 'checkbox', defaultValue: false },
    { name: 'isPublished', type: 'checkbox', defaultValue: false },
    { name: 'isMachineDrafted', type: 'checkbox', defaultValue: false },
    { name: 'changedFieldCount', type: 'number', defaultValue: 0 },
    { name: 'warningCount', type: 'number', defaultValue: 0 },
    { name: 'sourceTitle', type: 'text' },
    { name: 'sourceUpdatedAt', type: 'date', required: true },
  ],
  indexes: [
    // Super-admins list every publication's work; everyone else some publications'.
    { fields: ['needsWork', 'sourceUpdatedAt'] },
    { fields: ['tenant', 'needsWork', 'sourceUpdatedAt'] },
    { fields: ['tenant', 'locale', 'needsWork', 'sourceUpdatedAt'] },
    { fields: ['guide', 'locale'], unique: true },
  ],
}
