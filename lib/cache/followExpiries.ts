import { connectRedis, withinDeadline, type RedisClient } from '@/lib/redis/connectRedis'
import { parseExpiryMessage } from '@/lib/redis/expireTagsInRedis'
import type { RedisKeys } from '@/lib/redis/redisSettings'
import { ExpiryFollower } from './expiryFollower'
import type { PageCache } from './pageCache'

const checkEveryMs = 1000

/**
 * Subscribes this server's page cache to every server's expiries and checks the expiry sequence
 * every second (see ExpiryFollower). Returns a function that stops following.
 */
export const followExpiries = (
  cache: PageCache,
  url: string,
  keys: RedisKeys,
  commands: RedisClient,
): (() => Promise<void>) => {
  const follower = new ExpiryFollower(cache)
  const subscriber = connectRedis(url, 'expiry subscriber')

  let isSubscribed = false

  const check = async () => {
    if (!isSubscribed || !subscriber.isReady || !commands.isReady) return follower.lostTouch()
    try {
      const sequence = await withinDeadline(commands.get(keys.expirySequence), checkEveryMs)
      follower.checked(Number(sequence ?? 0))
    } catch {
      follower.lostTouch()
    }
  }

  const onMessage = (text: string) => {
    const message = parseExpiryMessage(text)
    if (message) follower.received(message)
    else follower.lostTouch()
  }

  subscriber.on('end', () => follower.lostTouch())
  subscriber.on('error', () => follower.lostTouch())
  subscriber.on('reconnecting', () => follower.lostTouch())
  // After a reconnection node-redis subscribes again by itself before it is ready.
  subscriber.on('ready', () => {
    if (isSubscribed) return void check()
    subscriber
      .subscribe(keys.expiryChannel, onMessage)
      .then(() => {
        isSubscribed = true
        return check()
      })
      .catch(() => follower.lostTouch())
  })
  const timer = setInterval(() => void check(), checkEveryMs)
  timer.unref()

  return async () => {
    clearInterval(timer)
    // Not close(): that waits for replies a stalled connection would never send.
    subscriber.destroy()
  }
}
