import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync, gzipSync } from 'node:zlib'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { PageCache, type StoredPage } from '@/lib/cache/pageCache'
import { collectPageTags, notePageTags, pageTagsHeader, withPageTags } from '@/lib/cache/pageTags'
import { servePageCache } from '@/lib/cache/servePageCache'

const page = (text: string, tags: string[]): StoredPage => ({
  body: Buffer.from(text),
  headers: { 'content-type': 'text/html; charset=utf-8' },
  status: 200,
  tags,
})

describe('page cache store', () => {
  it('should drop exactly the pages built from an expired tag', () => {
    const cache = new PageCache(1024 * 1024)
    cache.set('a', page('guide in en', ['guide:1', 'guides:7']), cache.generation)
    cache.set('b', page('guide in es', ['guide:1']), cache.generation)
    cache.set('c', page('other guide', ['guide:2']), cache.generation)
    expect(cache.expire(['guide:1'])).toBe(2)
    expect([cache.get('a'), cache.get('b'), cache.get('c')?.body.toString()]).toEqual([
      undefined,
      undefined,
      'other guide',
    ])
  })

  it('should refuse a page whose render started before an expiry', () => {
    const cache = new PageCache(1024 * 1024)
    const startedAt = cache.generation
    cache.expire(['guide:1'])
    expect(cache.set('a', page('old text', ['guide:1']), startedAt)).toBe(false)
    expect(cache.get('a')).toBeUndefined()
  })

  it('should refuse a page that names no tags, since nothing could ever expire it', () => {
    const cache = new PageCache(1024 * 1024)
    expect(cache.set('a', page('text', []), cache.generation)).toBe(false)
  })

  it('should evict the least recently read page when over its byte budget', () => {
    const cache = new PageCache(30)
    cache.set('a', page('0123456789', ['t']), cache.generation)
    cache.set('b', page('0123456789', ['t']), cache.generation)
    cache.get('a')
    cache.set('c', page('0123456789', ['t']), cache.generation)
    expect([cache.get('a') !== undefined, cache.get('b'), cache.get('c') !== undefined]).toEqual([
      true,
      undefined,
      true,
    ])
    expect(cache.storedBytes).toBeLessThanOrEqual(30)
  })
})

describe('page tags', () => {
  it('should collect every tag noted while a page is built, and none outside it', async () => {
    notePageTags(['outside'])
    const { result, tags } = await collectPageTags(async () => {
      notePageTags(['guide:1', 'tenants'])
      await Promise.resolve()
      notePageTags(['guide:1', 'country:3'])
      return 'page'
    })
    expect({ result, tags }).toEqual({ result: 'page', tags: ['guide:1', 'tenants', 'country:3'] })
  })

  it('should name the tags in the response of a wrapped handler', async () => {
    const handler = withPageTags(async () => {
      notePageTags(['guide:1', 'tenants'])
      return new Response('page')
    })
    expect((await handler()).headers.get(pageTagsHeader)).toBe('guide:1 tenants')
  })
})

/** A stand-in for Next: counts its renders and answers the way Next's route cache does. */
type FakeNext = {
  alwaysCompresses: boolean
  body: string
  renders: number
  responseHeaders: Record<string, string>
}

const fakeNext: FakeNext = { alwaysCompresses: false, body: '', renders: 0, responseHeaders: {} }
const cache = new PageCache(1024 * 1024)
let server: Server
let port = 0

const get = (
  path: string,
  headers: Record<string, string> = {},
): Promise<{ body: Buffer; headers: IncomingMessage['headers']; status: number }> =>
  new Promise((resolve, reject) => {
    const sent = httpRequest(
      { headers: { host: 'asia.localhost', ...headers }, path, port },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            body: Buffer.concat(chunks),
            headers: response.headers,
            status: response.statusCode ?? 0,
          }),
        )
      },
    )
    sent.on('error', reject)
    sent.end()
  })

