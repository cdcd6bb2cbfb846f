import { cache } from 'react'

import { cacheTags } from '@/lib/cache/tags'
import { idOf, type ID } from '@/lib/ids'
import { cached } from './cached'
import { getPayloadClient } from './getPayloadClient'

/**
 * The publication's redirect from an address, if it has one: the guide it leads to (null when
 * that guide was deleted since), or a URL an editor entered.
 */
export type RedirectTarget = { guideID: ID | null; kind: 'guide' } | { kind: 'url'; url: string }

export const findRedirect = cache(
  ({ path, tenantID }: { path: string; tenantID: ID }): Promise<RedirectTarget | null> =>
    cached(
      async (): Promise<RedirectTarget | null> => {
        const payload = await getPayloadClient()
        const { docs } = await payload.find({
          collection: 'redirects',
          depth: 0,
          limit: 1,
          overrideAccess: false,
          pagination: false,
          where: { and: [{ tenant: { equals: tenantID } }, { from: { equals: path } }] },
        })
        const redirect = docs[0]
        if (!redirect) return null
        if (redirect.to?.type === 'custom')
          return redirect.to.url ? { kind: 'url', url: redirect.to.url } : null
        return { guideID: idOf(redirect.to?.reference?.value) ?? null, kind: 'guide' }
      },
      ['redirect', String(tenantID), path],
      [cacheTags.redirects(tenantID)],
    )(),
)
