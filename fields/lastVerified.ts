import type { DateField, FieldAccess, RelationshipField } from 'payload'

/**
 * Per locale: each translation is checked against the carrier on its own, so each has its own
 * date (a locale never checked shows the date of the one it falls back to).
 */
export const lastVerifiedField = (updateAccess?: FieldAccess): DateField => ({
  name: 'lastVerified',
  type: 'date',
  access: updateAccess ? { update: updateAccess } : undefined,
  admin: {
    date: { pickerAppearance: 'dayOnly' },
    description: 'The day someone last checked these steps against the carrier.',
    position: 'sidebar',
  },
  index: true,
  label: 'Last verified',
  localized: true,
})

/** Who marked this locale verified last (set by the Needs review view's action). */
export const lastVerifiedByField = (updateAccess?: FieldAccess): RelationshipField => ({
  name: 'lastVerifiedBy',
  type: 'relationship',
  access: updateAccess ? { update: updateAccess } : undefined,
  admin: { position: 'sidebar', readOnly: true },
  label: 'Verified by',
  localized: true,
  relationTo: 'users',
})
