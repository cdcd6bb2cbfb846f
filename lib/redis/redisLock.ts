import { randomUUID } from 'node:crypto'

import type { RedisClient } from './connectRedis'

const releaseScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`

/**
 * Runs `work` only if no other holder has `key`, holding it at most `ms` (so a server that dies
 * mid-run frees it). Resolves whether the work ran here.
 */
export const runIfUnlocked = async (
  client: RedisClient,
  key: string,
  ms: number,
  work: () => Promise<void>,
): Promise<boolean> => {
  const token = randomUUID()
  if (
    (await client.set(key, token, { condition: 'NX', expiration: { type: 'PX', value: ms } })) !==
    'OK'
  ) {
    return false
  }
  try {
    await work()
  } finally {
    await client.eval(releaseScript, { arguments: [token], keys: [key] }).catch(() => undefined)
  }
  return true
}
