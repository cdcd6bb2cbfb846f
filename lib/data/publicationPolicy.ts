import { cache } from 'react'

import { cacheTags } from '@/lib/cache/tags'
import type { StoredLinkPolicy } from '@/lib/linkPolicy/tenantLinkPolicy'
import { defaultReviewIntervalDays } from '@/lib/freshness/reviewDue'
import { cached } from './cached'
import { getPayloadClient } from './getPayloadClient'

type ID = number | string

export type PublicationPolicy = { linkPolicy: StoredLinkPolicy | null; reviewIntervalDays: number }

/** A publication's link policy and review interval, as the reader pages apply them. */
export const getPublicationPolicy = cache((tenantID: ID): Promise<PublicationPolicy> =>
  cached(
    async (): Promise<PublicationPolicy> => {
      const payload = await getPayloadClient()
      const tenant = await payload.findByID({
        collection: 'tenants',
        depth: 0,
        id: tenantID,
        overrideAccess: false,
        select: { linkPolicy: true, reviewIntervalDays: true },
      })
      return {
        linkPolicy: tenant.linkPolicy ?? null,
        reviewIntervalDays: tenant.reviewIntervalDays || defaultReviewIntervalDays,
      }
    },
    ['publication-policy', String(tenantID)],
    [cacheTags.tenants()],
  )(),
)