beforeAll(async () => {
  server = createServer(
    servePageCache(cache, (request, response) => {
      fakeNext.renders += 1
      const isGzip =
        fakeNext.alwaysCompresses || /gzip/.test(String(request.headers['accept-encoding']))
      // `{host}` stands for the host the page was built for, as the tenant look-up marks it.
      const host = String(request.headers.host).replace(/:\d+$/, '')
      for (const [name, value] of Object.entries(fakeNext.responseHeaders)) {
        response.appendHeader(name, value.replace('{host}', host))
      }
      response.appendHeader('content-type', 'text/html; charset=utf-8')
      if (isGzip) response.appendHeader('content-encoding', 'gzip')
      const body = isGzip ? gzipSync(fakeNext.body) : Buffer.from(fakeNext.body)
      // Written in two pieces, as Next streams a body.
      response.write(body.subarray(0, 5))
      response.end(body.subarray(5))
    }),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

beforeEach(() => {
  cache.expire(['guide:1', 'tenants'])
  fakeNext.body = '<!DOCTYPE html><h1>Cancel a Jazz SIM</h1>'
  fakeNext.alwaysCompresses = false
  fakeNext.renders = 0
  fakeNext.responseHeaders = {
    [pageTagsHeader]: 'guide:1 tenants host:{host}',
    'x-middleware-rewrite': '/sites/{host}/en/guides/cancel-jazz-sim',
    'x-nextjs-cache': 'HIT',
    'x-nextjs-rewritten-path': '/sites/{host}/en/guides/cancel-jazz-sim',
  }
})

describe('page cache in front of the server', () => {
  it('should answer a repeated request from memory with the same page', async () => {
    const first = await get('/en/guides/cancel-jazz-sim')
    const second = await get('/en/guides/cancel-jazz-sim')
    expect({
      bodies: [first.body.toString(), second.body.toString()],
      cacheHeader: second.headers['x-page-cache'],
      renders: fakeNext.renders,
      type: second.headers['content-type'],
    }).toEqual({
      bodies: [fakeNext.body, fakeNext.body],
      cacheHeader: 'HIT',
      renders: 1,
      type: 'text/html; charset=utf-8',
    })
  })

  it('should answer a repeat visit with 304 when the browser still holds the page', async () => {
    await get('/en/guides/cancel-jazz-sim')
    const stored = await get('/en/guides/cancel-jazz-sim')
    const etag = String(stored.headers.etag)
    const revisit = await get('/en/guides/cancel-jazz-sim', { 'if-none-match': etag })
    cache.expire(['guide:1'])
    fakeNext.body = '<!DOCTYPE html><h1>Cancel a Jazz SIM (updated)</h1>'
    await get('/en/guides/cancel-jazz-sim')
    const changed = await get('/en/guides/cancel-jazz-sim', { 'if-none-match': etag })
    expect([revisit.status, revisit.body.length, changed.status]).toEqual([304, 0, 200])
    expect(changed.body.toString()).toContain('(updated)')
  })

  it('should tell shared caches in front to check a page every time', async () => {
    fakeNext.responseHeaders['cache-control'] = 's-maxage=31536000'
    const first = await get('/en/guides/cancel-jazz-sim')
    const second = await get('/en/guides/cancel-jazz-sim')
    expect([first.headers['cache-control'], second.headers['cache-control']]).toEqual([
      'public, max-age=0, must-revalidate',
      'public, max-age=0, must-revalidate',
    ])
  })

  it('should never let the tags header reach a reader', async () => {
    const first = await get('/en/guides/cancel-jazz-sim')
    const second = await get('/en/guides/cancel-jazz-sim')
    const draft = await get('/en/guides/cancel-jazz-sim', { cookie: '__prerender_bypass=x' })
    expect([first, second, draft].map((response) => response.headers[pageTagsHeader])).toEqual([
      undefined,
      undefined,
      undefined,
    ])
  })

  it('should serve the new page after its tag is expired', async () => {
    await get('/en/guides/cancel-jazz-sim')
    fakeNext.body = '<!DOCTYPE html><h1>Cancel a Jazz SIM (updated)</h1>'
    cache.expire(['guide:1'])
    expect((await get('/en/guides/cancel-jazz-sim')).body.toString()).toContain('(updated)')
  })

  it('should keep pages apart by host', async () => {
    await get('/en')
    fakeNext.body = 'europe home'
    const other = await get('/en', { host: 'europe.localhost' })
    expect([other.body.toString(), fakeNext.renders]).toEqual(['europe home', 2])
  })

  it('should serve one kept page gzipped to clients that accept it and plain to others', async () => {
    await get('/en/guides/cancel-jazz-sim', { 'accept-encoding': 'gzip, deflate, br' })
    const gzip = await get('/en/guides/cancel-jazz-sim', { 'accept-encoding': 'gzip, deflate, br' })
    const plain = await get('/en/guides/cancel-jazz-sim')
    expect({
      encodings: [gzip.headers['content-encoding'], plain.headers['content-encoding']],
      gzip: gunzipSync(gzip.body).toString(),
      hits: [gzip.headers['x-page-cache'], plain.headers['x-page-cache']],
      plain: plain.body.toString(),
      renders: fakeNext.renders,
    }).toEqual({
      encodings: ['gzip', undefined],
      gzip: fakeNext.body,
      hits: ['HIT', 'HIT'],
      plain: fakeNext.body,
      renders: 1,
    })
  })

  it('should pass on a body Next compressed without keeping it', async () => {
    fakeNext.alwaysCompresses = true
    const first = await get('/en/guides/cancel-jazz-sim', { 'accept-encoding': 'gzip' })
    const second = await get('/en/guides/cancel-jazz-sim', { 'accept-encoding': 'gzip' })
    expect([
      gunzipSync(second.body).toString(),
      first.headers['x-page-cache'],
      fakeNext.renders,
    ]).toEqual([fakeNext.body, undefined, 2])
  })

  it('should never serve or keep a page for someone in draft mode or preview', async () => {
    await get('/en/guides/cancel-jazz-sim', { cookie: '__prerender_bypass=abc' })
    await get('/en/guides/cancel-jazz-sim', { cookie: 'roampress-preview=token' })
    await get('/en/guides/cancel-jazz-sim')
    await get('/en/guides/cancel-jazz-sim', { cookie: '__prerender_bypass=abc' })
    expect(fakeNext.renders).toBe(4)
  })

  it('should not keep a page Next did not cache, one that sets a cookie, or one without tags', async () => {
    const variants: Record<string, string>[] = [
      { [pageTagsHeader]: 'guide:1' },
      { [pageTagsHeader]: 'guide:1', 'set-cookie': 'a=b', 'x-nextjs-cache': 'MISS' },
      { 'x-nextjs-cache': 'MISS' },
    ]
    for (const responseHeaders of variants) {
      fakeNext.responseHeaders = responseHeaders
      await get('/en/search?q=jazz')
      await get('/en/search?q=jazz')
    }
    expect(fakeNext.renders).toBe(6)
  })

  it('should pass admin and API requests straight to Next', async () => {
    await get('/api/guides')
    await get('/api/guides')
    expect(fakeNext.renders).toBe(2)
  })

  it('should never keep a page built for a host no tenant registered', async () => {
    fakeNext.responseHeaders[pageTagsHeader] = 'guide:1 tenants'
    await get('/en', { host: 'unknown.example' })
    await get('/en', { host: 'unknown.example' })
    expect([fakeNext.renders, cache.storedBytes]).toEqual([2, 0])
  })

  it('should never keep a page under a host other than the one it was built for', async () => {
    fakeNext.responseHeaders[pageTagsHeader] = 'guide:1 tenants host:asia.localhost'
    await get('/en', { host: 'other.localhost' })
    await get('/en', { host: 'other.localhost' })
    expect([fakeNext.renders, cache.storedBytes]).toEqual([2, 0])
  })

  it('should serve an address with a query from the page’s own entry without storing it', async () => {
    const fromQuery = await get('/en/guides/cancel-jazz-sim?x=1')
    const afterQuery = await get('/en/guides/cancel-jazz-sim?x=2')
    const storedAfterQueries = cache.storedBytes
    await get('/en/guides/cancel-jazz-sim')
    const withQuery = await get('/en/guides/cancel-jazz-sim?x=3')
    expect({
      hits: [fromQuery, afterQuery, withQuery].map((response) => response.headers['x-page-cache']),
      renders: fakeNext.renders,
      storedAfterQueries,
    }).toEqual({ hits: [undefined, undefined, 'HIT'], renders: 3, storedAfterQueries: 0 })
  })

  it('should keep one entry per page whatever the port, case or percent-encoding of the address', async () => {
    await get('/en/guides/cancel-jazz-sim', { host: 'asia.localhost:3000' })
    const bytes = cache.storedBytes
    const variants = await Promise.all([
      get('/en/guides/cancel-jazz-sim', { host: 'ASIA.localhost:8080' }),
      get('/en/guides/cancel-jazz-s%69m', { host: 'asia.localhost.' }),
    ])
    expect({
      bytes: cache.storedBytes,
      hits: variants.map((response) => response.headers['x-page-cache']),
      renders: fakeNext.renders,
    }).toEqual({ bytes, hits: ['HIT', 'HIT'], renders: 1 })
  })

  it('should not tell readers where the router sent their request', async () => {
    const first = await get('/en/guides/cancel-jazz-sim')
    const second = await get('/en/guides/cancel-jazz-sim')
    const draft = await get('/en/guides/cancel-jazz-sim', { cookie: '__prerender_bypass=x' })
    expect(
      [first, second, draft].flatMap((response) => [
        response.headers['x-middleware-rewrite'],
        response.headers['x-nextjs-rewritten-path'],
      ]),
    ).toEqual([undefined, undefined, undefined, undefined, undefined, undefined])
  })

  it('should tell every cache that a draft-mode or preview page is private', async () => {
    fakeNext.responseHeaders['cache-control'] = 's-maxage=31536000'
    const draft = await get('/en/guides/cancel-jazz-sim', { cookie: '__prerender_bypass=abc' })
    const preview = await get('/en/guides/cancel-jazz-sim', { cookie: 'roampress-preview=token' })
    expect([draft.headers['cache-control'], preview.headers['cache-control']]).toEqual([
      'private, no-store',
      'private, no-store',
    ])
  })

  it('should answer a reload that asks for a fresh copy from Next', async () => {
    await get('/en/guides/cancel-jazz-sim')
    await get('/en/guides/cancel-jazz-sim', { 'cache-control': 'no-cache' })
    expect(fakeNext.renders).toBe(2)
  })
})
