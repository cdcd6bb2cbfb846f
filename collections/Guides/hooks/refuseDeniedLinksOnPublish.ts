import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { idOf } from '@/lib/ids'
import { findGuideLinks } from '@/lib/linkPolicy/findLinks'
import { classifyLink } from '@/lib/linkPolicy/linkPolicy'
import { loadLinkPolicy } from '@/lib/linkPolicy/loadLinkPolicy'
import { saveIntentOf } from './recordSaveIntent'

/**
 * A guide whose locale carries a link the publication denies (a messaging-channel invite, a link
 * shortener) is not published; the message names every field and link. Drafts may hold them, so
 * an editor's text is never lost: only what readers see is guarded.
 */
export const refuseDeniedLinksOnPublish: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const isPublishing = data._status === 'published' && !saveIntentOf(req.context).isDraft
  const tenantID = idOf(data.tenant ?? originalDoc?.tenant)
  if (!isPublishing || tenantID === undefined) return data
  // A publish may send only the status; the stored fields of this locale are published with it.
  const fields = { ...(originalDoc ?? {}), ...data }
  const policy = await loadLinkPolicy({
    countryIDs: [idOf(fields.country)].filter((id) => id !== undefined),
    payload: req.payload,
    req,
    tenantID,
  })
  const denied = findGuideLinks(fields).filter(
    ({ url }) => classifyLink(url, policy).action === 'deny',
  )
  if (denied.length === 0) return data
  // The admin's toast breaks messages at colons and commas: the scheme is left out of the list.
  const list = denied
    .map(({ field, url }) => `${url.replace(/^https?:\/\//i, '')} in ${field}`)
    .join(' and ')
  throw new APIError(
    `Not published because this guide links to addresses the publication does not allow. Remove ${list} and publish again. Your text is kept as it is.`,
    400,
    { deniedLinks: denied },
    true,
  )
}
