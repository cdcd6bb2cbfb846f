import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { Guide } from '@/payload-types'
import { idOf, type ID } from '@/lib/ids'
import { expireTags } from '@/lib/cache/expireTags'
import { cacheTags } from '@/lib/cache/tags'
import { withinRequest } from '@/lib/db/withinRequest'

const carrierIDsOf = (guide: Partial<Guide> | undefined): ID[] =>
  (guide?.carriers ?? []).map((carrier) => idOf(carrier)).filter((id) => id !== undefined)

/**
 * The tags of every reader page that shows this guide: its own page in every locale, its slugs
 * (so a new or changed slug stops resolving to a cached "not found"), and the listings of its
 * tenant, country and carriers, before and after the change.
 */
const tagsForGuide = async (
  req: PayloadRequest,
  doc: Partial<Guide>,
  previousDoc: Partial<Guide> | undefined,
): Promise<string[]> => {
  const tenantID = idOf(doc.tenant ?? previousDoc?.tenant)
  const guideID = doc.id
  if (tenantID === undefined || guideID === undefined) return []

  const slugs = await withinRequest(req, () =>
    req.payload.findByID({
      collection: 'guides',
      depth: 0,
      id: guideID,
      locale: 'all',
      overrideAccess: true,
      req,
      select: { slug: true },
    }),
  )
    .then((found) => Object.entries((found?.slug ?? {}) as unknown as Record<string, string>))
    .catch(() => [] as [string, string][])
  const previousSlug = previousDoc?.slug && req.locale ? [[req.locale, previousDoc.slug]] : []

  return [
    cacheTags.guide(guideID),
    cacheTags.tenantGuides(tenantID),
    ...[...slugs, ...previousSlug].map(([locale, slug]) =>
      cacheTags.guideSlug(tenantID, locale, slug),
    ),
    ...[idOf(doc.country), idOf(previousDoc?.country)]
      .filter((id) => id !== undefined)
      .map((countryID) => cacheTags.countryGuides(tenantID, countryID)),
    ...[...carrierIDsOf(doc), ...carrierIDsOf(previousDoc)].map((carrierID) =>
      cacheTags.carrierGuides(tenantID, carrierID),
    ),
  ]
}

export const revalidateGuide: CollectionAfterChangeHook<Guide> = async ({
  context,
  doc,
  previousDoc,
  req,
}) => {
  // A draft save of a never-published guide changes nothing readers can see.
  const isVisibleChange = doc._status === 'published' || previousDoc?._status === 'published'
  if (context.disableRevalidate || !isVisibleChange) return doc
  const expired = expireTags(await tagsForGuide(req, doc, previousDoc))
  req.payload.logger.debug({ msg: 'Revalidated guide pages', tags: expired })
  return doc
}

export const revalidateDeletedGuide: CollectionAfterDeleteHook<Guide> = async ({
  context,
  doc,
  req,
}) => {
  if (context.disableRevalidate) return doc
  const tenantID = idOf(doc.tenant)
  if (tenantID === undefined) return doc
  expireTags([
    cacheTags.guide(doc.id),
    cacheTags.tenantGuides(tenantID),
    ...(req.locale && doc.slug ? [cacheTags.guideSlug(tenantID, req.locale, doc.slug)] : []),
    ...(idOf(doc.country) !== undefined
      ? [cacheTags.countryGuides(tenantID, idOf(doc.country) as ID)]
      : []),
    ...carrierIDsOf(doc).map((carrierID) => cacheTags.carrierGuides(tenantID, carrierID)),
  ])
  return doc
}
