import { unstable_cache } from 'next/cache'

import { notePageTags } from '@/lib/cache/pageTags'

/**
 * Caches a read until one of its tags is expired by a revalidation hook. Pages rendered from
 * cached reads inherit their tags, so expiring a tag also expires exactly those pages, in Next's
 * cache and in the page cache in front of it (which learns the tags through notePageTags).
 */
export const cached = <Args extends unknown[], Result>(
  read: (...args: Args) => Promise<Result>,
  keyParts: string[],
  tags: string[],
): ((...args: Args) => Promise<Result>) => {
  const cachedRead = unstable_cache(read, keyParts, { revalidate: false, tags })
  return (...args: Args) => {
    notePageTags(tags)
    return cachedRead(...args)
  }
}
