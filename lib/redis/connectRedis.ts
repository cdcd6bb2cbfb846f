import { createClient } from 'redis'

const createRedisClient = (url: string) =>
  createClient({
    disableOfflineQueue: true,
    // A connection that silently stopped answering (a network cut without a reset) is noticed.
    pingInterval: 5000,
    socket: {
      connectTimeout: 2000,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000),
    },
    url,
  })

export type RedisClient = ReturnType<typeof createRedisClient>

/**
 * A Redis connection that never takes a request down with it: commands fail fast while Redis is
 * away (no offline queue), the client keeps reconnecting, and errors are logged once per outage.
 */
export const connectRedis = (url: string, name: string): RedisClient => {
  const client = createRedisClient(url)
  let isDown = false
  client.on('error', (error: Error) => {
    if (isDown) return
    isDown = true
    console.error(`Redis (${name}) unavailable: ${error.message}`)
  })
  client.on('ready', () => {
    if (isDown) console.log(`Redis (${name}) available again.`)
    isDown = false
  })
  client.connect().catch(() => {
    // Reported by the error handler above; the client keeps trying.
  })
  return client
}

/** Resolves whether the connection can take commands, waiting at most `ms` for it. */
export const waitUntilReady = (client: RedisClient, ms: number): Promise<boolean> => {
  if (client.isReady) return Promise.resolve(true)
  return new Promise((resolve) => {
    const onReady = () => {
      clearTimeout(timer)
      resolve(true)
    }
    const timer = setTimeout(() => {
      client.off('ready', onReady)
      resolve(client.isReady)
    }, ms)
    client.once('ready', onReady)
  })
}

/**
 * A Redis reply, or a failure after `ms`: a stalled connection then costs a request `ms`, not an
 * indefinite wait (node-redis cannot take back a command once it is on the wire).
 */
export const withinDeadline = <Result>(reply: Promise<Result>, ms: number): Promise<Result> => {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms)
  })
  return Promise.race([reply, deadline]).finally(() => clearTimeout(timer))
}
