import type { RedisClient } from './connectRedis'
import type { RedisKeys } from './redisSettings'

/**
 * One atomic step, so no server can see one part without the other: the tags' expiry times
 * (which Next's shared cache compares with each entry's age), the expiry sequence number, and
 * the message that tells every server's page cache. Times come from Redis's clock, the one
 * clock all servers share.
 */
const script = `
local now = redis.call('TIME')
local nowMs = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local expiresAt = nowMs + tonumber(ARGV[2]) * 1000
local tags = {}
for i = 3, #ARGV do
  redis.call('HSET', KEYS[1], ARGV[i], expiresAt)
  tags[#tags + 1] = ARGV[i]
end
local sequence = redis.call('INCR', KEYS[2])
redis.call('PUBLISH', ARGV[1], cjson.encode({ sequence = sequence, tags = tags }))
return sequence
`

export type ExpiryMessage = { sequence: number; tags: string[] }

/** Reads a message of the expiry channel; anything malformed is treated as unknown (null). */
export const parseExpiryMessage = (text: string): ExpiryMessage | null => {
  try {
    const message = JSON.parse(text) as Partial<ExpiryMessage>
    // cjson encodes an empty table as an object, so no tags may arrive as {}.
    const tags = Array.isArray(message.tags) ? message.tags : []
    if (typeof message.sequence !== 'number' || !tags.every((tag) => typeof tag === 'string')) {
      return null
    }
    return { sequence: message.sequence, tags }
  } catch {
    return null
  }
}

/** Expires `tags` for every server; resolves to the new expiry sequence number. */
export const expireTagsInRedis = async (
  client: RedisClient,
  keys: RedisKeys,
  tags: readonly string[],
  expireInSeconds = 0,
): Promise<number> =>
  Number(
    await client.eval(script, {
      arguments: [keys.expiryChannel, String(expireInSeconds), ...tags],
      keys: [keys.tagExpiries, keys.expirySequence],
    }),
  )
