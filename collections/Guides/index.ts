import type { CollectionConfig } from 'payload'

import { contentManagerAccess, contentManagerCreateAccess, contentManagerFieldAccess, tenantMemberAccess } from '../../access/tenantScopedAccess'
import { publishedOrMemberAccess } from '../../access/publishedOrMemberAccess'
import { translatorOrManagerUpdateAccess } from '../../access/translatorOrManagerUpdateAccess'
import { lastVerifiedField } from '../../fields/lastVerified'
import { slugField } from '../../fields/slug'
import { translationStateField } from '../../fields/translationState'
import { validateHttpUrl } from '../../lib/validation/referenceData'
import { translationEndpoints } from './endpoints/translationEndpoints'
import { ensureUniqueSlug } from './hooks/ensureUniqueSlug'
import { preventTranslatorPublish } from './hooks/preventTranslatorPublish'
import { requireReviewedMachineDrafts } from './hooks/requireReviewedMachineDrafts'
import { guidePreviewURL } from './previewURL'
import { guideTopics, simKinds } from './topics'
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
    translationStateField,
  ],
  hooks: {
    afterChange: [revalidateGuide],
    afterDelete: [revalidateDeletedGuide],
    beforeChange: [preventTranslatorPublish, requireReviewedMachineDrafts, ensureUniqueSlug],
  },
  versions: {
    drafts: {
      autosave: { interval: 1500 },
    },
    maxPerDoc: 50,
  },
}
