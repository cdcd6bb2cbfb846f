import type { Field } from 'payload'
import type { RedirectsPluginConfig } from '@payloadcms/plugin-redirects/types'

import { anyoneAccess } from '@/access/anyone'
import { contentManagerAccess, contentManagerCreateAccess } from '@/access/tenantScopedAccess'
import { revalidateDeletedRedirect, revalidateRedirect } from './hooks/revalidateRedirect'

/**
 * Old addresses of a publication and where they lead now. Publishing a guide under a new slug
 * adds one (collections/Guides/hooks/recordSlugRedirect.ts); editors may add their own. The
 * collection itself comes from Payload's redirects plugin; this is our part of it.
 */
export const redirectsOverrides: NonNullable<RedirectsPluginConfig['overrides']> = {
  access: {
    create: contentManagerCreateAccess,
    delete: contentManagerAccess,
    // Every redirect maps an address that readers could already see.
    read: anyoneAccess,
    update: contentManagerAccess,
  },
  admin: {
    description:
      'Old addresses of this publication that lead to a guide, such as /en/guides/old-slug.',
  },
  // One address may be redirected by each publication: `from` is unique per tenant, not overall.
  fields: ({ defaultFields }: { defaultFields: Field[] }) =>
    defaultFields.map((field): Field =>
      field.type === 'text' && field.name === 'from' ? { ...field, unique: false } : field,
    ),
  hooks: {
    afterChange: [revalidateRedirect],
    afterDelete: [revalidateDeletedRedirect],
  },
}
