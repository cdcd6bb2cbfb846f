import type { CollectionConfig } from 'payload'

import { referenceDataAccess } from '@/access/referenceDataAccess'
import { slugField } from '@/fields/slug'
import { validateDomain, validateEach } from '@/lib/validation/referenceData'
import { revalidateCarrier, revalidateDeletedCarrier } from './hooks/revalidateCarrier'
import { validateCarrierCodes } from './validateCarrierCodes'

export const Carriers: CollectionConfig<'carriers'> = {
  slug: 'carriers',
  access: referenceDataAccess,
  admin: {
    defaultColumns: ['name', 'country', 'mccMnc', 'supportsEsim'],
    group: 'Reference data',
    useAsTitle: 'name',
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      admin: {
        description: 'The brand as the carrier writes it in Latin letters, for example Jazz.',
      },
      required: true,
    },
    { name: 'displayName', type: 'text', localized: true },
    slugField({ from: 'name', unique: true }),
    { name: 'country', type: 'relationship', index: true, relationTo: 'countries', required: true },
    {
      name: 'mccMnc',
      type: 'text',
      admin: {
        description:
          'Network codes as MCC-MNC, for example 410-01. The MCC must belong to the country.',
      },
      hasMany: true,
      label: 'MCC-MNC codes',
      validate: validateCarrierCodes,
    },
    {
      name: 'formerNames',
      type: 'array',
      admin: { description: 'Earlier brands readers may still search for (Mobilink before Jazz).' },
      fields: [
        { name: 'name', type: 'text', required: true },
        { name: 'until', type: 'number', admin: { description: 'Year the name was dropped.' } },
      ],
    },
    {
      name: 'websiteDomains',
      type: 'text',
      hasMany: true,
      validate: validateEach(validateDomain),
    },
    {
      name: 'networkGenerations',
      type: 'select',
      hasMany: true,
      options: ['2G', '3G', '4G', '5G'],
    },
    {
      name: 'supportsEsim',
      type: 'checkbox',
      defaultValue: false,
      label: 'Offers eSIM',
    },
  ],
  hooks: {
    afterChange: [revalidateCarrier],
    afterDelete: [revalidateDeletedCarrier],
  },
}
