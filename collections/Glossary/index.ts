import type { CollectionConfig } from 'payload'

import {
  contentManagerAccess,
  contentManagerCreateAccess,
  tenantMemberAccess,
} from '@/access/tenantScopedAccess'
import { translatorOrManagerUpdateAccess } from '@/access/translatorOrManagerUpdateAccess'
import {
  refreshTranslationWorkOnGlossaryChange,
  refreshTranslationWorkOnGlossaryDelete,
} from './hooks/refreshTranslationWorkOnGlossaryChange'

/**
 * A publication's agreed spellings: carrier and product names as each locale writes them. The
 * translating view shows the terms a guide uses and warns where a translation misses one.
 */
export const Glossary: CollectionConfig<'glossary'> = {
  slug: 'glossary',
  access: {
    create: contentManagerCreateAccess,
    delete: contentManagerAccess,
    read: tenantMemberAccess(),
    update: translatorOrManagerUpdateAccess,
  },
  admin: {
    defaultColumns: ['term', 'spelling', 'keepAsIs', 'note'],
    group: 'Translation',
    useAsTitle: 'term',
  },
  fields: [
    {
      name: 'term',
      type: 'text',
      admin: {
        description: 'As written in the source language, for example "Jazz" or "Easyload".',
      },
      required: true,
    },
    {
      name: 'spelling',
      type: 'text',
      admin: { description: 'How this locale writes the term. Leave empty where it stays as is.' },
      localized: true,
    },
    {
      name: 'keepAsIs',
      type: 'checkbox',
      admin: {
        description:
          'Brand and plan names that every language writes exactly as the source. Translations are checked for it, and XLIFF files protect it.',
      },
      defaultValue: false,
      label: 'Keep as is (do not translate)',
    },
    { name: 'note', type: 'textarea' },
  ],
  labels: { plural: 'Glossary', singular: 'Glossary term' },
  hooks: {
    afterChange: [refreshTranslationWorkOnGlossaryChange],
    afterDelete: [refreshTranslationWorkOnGlossaryDelete],
  },
}
