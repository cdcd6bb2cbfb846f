import { randomUUID } from 'node:crypto'
import { connect, createServer as createNetServer, type AddressInfo, type Socket } from 'node:net'

import { afterAll, describe, expect, it } from 'vitest'

import { followExpiries } from '@/lib/cache/followExpiries'
import { PageCache, type StoredPage } from '@/lib/cache/pageCache'
import { createRedisCacheHandler } from '@/lib/cache/redisCacheHandler'
import { decodeCacheValue, encodeCacheValue } from '@/lib/redis/cacheValueCodec'
import { connectRedis, waitUntilReady, type RedisClient } from '@/lib/redis/connectRedis'
import { expireTagsInRedis, parseExpiryMessage } from '@/lib/redis/expireTagsInRedis'
import { runIfUnlocked } from '@/lib/redis/redisLock'
import { redisKeys } from '@/lib/redis/redisSettings'
import { deleteRedisKeys } from '@/scripts/lib/cluster/checkPrerequisites'

// Runs against a Redis server under a prefix of its own, removed afterwards. A machine without
// Redis (a fresh laptop) skips it and says so; CI sets TEST_REDIS_URL.
const url = process.env.TEST_REDIS_URL ?? ''
if (!url) {
  console.log(
    'Redis suite skipped: set TEST_REDIS_URL (for example redis://127.0.0.1:6379) to run it.',
  )
}
const describeWithRedis = describe.skipIf(!url)
const prefix = `roampress-test:${randomUUID()}:`
const keys = redisKeys(prefix)
const clients: RedisClient[] = []
const stops: (() => Promise<void>)[] = []

/** A connection of its own, as a second server would have. */
const server = async (): Promise<RedisClient> => {
  const client = connectRedis(url, 'test')
  clients.push(client)
  await waitUntilReady(client, 5000)
  return client
}

const handlerOn = (client: RedisClient) =>
  new (createRedisCacheHandler({ client: () => client, keys }))()

// What Next stores for a route handler's response (CachedRouteKind.APP_ROUTE).
const routeResponse = (text: string, tags: string[]) =>
  ({
    body: Buffer.from(text),
    headers: { 'content-type': 'text/html', 'x-next-cache-tags': tags.join(',') },
    kind: 'APP_ROUTE',
    status: 200,
  }) as never

const routeContext = { isFallback: false, kind: 'APP_ROUTE' } as never
const setContext = { cacheControl: { expire: undefined, revalidate: false } } as never

const bodyOf = (entry: Awaited<ReturnType<ReturnType<typeof handlerOn>['get']>>) =>
  (entry?.value as { body?: Buffer } | null | undefined)?.body?.toString()

const page = (tags: string[]): StoredPage => ({
  body: Buffer.from('x'),
  headers: {},
  status: 200,
  tags,
})

const until = async (check: () => boolean, ms = 5000) => {
  const started = Date.now()
  while (!check() && Date.now() - started < ms) await new Promise((r) => setTimeout(r, 20))
  return check()
}

afterAll(async () => {
  if (!url) return
  for (const stop of stops) await stop()
  for (const client of clients) await client.close().catch(() => undefined)
  await deleteRedisKeys(url, prefix)
})

describeWithRedis('shared Next cache in Redis', () => {
  it('should give a page rendered on one server to another', async () => {
    const [first, second] = [handlerOn(await server()), handlerOn(await server())]
    await first.get('/asia/en/guides/top-up', routeContext)
    await first.set('/asia/en/guides/top-up', routeResponse('top up', ['guide:1']), setContext)
    const found = await second.get('/asia/en/guides/top-up', routeContext)
    // Without the route's lifetime the other server would call the page stale after a second.
    expect([bodyOf(found), found?.cacheControl]).toEqual([
      'top up',
      { expire: undefined, revalidate: false },
    ])
  })

  it('should miss a page on every server once one server expired one of its tags', async () => {
    const [first, second] = [handlerOn(await server()), handlerOn(await server())]
    await first.set(
      '/asia/en/guides/cancel',
      routeResponse('cancel', ['guide:2', 'guides:1']),
      setContext,
    )
    await second.revalidateTag(['guides:1'], { expire: 0 })
    expect([
      await first.get('/asia/en/guides/cancel', routeContext),
      await second.get('/asia/en/guides/cancel', routeContext),
    ]).toEqual([null, null])
  })

  it('should keep a page rendered after the expiry of its tag', async () => {
    const handler = handlerOn(await server())
    await handler.revalidateTag('guide:3')
    await new Promise((resolve) => setTimeout(resolve, 5))
    await handler.get('/asia/en/guides/port', routeContext)
    await handler.set('/asia/en/guides/port', routeResponse('port', ['guide:3']), setContext)
    expect(bodyOf(await handler.get('/asia/en/guides/port', routeContext))).toBe('port')
  })

  it('should not keep a page whose render began before an expiry that landed meanwhile', async () => {
    const [renderer, editor] = [handlerOn(await server()), handlerOn(await server())]
    await renderer.get('/asia/en/guides/activate', routeContext)
    await editor.revalidateTag('guide:4')
    await renderer.set(
      '/asia/en/guides/activate',
      routeResponse('old text', ['guide:4']),
      setContext,
    )
    expect(await renderer.get('/asia/en/guides/activate', routeContext)).toBeNull()
  })

  it('should miss a cached read once a tag it was read with expires', async () => {
    const handler = handlerOn(await server())
    const read = {
      data: { body: '[1]', headers: {}, status: 200 },
      kind: 'FETCH',
      revalidate: false,
    }
    await handler.set('read-countries', read as never, { fetchCache: true, tags: ['countries'] })
    const context = { kind: 'FETCH', softTags: [], tags: ['countries'] } as never
    expect((await handler.get('read-countries', context))?.value).toEqual(read)
    await handler.revalidateTag('countries')
    expect(await handler.get('read-countries', context)).toBeNull()
  })

  it('should miss instead of failing while Redis is unreachable', async () => {
    const unreachable = connectRedis('redis://127.0.0.1:1', 'unreachable test')
    clients.push(unreachable)
    const handler = handlerOn(unreachable)
    expect(await handler.get('/asia/en/guides/top-up', routeContext)).toBeNull()
    await expect(
      handler.set('/asia/en/guides/top-up', routeResponse('x', ['guide:1']), setContext),
    ).resolves.toBeUndefined()
  })

  it('should store Buffers and Maps of a rendered page unchanged', () => {
    const value = {
      rscData: Buffer.from([0, 1, 255]),
      segmentData: new Map([['/a', Buffer.from('s')]]),
    }
    expect(decodeCacheValue(encodeCacheValue(value))).toEqual(value)
  })
})

