import type { PayloadRequest, SelectField } from 'payload'

import { getTenantFromCookie } from '@payloadcms/plugin-multi-tenant/utilities'

import { memberTenantIDs } from '@/access/memberships'
import { isPublicationTimeZone } from '@/fields/timeZones'

/**
 * The publication a new scheduled change is being made in: the one picked in the admin's
 * publication selector, else the person's only publication.
 */
const currentTenantID = (req: PayloadRequest) => {
  const selected = getTenantFromCookie(req.headers, req.payload.db.defaultIDType)
  if (selected !== null) return selected
  const own = memberTenantIDs(req.user)
  return own.length === 1 ? own[0] : null
}

/**
 * A new scheduled change starts in its publication's time zone (Publications → Time zone), so an
 * editor in Karachi types Karachi times; UTC when the publication has none. Only the offered
 * zones are accepted: Payload stores any text sent for it, and the admin cannot show a time in
 * a zone that does not exist.
 */
export const defaultToPublicationTimeZone = ({
  baseField,
}: {
  baseField: SelectField
}): SelectField => ({
  ...baseField,
  defaultValue: async ({ req }: { req: PayloadRequest }) => {
    const tenantID = currentTenantID(req)
    if (tenantID === null) return 'UTC'
    const tenant = await req.payload
      .findByID({
        collection: 'tenants',
        depth: 0,
        id: tenantID,
        overrideAccess: true,
        select: { timeZone: true },
      })
      .catch(() => null)
    return isPublicationTimeZone(tenant?.timeZone) ? tenant.timeZone : 'UTC'
  },
  validate: (value: unknown) =>
    isPublicationTimeZone(value) || 'Choose one of the time zones offered.',
})
