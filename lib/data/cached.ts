import { unstable_cache } from 'next/cache'

/**
 * Caches a read until one of its tags is expired by a revalidation hook. Pages rendered from
 * cached reads inherit their tags, so expiring a tag also expires exactly those pages.
 */
export const cached = <Args extends unknown[], Result>(
  read: (...args: Args) => Promise<Result>,
  keyParts: string[],
  tags: string[],
): ((...args: Args) => Promise<Result>) =>
  unstable_cache(read, keyParts, { revalidate: false, tags })
