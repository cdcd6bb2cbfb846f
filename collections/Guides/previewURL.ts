import type { GeneratePreviewURL } from 'payload'

import { idOf } from '../../access/memberships'
import { isLocaleCode } from '../../i18n/locales'
import { createPreviewToken } from '../../lib/preview/previewToken'
import { guidePath } from '../../lib/seo/urls'
import { originOf } from '../../lib/site/readerContext'
import { withinRequest } from '../../lib/db/withinRequest'

/**
 * The admin's Preview button: the guide on its publication's own host, in the locale being
 * edited, through the preview route with a token naming the signed-in editor.
 */
export const guidePreviewURL: GeneratePreviewURL = async (doc, { locale, req }) => {
  const tenantID = idOf(doc.tenant as never)
  if (
    !req.user ||
    tenantID === undefined ||
    typeof doc.slug !== 'string' ||
    !isLocaleCode(locale)
  ) {
    return null
  }
  const tenant = await withinRequest(req, () =>
    req.payload.findByID({
      collection: 'tenants',
      depth: 0,
      id: tenantID,
      overrideAccess: false,
      req,
      user: req.user,
    }),
  ).catch(() => null)
  const host = tenant?.domains?.[0]
  if (!host) return null
  const path = guidePath(locale, doc.slug)
  const token = createPreviewToken(req.user.id)
  return `${originOf(host)}/next/preview?path=${encodeURIComponent(path)}&token=${encodeURIComponent(token)}`
}
