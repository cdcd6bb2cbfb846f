/**
 * Next's incremental cache (rendered reader pages and cached reads) in Redis, shared by every
 * server: a restart or a second server finds pages already rendered, and a tag expired on any
 * server holds on all. next.config.mjs names this file (compiled to .next/redis-cache-handler.mjs
 * by `npm run build`) as `cacheHandler` when REDIS_URL is set.
 * https://nextjs.org/docs/app/api-reference/config/next-config-js/incrementalCacheHandlerPath
 *
 * An entry is stored with the tags it was built from and the time its render began, in Redis's
 * clock; a read compares them with the tags' expiry times in the same step, so an entry built
 * before an expiry is never served, whichever server built it. If Redis is unreachable the
 * cache simply misses: pages are rendered instead of failing.
 *
 * Why not a library: @neshca/cache-handler stops at Next 14; @fortedigital/nextjs-cache-handler
 * (2.x, as read) expires a tag by scanning every entry's tags and deleting the matching keys,
 * timed by each server's own clock, so a render begun before an expiry can still store what it
 * read afterwards. Here one expiry is one Redis write and a render counts from when it began.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { CacheHandler, CacheHandlerValue } from 'next/dist/server/lib/incremental-cache'

import {
  connectRedis,
  waitUntilReady,
  withinDeadline,
  type RedisClient,
} from '@/lib/redis/connectRedis'
import { decodeCacheValue, encodeCacheValue } from '@/lib/redis/cacheValueCodec'
import { expireTagsInRedis } from '@/lib/redis/expireTagsInRedis'
import { redisKeys, redisURL, type RedisKeys } from '@/lib/redis/redisSettings'

type GetContext = Parameters<CacheHandler['get']>[1]
type SetContext = Parameters<CacheHandler['set']>[2]
type CacheValue = Parameters<CacheHandler['set']>[1]

/**
 * The value and its lifetime: a server that did not render the page itself knows the route's
 * lifetime only from here (without it Next would call the page stale after one second).
 */
type StoredEntry = { cacheControl?: CacheHandlerValue['cacheControl']; value: CacheValue }

/** Next names the tags of a stored page or route response in this header. */
const nextCacheTagsHeader = 'x-next-cache-tags'

/** Entries unread and unwritten for this long leave Redis (keeps memory bounded; see README). */
const entryLifetimeSeconds = 30 * 24 * 3600

/** A read or write Redis has not answered by then is given up: the page is rendered instead. */
const commandDeadlineMs = 1000

/** A server's first reads wait this long for its connection rather than render what is stored. */
const firstConnectionWaitMs = 1000

const readScript = `
local now = redis.call('TIME')
local nowMs = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local entry = redis.call('HMGET', KEYS[1], 'value', 'tags', 'lastModified')
if not entry[1] then return { 0, nowMs } end
local lastModified = tonumber(entry[3])
local tags = {}
for tag in string.gmatch(entry[2] or '', '%S+') do tags[#tags + 1] = tag end
for i = 1, #ARGV do tags[#tags + 1] = ARGV[i] end
if #tags > 0 then
  local expiries = redis.call('HMGET', KEYS[2], unpack(tags))
  for i = 1, #expiries do
    local expiredAt = tonumber(expiries[i])
    if expiredAt and expiredAt >= lastModified and expiredAt <= nowMs then return { 0, nowMs } end
  end
end
redis.call('EXPIRE', KEYS[1], ${entryLifetimeSeconds})
return { 1, entry[1], lastModified }
`

const writeScript = `
local lastModified = ARGV[3]
if lastModified == '' then
  local now = redis.call('TIME')
  lastModified = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
end
redis.call('HSET', KEYS[1], 'value', ARGV[1], 'tags', ARGV[2], 'lastModified', lastModified)
redis.call('EXPIRE', KEYS[1], ARGV[4])
return lastModified
`

/** The tags an entry depends on: named by the read (fetch cache) or stored with the response. */
const tagsOf = (value: CacheValue, context?: { tags?: string[] }): string[] => {
  const tags = new Set<string>(context?.tags ?? [])
  if (value && 'tags' in value && Array.isArray(value.tags)) {
    for (const tag of value.tags) tags.add(tag)
  }
  if (value && 'headers' in value && value.headers) {
    const header = value.headers[nextCacheTagsHeader]
    if (typeof header === 'string') for (const tag of header.split(',')) if (tag) tags.add(tag)
  }
  return [...tags].filter((tag) => !/\s/.test(tag))
}

