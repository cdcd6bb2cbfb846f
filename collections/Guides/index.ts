import type { CollectionConfig, TextField } from 'payload'

import { EXPERIMENTAL_TableFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import {
  contentManagerAccess,
  contentManagerCreateAccess,
  contentManagerFieldAccess,
  tenantMemberAccess,
} from '@/access/tenantScopedAccess'
import { publishedOrMemberAccess } from '@/access/publishedOrMemberAccess'
import { translatorOrManagerUpdateAccess } from '@/access/translatorOrManagerUpdateAccess'
import { editTrackingFields } from '@/fields/editTracking'
import { importSourceFields } from '@/fields/importSource'
import { lastVerifiedByField, lastVerifiedField } from '@/fields/lastVerified'
import { slugField } from '@/fields/slug'
import { translationStateField } from '@/fields/translationState'
import { validateHttpUrl } from '@/lib/validation/referenceData'
import { importEndpoints } from './endpoints/importEndpoints'
import { translationEndpoints } from './endpoints/translationEndpoints'
import { xliffEndpoints } from './endpoints/xliffEndpoints'
import { verifyEndpoints } from './endpoints/verifyEndpoints'
import { detectEditConflict } from './hooks/detectEditConflict'
import { ensureUniqueSlug } from './hooks/ensureUniqueSlug'
import { refuseDeniedLinksOnPublish } from './hooks/refuseDeniedLinksOnPublish'
import { hideUnpublishedLocales } from './hooks/hideUnpublishedLocales'
import { limitDraftReadsToMembers } from './hooks/limitDraftReadsToMembers'
import { preventTranslatorPublish } from './hooks/preventTranslatorPublish'
import { recordSaveIntent } from './hooks/recordSaveIntent'
import { noteRenamedSlug, recordSlugRedirect } from './hooks/recordSlugRedirect'
import { requireReviewedMachineDrafts } from './hooks/requireReviewedMachineDrafts'
import { serializeGuideSaves } from './hooks/serializeGuideSaves'
import { guideLivePreviewURL, guidePreviewURL } from './previewURL'
import { guideTopics, simKinds } from './topics'
import { removeGuideFromSearch, syncGuideSearch } from '@/lib/search/syncGuideSearch'
import { forgetTranslationWork, recordTranslationWork } from './hooks/recordTranslationWork'
import { revalidateDeletedGuide, revalidateGuide } from './hooks/revalidateGuide'
import {
  requiredToPublish,
  validateGuideSlug,
  validateGuideTitle,
} from './validation/draftTolerant'

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
  endpoints: [...importEndpoints, ...verifyEndpoints, ...translationEndpoints, ...xliffEndpoints],
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      required: true,
      validate: validateGuideTitle,
    },
    { ...slugField({ localized: true }), validate: validateGuideSlug } as TextField,
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
          // Required to publish; a draft may wait for it (requiredToPublish replaces the check).
          required: true,
          validate: requiredToPublish,
        },
        {
          name: 'topic',
          type: 'select',
          ...sharedField,
          index: true,
          options: guideTopics,
          // Required to publish; a draft may wait for it (requiredToPublish replaces the check).
          required: true,
          validate: requiredToPublish,
        },
        {
          name: 'simKind',
          type: 'select',
          ...sharedField,
          label: 'SIM kind',
          options: simKinds,
          // Required to publish; a draft may wait for it (requiredToPublish replaces the check).
          required: true,
          validate: requiredToPublish,
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
    {
      name: 'body',
      type: 'richText',
      // Tables: imported articles compare plans and prices in them.
      editor: lexicalEditor({
        features: ({ defaultFeatures }) => [...defaultFeatures, EXPERIMENTAL_TableFeature()],
      }),
      localized: true,
    },
    lastVerifiedField(contentManagerFieldAccess),
    lastVerifiedByField(contentManagerFieldAccess),
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
    ...importSourceFields(contentManagerFieldAccess),
  ],
  hooks: {
    afterChange: [recordSlugRedirect, revalidateGuide, syncGuideSearch, recordTranslationWork],
    afterDelete: [revalidateDeletedGuide],
    afterRead: [hideUnpublishedLocales],
    beforeChange: [
      preventTranslatorPublish,
      requireReviewedMachineDrafts,
      ensureUniqueSlug,
      detectEditConflict,
      noteRenamedSlug,
      refuseDeniedLinksOnPublish,
    ],
    beforeDelete: [removeGuideFromSearch, forgetTranslationWork],
    beforeOperation: [serializeGuideSaves, recordSaveIntent, limitDraftReadsToMembers],
  },
  versions: {
    drafts: {
      autosave: { interval: 1500 },
      // Each locale is published and unpublished on its own (experimental in Payload 3).
      localizeStatus: true,
      // Validated drafts: otherwise opening "Create New" stores an empty guide at once, which
      // fills the list with "<No Title>" rows (Payload creates autosaved documents on open).
      validate: true,
    },
    maxPerDoc: 50,
  },
}
