import { createHash } from 'node:crypto'
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'

import { draftModeCookieName } from '@/lib/preview/previewCookies'
import { previewCookieName } from '@/lib/preview/previewToken'
import { listingPageQuery } from '@/lib/site/listingPagePath'
import { parseHost } from '@/lib/tenant/parseHost'
import type { PageCache, StoredPage } from './pageCache'
import { pageTagsHeader, parsePageTags } from './pageTags'
import { cacheTags } from './tags'

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown

/** Paths that are never reader pages: Payload's admin and API, Next's own assets. */
const isNeverAPage = (url: string): boolean =>
  url.startsWith('/api/') || url.startsWith('/admin') || url.startsWith('/_next/')

/** Draft mode and preview show unpublished text to one person: never served from, nor kept in, the cache. */
const isPreviewing = (request: IncomingMessage): boolean => {
  const cookie = request.headers.cookie
  return (
    cookie !== undefined &&
    (cookie.includes(`${draftModeCookieName}=`) || cookie.includes(`${previewCookieName}=`))
  )
}

/** A reload that asks for a fresh copy goes to Next (whose own cache still answers it). */
const isAskingForFreshCopy = (request: IncomingMessage): boolean =>
  /no-cache|no-store/.test(String(request.headers['cache-control'] ?? '')) ||
  request.headers.pragma === 'no-cache'

/** Whether the client takes gzip: pages are kept uncompressed and gzipped once, when stored. */
const acceptsGzip = (request: IncomingMessage): boolean =>
  /\bgzip\b(?!;\s*q=0(?:\.0*)?\b)/.test(String(request.headers['accept-encoding'] ?? ''))

/**
 * The one address a reader page is kept under: the host name as parseHost gives it (no port, no
 * trailing dot) and the path with every character percent-encoded the one way browsers do it.
 * Null when the request cannot name a kept page at all.
 */
const canonicalAddress = (request: IncomingMessage): { host: string; path: string } | null => {
  const host = parseHost(request.headers.host)
  const [path, query = ''] = (request.url ?? '/').split('#')[0].split('?')
  if (host === null || !path.startsWith('/')) return null
  try {
    const canonicalPath = encodeURI(decodeURI(path))
    // The page of a hub's listing is part of its address; any other query is not.
    const pageQuery = listingPageQuery(canonicalPath, query)
    if (pageQuery === null) return null
    return { host, path: pageQuery ? `${canonicalPath}?${pageQuery}` : canonicalPath }
  } catch {
    return null
  }
}

export const pageCacheKey = ({ host, path }: { host: string; path: string }): string =>
  `${host} ${path}`

/**
 * Only the canonical address itself may create a cache entry. Another spelling of it (a query
 * string the page does not read, `%78` for `x`) is served from the canonical entry when there is
 * one and never stored, so nobody can fill the cache with copies of a page and push real pages out.
 */
const isCanonicalRequest = (request: IncomingMessage, path: string): boolean => request.url === path

/**
 * Next marks cached pages `s-maxage=31536000`, for a CDN that its host purges on every expiry.
 * Any other shared cache in front of this server would keep a page for a year after it changed:
 * tagged pages may be stored but must be checked every time (the ETag makes that cheap).
 */
const revalidateEveryTime = 'public, max-age=0, must-revalidate'

/** Headers that describe one delivery, not the page: recomputed or left out when replaying it. */
const perDeliveryHeaders = new Set([
  'connection',
  'content-length',
  'date',
  'keep-alive',
  'transfer-encoding',
  'vary',
  'x-middleware-rewrite',
  'x-nextjs-cache',
])

const replayableHeaders = (headers: OutgoingHttpHeaders): Record<string, string | string[]> => {
  const kept: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || perDeliveryHeaders.has(name.toLowerCase())) continue
    kept[name] = Array.isArray(value) ? value : String(value)
  }
  return kept
}

const sendStored = (request: IncomingMessage, response: ServerResponse, page: StoredPage) => {
  const etag = page.headers.etag
  if (typeof etag === 'string' && request.headers['if-none-match'] === etag) {
    response.writeHead(304, {
      'cache-control': revalidateEveryTime,
      etag,
      vary: 'Accept-Encoding',
      'x-page-cache': 'HIT',
    })
    response.end()
    return
  }
  const isGzip = page.gzipBody !== undefined && acceptsGzip(request)
  const body = isGzip ? page.gzipBody! : page.body
  response.writeHead(page.status, {
    ...page.headers,
    ...(isGzip ? { 'content-encoding': 'gzip' } : {}),
    'content-length': String(body.length),
    vary: 'Accept-Encoding',
    'x-page-cache': 'HIT',
  })
  response.end(body)
}

type Chunk = Buffer | string | Uint8Array

const toBuffer = (chunk: Chunk, encoding?: unknown): Buffer =>
  Buffer.isBuffer(chunk)
    ? chunk
    : typeof chunk === 'string'
      ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
      : Buffer.from(chunk)

/**
 * Headers in which Next tells its own layers where proxy.ts routed a request (the `/sites/{host}`
 * path): internal detail that readers never need.
 */