/**
 * When a read missed, in Redis's clock: the render that follows may read data an expiry is about
 * to replace, so its entry counts as made when the render began, not when it was stored.
 */
const missedAt = new Map<string, number>()
const rememberMiss = (key: string, at: number) => {
  if (missedAt.size > 10_000) missedAt.clear()
  missedAt.set(key, at)
}

/** The build this server runs: Next passes its `.next/server` folder to every handler. */
const buildIDs = new Map<string, string>()
const buildIDIn = (serverDistDir = ''): string => {
  const known = buildIDs.get(serverDistDir)
  if (known) return known
  let buildID = 'unknown-build'
  try {
    buildID = readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim()
  } catch {
    // Outside a build (tests): one namespace for all.
  }
  buildIDs.set(serverDistDir, buildID)
  return buildID
}

export const createRedisCacheHandler = ({
  client,
  keys,
}: {
  client: () => RedisClient
  keys: RedisKeys
}) =>
  class RedisCacheHandler {
    private readonly buildID: string

    constructor(context?: { serverDistDir?: string }) {
      this.buildID = buildIDIn(context?.serverDistDir)
    }

    async get(key: string, context: GetContext): Promise<CacheHandlerValue | null> {
      const redis = client()
      if (!(await waitUntilReady(redis, firstConnectionWaitMs))) return null
      const extraTags =
        'tags' in context || 'softTags' in context
          ? [
              ...(('tags' in context && context.tags) || []),
              ...(('softTags' in context && context.softTags) || []),
            ]
          : []
      try {
        const reply = (await withinDeadline(
          redis.eval(readScript, {
            arguments: extraTags.filter((tag) => !/\s/.test(tag)),
            keys: [keys.cacheEntry(this.buildID, key), keys.tagExpiries],
          }),
          commandDeadlineMs,
        )) as [number, number] | [number, string, number]
        if (reply[0] === 0) {
          rememberMiss(key, Number(reply[1]))
          return null
        }
        const stored = decodeCacheValue(String(reply[1])) as Partial<StoredEntry> | null
        if (!stored?.value) return null
        return {
          cacheControl: stored.cacheControl,
          lastModified: Number(reply[2]),
          value: stored.value,
        }
      } catch (error) {
        console.error(`Shared cache read failed: ${(error as Error).message}`)
        return null
      }
    }

    async set(key: string, value: CacheValue, context: SetContext): Promise<void> {
      const redis = client()
      const startedAt = missedAt.get(key)
      missedAt.delete(key)
      if (!redis.isReady || value === null) return
      try {
        const written = redis.eval(writeScript, {
          arguments: [
            encodeCacheValue({
              cacheControl: 'cacheControl' in context ? context.cacheControl : undefined,
              value,
            } satisfies StoredEntry),
            tagsOf(value, context as { tags?: string[] }).join(' '),
            startedAt === undefined ? '' : String(startedAt),
            String(entryLifetimeSeconds),
          ],
          keys: [keys.cacheEntry(this.buildID, key)],
        })
        await withinDeadline(written, commandDeadlineMs)
      } catch (error) {
        console.error(`Shared cache write failed: ${(error as Error).message}`)
      }
    }

    async revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void> {
      const redis = client()
      const list = (Array.isArray(tags) ? tags : [tags]).filter((tag) => !/\s/.test(tag))
      if (!redis.isReady || list.length === 0) return
      try {
        await expireTagsInRedis(redis, keys, list, durations?.expire ?? 0)
      } catch (error) {
        console.error(`Shared cache expiry failed: ${(error as Error).message}`)
      }
    }

    resetRequestCache(): void {}
  }

let sharedClient: RedisClient | undefined
const connection = (): RedisClient => {
  const url = redisURL()
  if (!url) throw new Error('The Redis cache handler needs REDIS_URL.')
  sharedClient ??= connectRedis(url, 'shared cache')
  return sharedClient
}

export default createRedisCacheHandler({ client: connection, keys: redisKeys() })
