import { cookies, draftMode } from 'next/headers'

import {
  draftModeCookieName,
  previewCookieHeaders,
  previewOriginOf,
} from '@/lib/preview/previewCookies'
import { verifyPreviewToken } from '@/lib/preview/previewToken'
import { sameHostPath } from '@/lib/security/sameHostPath'

/**
 * Entered from the admin's Preview button with a signed token: turns on draft mode for this
 * browser on this publication's host and opens the page. Without a valid token nothing changes.
 */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const token = url.searchParams.get('token')
  const path = sameHostPath(url.searchParams.get('path'))
  if (path === null) {
    return new Response('The preview link does not name a page of this site to open.', {
      headers: { 'Cache-Control': 'private, no-store' },
      status: 400,
    })
  }
  const claims = verifyPreviewToken(token)
  if (!claims) {
    return new Response(
      'This preview link is invalid or has expired. Open the preview again from the admin.',
      { headers: { 'Cache-Control': 'private, no-store' }, status: 401 },
    )
  }
  const mode = await draftMode()
  mode.enable()
  const seconds = Math.max(60, Math.floor((claims.expiresAt - Date.now()) / 1000))
  const headers = new Headers({ 'Cache-Control': 'private, no-store', Location: path })
  const draftModeValue = (await cookies()).get(draftModeCookieName)?.value
  const origin = previewOriginOf(request)
  const maxAgeSeconds = seconds
  for (const cookie of previewCookieHeaders({
    draftModeValue,
    maxAgeSeconds,
    origin,
    token: token as string,
  })) {
    headers.append('Set-Cookie', cookie)
  }
  return new Response(null, { headers, status: 307 })
}
