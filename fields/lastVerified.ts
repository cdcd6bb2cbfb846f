import type { DateField, FieldAccess } from 'payload'

export const lastVerifiedField = (updateAccess?: FieldAccess): DateField => ({
  name: 'lastVerified',
  type: 'date',
  access: updateAccess ? { update: updateAccess } : undefined,
  admin: {
    date: { pickerAppearance: 'dayOnly' },
    description: 'The day someone last checked these steps against the carrier.',
    position: 'sidebar',
  },
  label: 'Last verified',
})
