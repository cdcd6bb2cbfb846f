import type { GroupField } from 'payload'

/**
 * Per-locale translation bookkeeping, kept on the guide so it travels with its versions. The
 * source text a translation was confirmed against lets the Translations view show exactly what
 * changed since; machine-drafted fields must be reviewed before the locale is published.
 */
export const translationStateField: GroupField = {
  name: 'translation',
  type: 'group',
  admin: { hidden: true },
  fields: [
    {
      name: 'state',
      type: 'select',
      options: [
        { label: 'In progress', value: 'in-progress' },
        { label: 'Ready for review', value: 'ready-for-review' },
      ],
    },
    /** Source-locale text per field path at the moment the translation was confirmed. */
    { name: 'confirmedSource', type: 'json' },
    { name: 'confirmedAt', type: 'date' },
    { name: 'confirmedBy', type: 'text' },
    /** Field paths filled by machine conversion and not yet reviewed by a person. */
    { name: 'machineDrafted', type: 'json' },
    /** Of those, the fields filled from translation memory (the rest came from OpenCC). */
    { name: 'memoryDrafted', type: 'json' },
  ],
  localized: true,
}