const routingHeaders = [
  'x-middleware-rewrite',
  'x-nextjs-rewritten-path',
  'x-nextjs-rewritten-query',
]

/**
 * Lets Next answer, taking the tags and routing headers off whatever it sends. With an address,
 * the response is also recorded, and kept only when it is a complete 200 that Next served from or
 * into its own cache, that sets no cookie and that names the tags it was built from, the marker
 * of a registered host among them.
 */
const answerThroughNext = (
  options: PageCacheOptions,
  cache: PageCache,
  address: { host: string; path: string } | null,
  request: IncomingMessage,
  response: ServerResponse,
  handle: Handler,
) => {
  // Draft-mode and preview pages hold one person's unpublished text: no cache may keep them.
  const isPrivate = isPreviewing(request)
  const generation = cache.generation
  const chunks: Buffer[] = []
  let tags: string[] = []
  let headers: OutgoingHttpHeaders = {}

  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse
  response.writeHead = ((...args: unknown[]) => {
    tags = parsePageTags(response.getHeader(pageTagsHeader)?.toString())
    response.removeHeader(pageTagsHeader)
    for (const name of routingHeaders) response.removeHeader(name)
    if (isPrivate) response.setHeader('cache-control', 'private, no-store')
    else if (tags.length > 0) response.setHeader('cache-control', revalidateEveryTime)
    const isCachedByNext = ['HIT', 'MISS'].includes(String(response.getHeader('x-nextjs-cache')))
    // A page whose render an expiry overtook may hold what it expired, and the purge has passed.
    const isCurrent = cache.generation === generation
    const isKeepable =
      !isPrivate && address !== null && tags.includes(cacheTags.servedHost(address.host))
    if (isKeepable && isCachedByNext && isCurrent && options.sendSurrogateKeys) {
      // For the HTTP cache in front (deploy/varnish), which keeps what this cache would keep,
      // indexes it by these tags and strips them before readers.
      response.setHeader('surrogate-key', tags.join(' '))
      response.setHeader('cache-tag', tags.join(','))
    }
    const extra = args.find(
      (arg): arg is OutgoingHttpHeaders =>
        typeof arg === 'object' && arg !== null && !Array.isArray(arg),
    )
    if (extra) {
      for (const name of Object.keys(extra)) {
        if (routingHeaders.includes(name.toLowerCase())) delete extra[name]
      }
    }
    headers = { ...response.getHeaders(), ...extra }
    return writeHead(...args)
  }) as ServerResponse['writeHead']
  if (address === null) return handle(request, response)
  // Next then answers uncompressed, which is the copy kept; the cache gzips it once itself.
  delete request.headers['accept-encoding']

  const write = response.write.bind(response) as (...args: unknown[]) => boolean
  response.write = ((chunk: Chunk, ...rest: unknown[]) => {
    if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, rest[0]))
    return write(chunk, ...rest)
  }) as ServerResponse['write']

  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') {
      chunks.push(toBuffer(chunk as Chunk, rest[0]))
    }
    return end(chunk, ...rest)
  }) as ServerResponse['end']

  response.on('finish', () => {
    const servedByNextCache = ['HIT', 'MISS'].includes(String(headers['x-nextjs-cache']))
    // A body Next compressed is passed on but not kept: the cache keeps the plain one.
    const encoding = String(headers['content-encoding'] ?? 'identity')
    // A page for a host no tenant registered (any Host header reaches the server) is never kept.
    const isForRegisteredHost = tags.includes(cacheTags.servedHost(address.host))
    if (
      response.statusCode !== 200 ||
      !servedByNextCache ||
      !isForRegisteredHost ||
      headers['set-cookie'] !== undefined ||
      encoding !== 'identity'
    ) {
      return
    }
    const body = Buffer.concat(chunks)
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
    cache.set(
      pageCacheKey(address),
      {
        body,
        gzipBody: gzipSync(body),
        headers: { ...replayableHeaders(headers), etag },
        status: 200,
        tags,
      },
      generation,
    )
  })
  return handle(request, response)
}

export type PageCacheOptions = { sendSurrogateKeys?: boolean }

/**
 * Puts the page cache in front of Next's request handler. Reader pages are answered from memory
 * when present; every other request, and every page not yet kept, goes to Next unchanged.
 */
export const servePageCache =
  (cache: PageCache, handle: Handler, options: PageCacheOptions = {}): Handler =>
  (request, response) => {
    const url = request.url ?? '/'
    if (isNeverAPage(url)) return handle(request, response)
    if (request.method !== 'GET' || isPreviewing(request) || isAskingForFreshCopy(request)) {
      return answerThroughNext(options, cache, null, request, response, handle)
    }
    const address = canonicalAddress(request)
    const stored = address && cache.get(pageCacheKey(address))
    if (stored) return sendStored(request, response, stored)
    const isKept = address !== null && isCanonicalRequest(request, address.path)
    return answerThroughNext(options, cache, isKept ? address : null, request, response, handle)
  }
