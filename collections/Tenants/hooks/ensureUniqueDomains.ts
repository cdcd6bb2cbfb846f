import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'
import { withinRequest } from '@/lib/db/withinRequest'

/** One host name serves one publication; two tenants claiming it would make routing a guess. */
export const ensureUniqueDomains: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const domains: string[] = Array.isArray(data.domains) ? data.domains : []
  if (domains.length === 0) return data

  const duplicatesWithin = domains.filter((domain, index) => domains.indexOf(domain) !== index)
  const taken = await withinRequest(req, () =>
    req.payload.find({
      collection: 'tenants',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      req,
      where: {
        and: [
          { domains: { in: domains } },
          ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
    }),
  )
  const claimedBy = taken.docs[0]
  if (duplicatesWithin.length > 0 || claimedBy) {
    const domain = duplicatesWithin[0] ?? domains.find((d) => claimedBy?.domains?.includes(d))
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          message: claimedBy
            ? `${domain} already serves the publication "${claimedBy.name}".`
            : `${domain} is listed twice.`,
          path: 'domains',
        },
      ],
    })
  }
  return data
}
