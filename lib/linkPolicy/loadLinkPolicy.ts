import type { Payload, PayloadRequest } from 'payload'

import { idOf, type ID } from '@/lib/ids'
import type { LinkPolicy } from './linkPolicy'
import { tenantLinkPolicy, type StoredLinkPolicy } from './tenantLinkPolicy'

const pageLimit = 500

/**
 * A publication's link policy with its covered domains filled in: the websites of the carriers of
 * every country it has guides about (plus `countryIDs`, for an article not stored yet). Reads run
 * without a user on purpose: the policy is configuration every editor of the tenant is held to,
 * and countries, carriers and tenant settings are public reference data.
 */
export const loadLinkPolicy = async ({
  countryIDs = [],
  payload,
  req,
  tenantID,
}: {
  countryIDs?: ID[]
  payload: Payload
  req?: PayloadRequest
  tenantID: ID
}): Promise<LinkPolicy> => {
  const tenant = await payload.findByID({
    collection: 'tenants',
    depth: 0,
    id: tenantID,
    overrideAccess: true,
    req,
    select: { domains: true, linkPolicy: true },
  })
  const guides = await payload.find({
    collection: 'guides',
    depth: 0,
    limit: pageLimit,
    overrideAccess: true,
    pagination: false,
    req,
    select: { country: true },
    where: { tenant: { equals: tenantID } },
  })
  const countries = [
    ...new Set(
      [...guides.docs.map((guide) => idOf(guide.country)), ...countryIDs].filter(
        (id) => id !== undefined,
      ),
    ),
  ]
  const carriers =
    countries.length === 0
      ? []
      : (
          await payload.find({
            collection: 'carriers',
            depth: 0,
            limit: pageLimit,
            overrideAccess: true,
            pagination: false,
            req,
            select: { websiteDomains: true },
            where: { country: { in: countries } },
          })
        ).docs
  return tenantLinkPolicy({
    coveredDomains: carriers.flatMap((carrier) => carrier.websiteDomains ?? []),
    ownDomains: tenant.domains,
    stored: (tenant as { linkPolicy?: StoredLinkPolicy | null }).linkPolicy,
  })
}
