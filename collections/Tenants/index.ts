import type { CollectionConfig } from 'payload'

import { anyoneAccess } from '@/access/anyone'
import { isSuperAdminAccess } from '@/access/isSuperAdmin'
import { slugField } from '@/fields/slug'
import { localeOptions } from '@/i18n/locales'
import { defaultDeniedPatterns } from '@/lib/linkPolicy/linkPolicy'
import { validateEach, validateDomain, validateHexColour } from '@/lib/validation/referenceData'
import { tenantAdminUpdateAccess } from './access/tenantAdminUpdateAccess'
import { publicationTimeZones } from '@/fields/timeZones'
import { ensureDefaultLocaleEnabled } from './hooks/ensureDefaultLocaleEnabled'
import { ensureUniqueDomains } from './hooks/ensureUniqueDomains'
import { refreshTranslationWorkOnLocaleChange } from './hooks/refreshTranslationWorkOnLocaleChange'
import { revalidateDeletedTenant, revalidateTenant } from './hooks/revalidateTenant'

export const Tenants: CollectionConfig<'tenants'> = {
  slug: 'tenants',
  access: {
    create: isSuperAdminAccess,
    delete: isSuperAdminAccess,
    // Name, domains and branding are what every reader's page shows anyway.
    read: anyoneAccess,
    update: tenantAdminUpdateAccess,
  },
  admin: {
    defaultColumns: ['name', 'slug', 'domains', 'defaultLocale'],
    useAsTitle: 'name',
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField({ from: 'name', unique: true }),
    {
      name: 'domains',
      type: 'text',
      admin: { description: 'Host names that serve this publication, for example asia.localhost.' },
      hasMany: true,
      validate: validateEach(validateDomain),
    },
    {
      name: 'defaultLocale',
      type: 'select',
      admin: { description: 'The source language editors write in; translators never edit it.' },
      defaultValue: 'en',
      options: localeOptions,
      required: true,
    },
    {
      name: 'enabledLocales',
      type: 'select',
      defaultValue: ['en'],
      hasMany: true,
      options: localeOptions,
      required: true,
    },
    {
      name: 'brand',
      type: 'group',
      fields: [
        { name: 'siteTitle', type: 'text', localized: true },
        { name: 'tagline', type: 'text', localized: true },
        {
          name: 'accentColor',
          type: 'text',
          admin: { description: 'A hex colour such as #0f766e.' },
          label: 'Accent colour',
          validate: validateHexColour,
        },
      ],
    },
    {
      name: 'linkPolicy',
      type: 'group',
      admin: {
        description:
          'Which links guides may carry. Import removes denied links; publishing refuses them.',
      },
      fields: [
        {
          name: 'allowedDomains',
          type: 'text',
          admin: {
            description:
              'Linked without nofollow. Empty: the websites of the carriers this publication covers.',
          },
          hasMany: true,
          validate: validateEach(validateDomain),
        },
        {
          name: 'deniedPatterns',
          type: 'text',
          admin: {
            description:
              'Host names (t.me) or host and path (discord.com/invite) never allowed. Empty: messaging invites and link shorteners.',
          },
          defaultValue: [...defaultDeniedPatterns],
          hasMany: true,
        },
        {
          name: 'unknownLinkRel',
          type: 'select',
          admin: { description: 'What other external links are marked with.' },
          defaultValue: 'nofollow',
          label: 'Other external links',
          options: [
            { label: 'nofollow', value: 'nofollow' },
            { label: 'sponsored', value: 'sponsored' },
          ],
        },
        {
          name: 'affiliateDomains',
          type: 'text',
          admin: { description: 'Paid or affiliate sites: always marked sponsored.' },
          hasMany: true,
          validate: validateEach(validateDomain),
        },
      ],
    },
    {
      name: 'reviewIntervalDays',
      type: 'number',
      admin: {
        description: 'A guide not verified for this many days is listed under Needs review.',
      },
      defaultValue: 180,
      label: 'Review interval (days)',
      min: 1,
    },
    {
      name: 'timeZone',
      type: 'select',
      admin: {
        description: 'Scheduled changes are entered in this zone unless the editor picks another.',
      },
      defaultValue: 'UTC',
      options: publicationTimeZones.map(({ label, value }) => ({ label, value })),
    },
  ],
  hooks: {
    afterChange: [revalidateTenant, refreshTranslationWorkOnLocaleChange],
    afterDelete: [revalidateDeletedTenant],
    beforeChange: [ensureUniqueDomains],
    beforeValidate: [ensureDefaultLocaleEnabled],
  },
}
