import type { CollectionConfig } from 'payload'

import {
  contentManagerAccess,
  contentManagerCreateAccess,
  tenantMemberAccess,
} from '@/access/tenantScopedAccess'
import { localeOptions } from '@/i18n/locales'
import { scheduleStateFieldAccess, serverOnlyFieldAccess } from './access/serverOnlyFieldAccess'
import { queuePublicationJob } from './hooks/queuePublicationJob'
import { validateScheduledPublication } from './hooks/validateScheduledPublication'
import { publicationTimeZones } from '@/fields/timeZones'
import { defaultToPublicationTimeZone } from './publicationTimeZoneDefault'
import { validateRunAt } from './runAt'

export const scheduledActions = [
  { label: 'Publish', value: 'publish' },
  { label: 'Unpublish', value: 'unpublish' },
] as const

export const scheduleStates = [
  { label: 'Pending', value: 'pending' },
  { label: 'Done', value: 'done' },
  { label: 'Failed', value: 'failed' },
  { label: 'Cancelled', value: 'cancelled' },
] as const

/**
 * A publish or unpublish of one locale of a guide at a set time. Saving a pending entry queues a
 * job (Payload's jobs queue) that runs when it is due; the job re-reads the entry, so cancelling
 * or moving it needs no job clean-up.
 */
export const ScheduledPublications: CollectionConfig<'scheduled-publications'> = {
  slug: 'scheduled-publications',
  access: {
    create: contentManagerCreateAccess,
    delete: contentManagerAccess,
    read: tenantMemberAccess(),
    update: contentManagerAccess,
  },
  admin: {
    defaultColumns: ['guide', 'locale', 'action', 'runAt', 'state'],
    description:
      'Publish or unpublish one language of a guide at a set time. Due changes run within a minute.',
    group: 'Publishing',
    useAsTitle: 'summary',
  },
  defaultSort: 'runAt',
  fields: [
    {
      name: 'guide',
      type: 'relationship',
      index: true,
      relationTo: 'guides',
      required: true,
    },
    {
      type: 'row',
      fields: [
        { name: 'locale', type: 'select', options: localeOptions, required: true },
        {
          name: 'action',
          type: 'select',
          defaultValue: 'publish',
          options: [...scheduledActions],
          required: true,
        },
        {
          name: 'runAt',
          type: 'date',
          admin: {
            date: {
              // Read when the server starts: days before that cannot be picked; the validation
              // below refuses any past time.
              minDate: new Date(),
              pickerAppearance: 'dayAndTime',
            },
            description:
              "In the time zone chosen beside it, the publication's own to begin with; History shows UTC.",
          },
          index: true,
          label: 'When',
          required: true,
          timezone: {
            defaultTimezone: 'UTC',
            override: defaultToPublicationTimeZone,
            supportedTimezones: publicationTimeZones,
          },
          validate: validateRunAt,
        },
      ],
    },
    {
      name: 'state',
      type: 'select',
      access: { create: scheduleStateFieldAccess, update: scheduleStateFieldAccess },
      admin: {
        description: 'Set to Cancelled to call a pending change off.',
        position: 'sidebar',
      },
      defaultValue: 'pending',
      index: true,
      options: [...scheduleStates],
      required: true,
    },
    {
      name: 'outcome',
      type: 'textarea',
      access: { create: serverOnlyFieldAccess, update: serverOnlyFieldAccess },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'scheduledBy',
      type: 'relationship',
      access: { create: serverOnlyFieldAccess, update: serverOnlyFieldAccess },
      admin: { position: 'sidebar', readOnly: true },
      relationTo: 'users',
    },
    { name: 'summary', type: 'text', admin: { hidden: true } },
  ],
  hooks: {
    afterChange: [queuePublicationJob],
    beforeChange: [validateScheduledPublication],
  },
  labels: { plural: 'Scheduled changes', singular: 'Scheduled change' },
}
