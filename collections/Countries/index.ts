import type { CollectionConfig } from 'payload'

import { referenceDataAccess } from '@/access/referenceDataAccess'
import { slugField } from '@/fields/slug'
import { revalidateCountry, revalidateDeletedCountry } from './hooks/revalidateCountry'
import {
  validateCallingCode,
  validateCountryCode,
  validateEach,
  validateMobileCountryCode,
} from '@/lib/validation/referenceData'

/** Shared by every publication, so only super-admins change it. */
export const Countries: CollectionConfig<'countries'> = {
  slug: 'countries',
  access: referenceDataAccess,
  admin: {
    defaultColumns: ['name', 'code', 'callingCode', 'mobileCountryCodes'],
    group: 'Reference data',
    useAsTitle: 'name',
  },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    {
      name: 'code',
      type: 'text',
      admin: { description: 'ISO 3166-1 alpha-2, for example PK.' },
      hooks: {
        beforeValidate: [
          ({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
        ],
      },
      index: true,
      label: 'ISO code',
      required: true,
      unique: true,
      validate: validateCountryCode,
    },
    slugField({ from: 'name', unique: true }),
    {
      name: 'callingCode',
      type: 'text',
      admin: { description: 'International dialling prefix, for example +92.' },
      validate: validateCallingCode,
    },
    {
      name: 'mobileCountryCodes',
      type: 'text',
      admin: { description: 'Mobile country codes (MCC) used by the country, three digits each.' },
      hasMany: true,
      label: 'Mobile country codes (MCC)',
      validate: validateEach(validateMobileCountryCode),
    },
    { name: 'summary', type: 'textarea', localized: true },
  ],
  hooks: {
    afterChange: [revalidateCountry],
    afterDelete: [revalidateDeletedCountry],
  },
}
