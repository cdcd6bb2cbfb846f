/**
 * Where the shared cache lives when several servers run: REDIS_URL turns it on (unset: every
 * cache stays in the server's own memory, as a single server needs). REDIS_KEY_PREFIX keeps
 * installations, or test runs, that share one Redis apart. Reads the environment only.
 */
export const redisURL = (): string | undefined => process.env.REDIS_URL || undefined

export const redisKeyPrefix = (): string => process.env.REDIS_KEY_PREFIX || 'roampress:'

/** Every key and channel the servers share, built in one place. */
export const redisKeys = (prefix: string = redisKeyPrefix()) => ({
  /**
   * One entry of Next's cache (a rendered page or a cached read), a hash. Entries belong to one
   * build, as Next's own cache folder does: a new deployment starts rendering afresh while
   * every build shares the tag expiries.
   */
  cacheEntry: (buildID: string, key: string) => `${prefix}next:${buildID}:entry:${key}`,
  /** When each cache tag was last expired, in Redis's clock (ms): a hash tag -> time. */
  tagExpiries: `${prefix}next:tag-expiries`,
  /** Grows by one with every expiry: a server compares it with the last one it applied. */
  expirySequence: `${prefix}expiry:sequence`,
  /** Carries every expiry to every server's page cache. */
  expiryChannel: `${prefix}expiry:channel`,
  /** Held by the one server running due jobs. */
  jobRunnerLock: `${prefix}jobs:runner-lock`,
})

export type RedisKeys = ReturnType<typeof redisKeys>
