import type { LocalizationConfigWithLabels } from 'payload'

import { getTenantFromCookie } from '@payloadcms/plugin-multi-tenant/utilities'
import { withinRequest } from '@/lib/db/withinRequest'

type FilterAvailableLocales = NonNullable<LocalizationConfigWithLabels['filterAvailableLocales']>

/** In the admin, the locale menu offers only the languages of the publication being edited. */
export const filterTenantLocales: FilterAvailableLocales = async ({ locales, req }) => {
  const tenantID = getTenantFromCookie(req.headers, req.payload.db.defaultIDType)
  if (tenantID === null || tenantID === undefined) return locales
  try {
    const tenant = await withinRequest(req, () =>
      req.payload.findByID({
        collection: 'tenants',
        depth: 0,
        id: tenantID,
        overrideAccess: true,
        req,
      }),
    )
    const enabled = tenant.enabledLocales ?? []
    return enabled.length > 0
      ? locales.filter((locale) => enabled.includes(locale.code as never))
      : locales
  } catch {
    return locales
  }
}
