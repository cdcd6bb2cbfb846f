import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PageCache } from '@/lib/cache/pageCache'
import { pageTagsHeader } from '@/lib/cache/pageTags'
import { servePageCache } from '@/lib/cache/servePageCache'

/**
 * What the Varnish in front learns from a server: the tags of pages it may keep, and nothing
 * for a page an expiry overtook while it was being rendered.
 */
const cache = new PageCache(1024 * 1024)
/** Run by the stand-in for Next while it "renders": lets a test expire tags mid-render. */
let duringRender = () => {}
let server: Server
let port = 0
/** The same pages with no HTTP cache in front, as in the demo. */
let aloneServer: Server
let alonePort = 0

const get = (path: string, to = port): Promise<IncomingMessage['headers']> =>
  new Promise((resolve, reject) => {
    const sent = httpRequest(
      { headers: { host: 'asia.localhost' }, path, port: to },
      (response) => {
        response.resume()
        response.on('end', () => resolve(response.headers))
      },
    )
    sent.on('error', reject)
    sent.end()
  })

const render = (_request: IncomingMessage, response: ServerResponse) => {
  duringRender()
  // Reader pages of a registered host carry its marker tag (see cacheTags.servedHost).
  response.setHeader(pageTagsHeader, 'guide:1 tenants host:asia.localhost')
  response.setHeader('x-nextjs-cache', 'MISS')
  response.setHeader('content-type', 'text/html; charset=utf-8')
  response.end('<p>guide</p>')
}

const listen = async (created: Server): Promise<number> => {
  await new Promise<void>((resolve) => created.listen(0, '127.0.0.1', resolve))
  return (created.address() as AddressInfo).port
}

beforeAll(async () => {
  server = createServer(servePageCache(cache, render, { sendSurrogateKeys: true }))
  port = await listen(server)
  aloneServer = createServer(servePageCache(new PageCache(1024 * 1024), render))
  alonePort = await listen(aloneServer)
})

afterAll(async () => {
  for (const created of [server, aloneServer]) {
    await new Promise<void>((resolve) => created.close(() => resolve()))
  }
})

describe('cache tags for the HTTP cache in front', () => {
  it('should name the tags of a page in Surrogate-Key and Cache-Tag, and keep them on replays', async () => {
    duringRender = () => {}
    const rendered = await get('/en/guides/top-up')
    const replayed = await get('/en/guides/top-up')
    expect([
      rendered['surrogate-key'],
      rendered['cache-tag'],
      rendered[pageTagsHeader],
      replayed['x-page-cache'],
      replayed['surrogate-key'],
    ]).toEqual([
      'guide:1 tenants host:asia.localhost',
      'guide:1,tenants,host:asia.localhost',
      undefined,
      'HIT',
      'guide:1 tenants host:asia.localhost',
    ])
  })

  it('should not offer a page whose render an expiry overtook', async () => {
    duringRender = () => cache.expire(['guide:1'])
    const headers = await get('/en/guides/cancel')
    expect([headers['surrogate-key'], headers['cache-tag']]).toEqual([undefined, undefined])
  })

  it('should send no tags when no HTTP cache is in front', async () => {
    duringRender = () => {}
    const headers = await get('/en/guides/port', alonePort)
    expect([headers['surrogate-key'], headers['cache-tag'], headers[pageTagsHeader]]).toEqual([
      undefined,
      undefined,
      undefined,
    ])
  })
})
