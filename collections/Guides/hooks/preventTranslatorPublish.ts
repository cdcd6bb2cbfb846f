import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { hasRoleInTenant, idOf, isSuperAdmin } from '../../../access/memberships'

/** Translators save drafts; publishing is an editor's decision. */
export const preventTranslatorPublish: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  req,
}) => {
  if (!req.user || isSuperAdmin(req.user) || data._status !== 'published') return data
  const tenantID = idOf(data.tenant ?? originalDoc?.tenant)
  if (hasRoleInTenant(req.user, tenantID, ['tenant-admin', 'editor'])) return data
  throw new APIError(
    'Translators can save drafts but not publish: an editor of this publication publishes the guide.',
    403,
    undefined,
    true,
  )
}
