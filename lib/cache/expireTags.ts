import { revalidateTag } from 'next/cache'

/**
 * Expires cache tags at once, so the next reader request renders fresh content (the "max"
 * profile would serve one more stale response first). Outside a Next.js server (tests, scripts)
 * there is no cache to expire and the call is skipped.
 */
export const expireTags = (tags: Iterable<string>): string[] => {
  const expired: string[] = []
  for (const tag of new Set(tags)) {
    try {
      revalidateTag(tag, { expire: 0 })
      expired.push(tag)
    } catch {
      return expired
    }
  }
  return expired
}
