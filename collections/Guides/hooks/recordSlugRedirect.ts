import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import type { Guide } from '@/payload-types'
import { isLocaleCode } from '@/i18n/locales'
import { withinRequest } from '@/lib/db/withinRequest'
import { idOf } from '@/lib/ids'
import { guidePath } from '@/lib/seo/urls'
import { saveIntentOf } from './recordSaveIntent'

type PendingRedirect = { from: string }

/**
 * Publishing a guide under a new slug leaves its old address answering: the slug readers could
 * see until now (the published one, not an earlier draft's) gets a redirect to the guide. The
 * redirect names the guide, not its slug, so any number of renames all lead to the current
 * address, in the locale that was renamed.
 */
export const noteRenamedSlug: CollectionBeforeChangeHook<Guide> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const locale = req.locale
  if (operation !== 'update' || !originalDoc?.id || !isLocaleCode(locale)) return data
  if (saveIntentOf(req.context).isDraft || data._status !== 'published' || !data.slug) return data
  const published = await withinRequest(req, () =>
    req.payload
      .findByID({
        collection: 'guides',
        depth: 0,
        draft: false,
        id: originalDoc.id,
        locale,
        overrideAccess: true,
        req,
        select: { slug: true },
      })
      .catch(() => null),
  )
  const publishedSlug = published?.slug
  if (publishedSlug && publishedSlug !== data.slug) {
    req.context.pendingSlugRedirect = {
      from: guidePath(locale, publishedSlug),
    } satisfies PendingRedirect
  }
  return data
}

export const recordSlugRedirect: CollectionAfterChangeHook<Guide> = async ({ doc, req }) => {
  const pending = req.context.pendingSlugRedirect as PendingRedirect | undefined
  const tenantID = idOf(doc.tenant)
  if (!pending || tenantID === undefined) return doc
  delete req.context.pendingSlugRedirect
  // The redirect is the system's record of an address that was public; the editor's right to
  // publish the guide is what allowed it.
  await withinRequest(req, async () => {
    const existing = await req.payload.find({
      collection: 'redirects',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      req,
      where: { and: [{ tenant: { equals: tenantID } }, { from: { equals: pending.from } }] },
    })
    const data = {
      from: pending.from,
      tenant: tenantID,
      to: {
        reference: { relationTo: 'guides' as const, value: doc.id },
        type: 'reference' as const,
      },
    }
    if (existing.docs[0])
      await req.payload.update({
        collection: 'redirects',
        data,
        id: existing.docs[0].id,
        overrideAccess: true,
        req,
      })
    else await req.payload.create({ collection: 'redirects', data, overrideAccess: true, req })
  })
  return doc
}
