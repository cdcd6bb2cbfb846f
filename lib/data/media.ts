import { cache } from 'react'

import type { Media } from '@/payload-types'
import { cacheTags } from '@/lib/cache/tags'
import type { ID } from '@/lib/ids'
import { cached } from './cached'
import { getPayloadClient } from './getPayloadClient'

/** An uploaded image with its sizes, or null when it no longer exists. */
export const getMedia = cache((mediaID: ID): Promise<Media | null> =>
  cached(
    async () => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: 'media',
        depth: 0,
        limit: 1,
        overrideAccess: false,
        pagination: false,
        where: { id: { equals: mediaID } },
      })
      return docs[0] ?? null
    },
    ['media', String(mediaID)],
    [cacheTags.media(mediaID)],
  )(),
)
