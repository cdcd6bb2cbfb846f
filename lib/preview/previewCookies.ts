import { previewCookieName } from './previewToken'

/** The cookie Next.js uses to switch draft mode on (see next/headers draftMode). */
export const draftModeCookieName = '__prerender_bypass'

/**
 * The admin's Live Preview shows the reader page in a frame of another site (the admin's host),
 * where browsers drop ordinary cookies. Partitioned cookies (SameSite=None; Secure; Partitioned)
 * are kept for that frame only; they need HTTPS, or a localhost host name as in the demo.
 */
export type PreviewOrigin = { hostname: string; isHttps: boolean }

/** Behind a TLS-terminating proxy the request itself arrives over plain HTTP. */
export const previewOriginOf = (request: Request): PreviewOrigin => {
  const url = new URL(request.url)
  return {
    hostname: url.hostname,
    isHttps: url.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https',
  }
}

const canPartition = ({ hostname, isHttps }: PreviewOrigin) =>
  isHttps || /(^|\.)localhost$/.test(hostname)

export const previewCookieHeaders = ({
  draftModeValue,
  maxAgeSeconds,
  origin,
  token,
}: {
  draftModeValue: string | undefined
  maxAgeSeconds: number
  origin: PreviewOrigin
  token: string
}): string[] => {
  const secure = origin.isHttps ? '; Secure' : ''
  const headers = [
    `${previewCookieName}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`,
  ]
  if (canPartition(origin)) {
    const framed = `Path=/; HttpOnly; SameSite=None; Secure; Partitioned; Max-Age=${maxAgeSeconds}`
    headers.push(`${previewCookieName}=${token}; ${framed}`)
    if (draftModeValue) headers.push(`${draftModeCookieName}=${draftModeValue}; ${framed}`)
  }
  return headers
}

export const clearPreviewCookieHeaders = (origin: PreviewOrigin): string[] => [
  `${previewCookieName}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`,
  ...(canPartition(origin)
    ? [previewCookieName, draftModeCookieName].map(
        (name) => `${name}=; Path=/; HttpOnly; SameSite=None; Secure; Partitioned; Max-Age=0`,
      )
    : []),
]
