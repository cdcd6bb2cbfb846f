import type { CollectionConfig } from 'payload'

import {
  contentManagerAccess,
  contentManagerCreateAccess,
  contentManagerFieldAccess,
  tenantMemberAccess,
} from '@/access/tenantScopedAccess'
import { publishedOrMemberAccess } from '@/access/publishedOrMemberAccess'
import { translatorOrManagerUpdateAccess } from '@/access/translatorOrManagerUpdateAccess'
import { editTrackingFields } from '@/fields/editTracking'
import { lastVerifiedField } from '@/fields/lastVerified'
import { slugField } from '@/fields/slug'
import { translationStateField } from '@/fields/translationState'
import { validateHttpUrl } from '@/lib/validation/referenceData'
import { translationEndpoints } from './endpoints/translationEndpoints'
import { detectEditConflict } from './hooks/detectEditConflict'
import { ensureUniqueSlug } from './hooks/ensureUniqueSlug'
import { hideUnpublishedLocales } from './hooks/hideUnpublishedLocales'
import { preventTranslatorPublish } from './hooks/preventTranslatorPublish'
import { recordSaveIntent } from './hooks/recordSaveIntent'
import { requireReviewedMachineDrafts } from './hooks/requireReviewedMachineDrafts'
import { guideLivePreviewURL, guidePreviewURL } from './previewURL'
import { guideTopics, simKinds } from './topics'
import { removeGuideFromSearch, syncGuideSearch } from '@/lib/search/syncGuideSearch'
import { revalidateDeletedGuide, revalidateGuide } from './hooks/revalidateGuide'

/** Non-localized fields are shared by every locale: translators cannot change them. */
const sharedField = { access: { update: contentManagerFieldAccess } }

export const Guides: CollectionConfig<'guides'> = {
  slug: 'guides',
  access: {
    create: contentManagerCreateAccess,
    delete: contentManagerAccess,
    read: publishedOrMemberAccess,
    readVersions: tenantMemberAccess('version.tenant'),
    update: translatorOrManagerUpdateAccess,
  },
  admin: {
    defaultColumns: ['title', 'country', 'topic', 'simKind', '_status', 'updatedAt'],
    livePreview: {
      breakpoints: [
        { name: 'phone', height: 780, label: 'Phone', width: 390 },
        { name: 'tablet', height: 1024, label: 'Tablet', width: 768 },
      ],
      url: guideLivePreviewURL,
    },
    preview: guidePreviewURL,
    useAsTitle: 'title',
  },
  defaultSort: '-updatedAt',
  endpoints: translationEndpoints,
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    slugField({ localized: true }),
    {
      name: 'summary',
      type: 'textarea',
      admin: { description: 'One or two sentences shown in lists and search results.' },
      localized: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'country',
          type: 'relationship',
          ...sharedField,
          index: true,
          relationTo: 'countries',
          required: true,
        },
        {
          name: 'topic',
          type: 'select',
          ...sharedField,
          index: true,
          options: guideTopics,
          required: true,
        },
        {
          name: 'simKind',
          type: 'select',
          ...sharedField,
          label: 'SIM kind',
          options: simKinds,
          required: true,
        },
      ],
    },
    {
      name: 'carriers',
      type: 'relationship',
      ...sharedField,
      hasMany: true,
      relationTo: 'carriers',
    },
    {
      name: 'steps',
      type: 'array',
      admin: { description: 'The numbered steps a reader follows, in order.' },
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'body', type: 'richText' },
      ],
      labels: { plural: 'Steps', singular: 'Step' },
      localized: true,
    },
    {
      name: 'faq',
      type: 'array',
      fields: [
        { name: 'question', type: 'text', required: true },
        { name: 'answer', type: 'richText' },
      ],
      label: 'FAQ',
      labels: { plural: 'Questions', singular: 'Question' },
      localized: true,
    },
    { name: 'body', type: 'richText', localized: true },
    lastVerifiedField(contentManagerFieldAccess),
    {
      name: 'featured',
      type: 'checkbox',
      ...sharedField,
      admin: { description: 'Shown first on the publication’s home page.', position: 'sidebar' },
      defaultValue: false,
    },
    {
      name: 'sources',
      type: 'array',
      ...sharedField,
      admin: { description: 'Where the steps were checked: carrier pages, help lines, shops.' },
      fields: [
        { name: 'url', type: 'text', label: 'URL', required: true, validate: validateHttpUrl },
        { name: 'note', type: 'text' },
      ],
    },
    {
      name: 'scheduledChanges',
      type: 'join',
      admin: {
        defaultColumns: ['locale', 'action', 'runAt', 'state'],
        description: 'Publish or unpublish one language at a set time.',
      },
      collection: 'scheduled-publications',
      on: 'guide',
    },
    {
      name: 'editHistory',
      type: 'ui',
      admin: {
        components: { Field: '/components/admin/GuideEditHistory#GuideEditHistory' },
        position: 'sidebar',
      },
    },
    translationStateField,
    ...editTrackingFields,
  ],
  hooks: {
    afterChange: [revalidateGuide, syncGuideSearch],
    afterDelete: [revalidateDeletedGuide],
    afterRead: [hideUnpublishedLocales],
    beforeChange: [
      preventTranslatorPublish,
      requireReviewedMachineDrafts,
      ensureUniqueSlug,
      detectEditConflict,
    ],
    beforeDelete: [removeGuideFromSearch],
    beforeOperation: [recordSaveIntent],
  },
  versions: {
    drafts: {
      autosave: { interval: 1500 },
      // Each locale is published and unpublished on its own (experimental in Payload 3).
      localizeStatus: true,
    },
    maxPerDoc: 50,
  },
}
