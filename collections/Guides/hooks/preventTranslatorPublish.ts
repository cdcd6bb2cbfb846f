import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { hasRoleInTenant, isSuperAdmin } from '@/access/memberships'
import { idOf } from '@/lib/ids'
import { saveIntentOf } from './recordSaveIntent'

/**
 * Translators save drafts; publishing and unpublishing are an editor's decision. A save that is
 * not a draft save writes what readers see, whatever status it asks for, and so does a draft save
 * that (un)publishes all locales: `unpublishAllLocales` marks every locale a draft.
 */
export const preventTranslatorPublish: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!req.user || isSuperAdmin(req.user)) return data
  const intent = saveIntentOf(req.context)
  const changesReaders =
    data._status === 'published' ||
    intent.isAllLocales ||
    (operation === 'update' && !intent.isDraft)
  if (!changesReaders) return data
  const tenantID = idOf(data.tenant ?? originalDoc?.tenant)
  if (hasRoleInTenant(req.user, tenantID, ['tenant-admin', 'editor'])) return data
  throw new APIError(
    'Translators can save drafts but not publish or unpublish: an editor of this publication does that.',
    403,
    undefined,
    true,
  )
}
