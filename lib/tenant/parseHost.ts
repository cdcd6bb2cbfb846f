/**
 * Turns a Host header into the bare host name a tenant is registered under: lower-case, without
 * port or trailing dot. Anything that is not a plausible host name yields null, so a forged header
 * can never reach a database query or a cache key.
 */
export const parseHost = (header: string | null | undefined): string | null => {
  if (!header) return null
  let host = header.trim().toLowerCase()
  if (host.startsWith('[')) return null // IPv6 literals never name a publication
  host = host.replace(/:\d{1,5}$/, '').replace(/\.$/, '')
  if (host.length === 0 || host.length > 253) return null
  const label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/
  return host.split('.').every((part) => label.test(part)) ? host : null
}

/**
 * The host name a `[host]` route segment names, or null when it is not exactly what parseHost
 * produces. The router only puts valid host names there, but the segment is also reachable as a
 * plain path (`/sites/anything/...`): nothing else may reach a tenant look-up or a cache key.
 */
export const hostFromSegment = (segment: string): string | null => {
  let host: string
  try {
    host = decodeURIComponent(segment)
  } catch {
    return null
  }
  return parseHost(host) === host ? host : null
}

/**
 * Where the router sends a reader request: `/en/guides/x` on `asia.localhost` is served by
 * `/sites/asia.localhost/en/guides/x`. A Host header parseHost refuses is routed as
 * `invalid-host`, which names no publication.
 */
export const readerRoutePath = (hostHeader: string | null | undefined, pathname: string): string =>
  `/sites/${parseHost(hostHeader) ?? 'invalid-host'}${pathname === '/' ? '' : pathname}`
