import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { idOf } from '@/lib/ids'
import { withinRequest } from '@/lib/db/withinRequest'

/**
 * A slug is unique per tenant and locale. The SQL adapters cannot index a localized field together
 * with the non-localized tenant, so the check is a query here rather than a database constraint.
 */
export const ensureUniqueSlug: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const tenantID = idOf(data.tenant ?? originalDoc?.tenant)
  const slug = data.slug
  if (typeof slug !== 'string' || tenantID === undefined || !req.locale || req.locale === 'all') {
    return data
  }

  const { docs } = await withinRequest(req, () =>
    req.payload.find({
      collection: 'guides',
      depth: 0,
      limit: 1,
      locale: req.locale,
      overrideAccess: true,
      pagination: false,
      req,
      select: { title: true },
      where: {
        and: [
          { slug: { equals: slug } },
          { tenant: { equals: tenantID } },
          ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
    }),
  )
  if (docs.length > 0) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          message: `Another guide of this publication already uses the slug "${slug}" in ${req.locale}: "${docs[0].title}".`,
          path: 'slug',
        },
      ],
    })
  }
  return data
}
