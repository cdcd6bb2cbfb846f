import { connectRedis, type RedisClient } from '@/lib/redis/connectRedis'
import { expireTagsInRedis } from '@/lib/redis/expireTagsInRedis'
import { redisKeys } from '@/lib/redis/redisSettings'
import { followExpiries } from './followExpiries'
import type { PageCache } from './pageCache'
import { purgeVarnish, type PurgeTarget } from './purgeVarnish'
import { installSharedExpiry } from './sharedExpiry'

/**
 * Joins this server to the others: its page cache follows every server's expiries, and its own
 * expiries go to Redis (for the others and Next's shared cache) and to every Varnish. An expiry
 * Redis could not take is kept and sent again once Redis is back. Returns how to stop.
 */
export const startSharing = ({
  pageCache,
  purgeTargets,
  redisURL,
}: {
  pageCache?: PageCache
  purgeTargets: PurgeTarget[]
  redisURL?: string
}): (() => Promise<void>) => {
  const keys = redisKeys()
  const commands: RedisClient | undefined = redisURL
    ? connectRedis(redisURL, 'shared expiry')
    : undefined
  const stopFollowing =
    commands && redisURL && pageCache
      ? followExpiries(pageCache, redisURL, keys, commands)
      : async () => {}
  const unsent = new Set<string>()

  const sendToRedis = async (tags: string[]) => {
    if (!commands) return
    for (const tag of unsent) tags.push(tag)
    try {
      await expireTagsInRedis(commands, keys, [...new Set(tags)])
      unsent.clear()
    } catch (error) {
      for (const tag of tags) unsent.add(tag)
      console.error(`Expiry not sent to Redis yet (${(error as Error).message}); will retry.`)
    }
  }
  commands?.on('ready', () => {
    if (unsent.size > 0) void sendToRedis([])
  })

  if (commands || purgeTargets.length > 0) {
    installSharedExpiry(async (tags) => {
      await sendToRedis([...tags])
      if (purgeTargets.length > 0) await purgeVarnish(purgeTargets, tags)
    })
  }
  return async () => {
    await stopFollowing()
    await commands?.close().catch(() => undefined)
  }
}