describeWithRedis('expiry broadcast', () => {
  it('should number every expiry and announce its tags', async () => {
    const [publisher, listener] = [await server(), await server()]
    const messages: string[] = []
    await listener.subscribe(keys.expiryChannel, (text) => messages.push(text))
    const first = await expireTagsInRedis(publisher, keys, ['guide:1', 'tenants'])
    const second = await expireTagsInRedis(publisher, keys, ['countries'])
    await until(() => messages.length === 2)
    await listener.unsubscribe(keys.expiryChannel)
    expect(messages.map(parseExpiryMessage)).toEqual([
      { sequence: first, tags: ['guide:1', 'tenants'] },
      { sequence: first + 1, tags: ['countries'] },
    ])
    expect(second).toBe(first + 1)
  })

  it("should drop a page from every server's page cache when any server expires its tag", async () => {
    const caches = [new PageCache(1024 * 1024), new PageCache(1024 * 1024)]
    for (const cache of caches) stops.push(followExpiries(cache, url, keys, await server()))
    expect(
      await until(() =>
        caches.every((cache) => cache.set('k', page(['guide:9']), cache.generation)),
      ),
    ).toBe(true)
    await expireTagsInRedis(await server(), keys, ['guide:9'])
    expect(await until(() => caches.every((cache) => cache.get('k') === undefined))).toBe(true)
  })

  it('should keep a page cache out of use while it cannot hear Redis', async () => {
    const cache = new PageCache(1024 * 1024)
    stops.push(followExpiries(cache, 'redis://127.0.0.1:1', keys, await server()))
    await new Promise((resolve) => setTimeout(resolve, 1200))
    expect(cache.set('k', page(['guide:9']), cache.generation)).toBe(false)
  })

  it('should stop serving pages when Redis stops answering without closing the connection', async () => {
    const redisPort = Number(new URL(url).port || 6379)
    let isCut = false
    const sockets: Socket[] = []
    // Passes traffic to Redis until the cut, then drops it silently, as a broken network does.
    const network = createNetServer((client) => {
      const upstream = connect(redisPort, new URL(url).hostname)
      sockets.push(client, upstream)
      client.on('data', (data) => void (isCut || upstream.write(data)))
      upstream.on('data', (data) => void (isCut || client.write(data)))
      for (const socket of [client, upstream]) socket.on('error', () => undefined)
    })
    await new Promise<void>((resolve) => network.listen(0, '127.0.0.1', resolve))
    const throughNetwork = `redis://127.0.0.1:${(network.address() as AddressInfo).port}`
    const commands = connectRedis(throughNetwork, 'cut test')
    const cache = new PageCache(1024 * 1024)
    const stop = followExpiries(cache, throughNetwork, keys, commands)
    expect(await until(() => cache.set('k', page(['guide:9']), cache.generation))).toBe(true)
    isCut = true
    expect(await until(() => cache.get('k') === undefined)).toBe(true)
    await stop()
    commands.destroy()
    for (const socket of sockets) socket.destroy()
    await new Promise<void>((resolve) => network.close(() => resolve()))
  })

  it('should ignore a malformed message rather than trust it', () => {
    expect([parseExpiryMessage('not json'), parseExpiryMessage('{"tags":["a"]}')]).toEqual([
      null,
      null,
    ])
  })
})

describeWithRedis('job runner lock', () => {
  it('should run a round on one server only when two ask at once', async () => {
    const [first, second] = [await server(), await server()]
    let runs = 0
    const work = async () => {
      runs += 1
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const ran = await Promise.all([
      runIfUnlocked(first, keys.jobRunnerLock, 10_000, work),
      runIfUnlocked(second, keys.jobRunnerLock, 10_000, work),
    ])
    expect([runs, ran.filter(Boolean).length]).toEqual([1, 1])
    expect(await runIfUnlocked(second, keys.jobRunnerLock, 10_000, work)).toBe(true)
  })
})
