import type { PayloadRequest } from 'payload'

import { isLocaleCode } from '@/i18n/locales'
import { translatorLocalesIn, tenantIDsWithRole } from './memberships'
import { idOf, type ID } from '@/lib/ids'
import { withinRequest } from '@/lib/db/withinRequest'

/**
 * Tenants whose documents the user may translate in the request's locale: they are the tenant's
 * translator for that locale, the tenant offers it, and it is not the tenant's source locale.
 */
export const translatableTenantIDs = async (req: PayloadRequest): Promise<ID[]> => {
  const locale = req.locale
  if (!req.user || !isLocaleCode(locale)) return []
  const candidates = tenantIDsWithRole(req.user, ['translator']).filter((tenantID) =>
    translatorLocalesIn(req.user, tenantID).includes(locale),
  )
  if (candidates.length === 0) return []

  const { docs: tenants } = await withinRequest(req, () =>
    req.payload.find({
      collection: 'tenants',
      depth: 0,
      limit: candidates.length,
      overrideAccess: true,
      pagination: false,
      req,
      select: { defaultLocale: true, enabledLocales: true },
      where: { id: { in: candidates } },
    }),
  )
  return tenants
    .filter(
      (tenant) => tenant.defaultLocale !== locale && (tenant.enabledLocales ?? []).includes(locale),
    )
    .map((tenant) => idOf(tenant.id))
    .filter((id) => id !== undefined)
}
