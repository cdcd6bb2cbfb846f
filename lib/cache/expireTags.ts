import { revalidateTag } from 'next/cache'
import { after } from 'next/server'

import { installedPageCache } from './pageCache'
import { shareExpiry } from './sharedExpiry'

const expireNow = (tags: string[]): string[] => {
  installedPageCache()?.expire(tags)
  shareExpiry(tags)
  const expired: string[] = []
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 })
      expired.push(tag)
    } catch {
      return expired
    }
  }
  return expired
}

/**
 * Expires cache tags at once, so the next reader request renders fresh content (the "max"
 * profile would serve one more stale response first). Payload's hooks run inside the save's
 * transaction, so a reader request in that window could cache the old data again: the tags are
 * expired a second time once the response (and with it the commit) is done. The page cache in
 * front of Next (lib/cache/pageCache.ts) drops the same tags each time, and with several servers
 * the expiry reaches the others and Varnish too (lib/cache/sharedExpiry.ts). Outside a Next.js server
 * (tests, scripts) there is no cache and nothing happens.
 */
export const expireTags = (tags: Iterable<string>): string[] => {
  const unique = [...new Set(tags)]
  const expired = expireNow(unique)
  if (expired.length > 0) {
    try {
      after(() => {
        expireNow(unique)
      })
    } catch {
      // No request scope to run after: the immediate expiry is all there is.
    }
  }
  return expired
}
