import type { CollectionConfig } from 'payload'

import { contentManagerAccess, tenantMemberAccess } from '@/access/tenantScopedAccess'
import { localeOptions } from '@/i18n/locales'

/**
 * A publication's translation memory: every confirmed translation, segment by segment (a field,
 * or one sentence of rich text), per language pair. Entries are copies, not links, so they outlive
 * edits and deletions of the guides they came from. Confirming a translation writes them
 * (lib/translation/memory/recordTranslationMemory.ts); people only read them, and editors may
 * delete a wrong one.
 */
export const TranslationMemory: CollectionConfig<'translation-memory'> = {
  slug: 'translation-memory',
  access: {
    create: () => false,
    delete: contentManagerAccess,
    read: tenantMemberAccess(),
    update: () => false,
  },
  admin: {
    defaultColumns: ['sourceText', 'targetText', 'targetLocale', 'originTitle', 'confirmedAt'],
    group: 'Translation',
    useAsTitle: 'sourceText',
  },
  defaultSort: '-confirmedAt',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'sourceLocale', type: 'select', options: localeOptions, required: true },
        { name: 'targetLocale', type: 'select', options: localeOptions, required: true },
      ],
    },
    { name: 'sourceText', type: 'textarea', required: true },
    { name: 'targetText', type: 'textarea', required: true },
    {
      // Lookups go by tenant, language pair and this hash of the normalized source text.
      name: 'sourceHash',
      type: 'text',
      admin: { hidden: true },
      index: true,
      required: true,
    },
    {
      name: 'segmentKind',
      type: 'select',
      defaultValue: 'field',
      options: [
        { label: 'Field', value: 'field' },
        { label: 'Sentence', value: 'sentence' },
      ],
    },
    { name: 'originTitle', type: 'text', label: 'From guide' },
    { name: 'originGuideID', type: 'text', admin: { hidden: true } },
    { name: 'originField', type: 'text', label: 'Field' },
    { name: 'confirmedAt', type: 'date', index: true },
    { name: 'confirmedBy', type: 'text' },
  ],
  labels: { plural: 'Translation memory', singular: 'Memory entry' },
}
