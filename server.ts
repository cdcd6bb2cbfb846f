/**
 * The production server (`npm start`): Next's own request handler with the page cache in front
 * of it (lib/cache/servePageCache.ts). A reader page Next has rendered once is then answered
 * from this process's memory without entering Next; revalidation hooks drop it by tag at the
 * same moment they expire Next's cache.
 *
 * PORT (default 3000) and LISTEN_HOST (default: every interface) say where to listen;
 * PAGE_CACHE_MB (default 64) bounds the cache, and 0 turns it off. With several servers,
 * REDIS_URL shares Next's cache and every expiry between them and VARNISH_PURGE_URLS names the
 * Varnish caches in front to purge (README, "Several servers").
 * https://nextjs.org/docs/app/guides/custom-server
 */
import { createServer } from 'node:http'

import next from 'next'

import { holdUntilExpiriesShared } from './lib/cache/holdUntilExpiriesShared'
import { installPageCache, PageCache } from './lib/cache/pageCache'
import { servePageCache } from './lib/cache/servePageCache'
import { startSharing } from './lib/cache/startSharing'
import {
  shouldSendSurrogateKeys,
  varnishPurgeSecret,
  varnishPurgeURLs,
} from './lib/cache/varnishSettings'
import { redisURL } from './lib/redis/redisSettings'
import { withClientAddress } from './lib/security/clientAddress'

const port = Number(process.env.PORT || 3000)
const hostname = process.env.LISTEN_HOST || undefined
const cacheMB = Number(process.env.PAGE_CACHE_MB ?? 64)
if (!Number.isFinite(cacheMB) || cacheMB < 0) {
  console.error(
    `PAGE_CACHE_MB must be a number of megabytes (0 turns the cache off), not "${process.env.PAGE_CACHE_MB}"`,
  )
  process.exit(1)
}

const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? 'localhost', port })

const start = async () => {
  await app.prepare()
  const handle = app.getRequestHandler()
  const pageCache = cacheMB > 0 ? installPageCache(new PageCache(cacheMB * 1024 * 1024)) : undefined
  const purgeTargets = varnishPurgeURLs().map((url) => ({ secret: varnishPurgeSecret(), url }))
  const isShared = Boolean(redisURL()) || purgeTargets.length > 0
  const stopSharing = startSharing({ pageCache, purgeTargets, redisURL: redisURL() })
  const handler = withClientAddress(
    pageCache
      ? servePageCache(pageCache, handle, { sendSurrogateKeys: shouldSendSurrogateKeys() })
      : handle,
  )
  const server = createServer((request, response) => {
    if (isShared && request.url?.startsWith('/api/')) holdUntilExpiriesShared(response)
    Promise.resolve(handler(request, response)).catch((error: unknown) => {
      console.error(error)
      if (!response.headersSent) response.writeHead(500)
      response.end()
    })
  })
  // Node closes an idle kept-alive connection after 5 s, which races a client (or the proxy in
  // front) reusing it: the request then fails with a reset. Clients and proxies keep idle
  // connections for up to a minute, so the server keeps them a little longer than that.
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  server.listen(port, hostname, () => {
    console.log(
      `Roampress listening on http://${hostname ?? 'localhost'}:${port} (page cache: ${
        cacheMB > 0 ? `${cacheMB} MB` : 'off'
      }${redisURL() ? '; shared cache: Redis' : ''}${
        purgeTargets.length > 0 ? `; purging ${purgeTargets.length} Varnish` : ''
      })`,
    )
  })
  const stop = () => {
    void stopSharing()
    server.close(() => process.exit(0))
    // Keep-alive connections would hold close() open; a stopped server has nothing left to send.
    setTimeout(() => process.exit(0), 2000).unref()
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

start().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
