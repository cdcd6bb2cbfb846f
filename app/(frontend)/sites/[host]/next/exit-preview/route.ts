import { draftMode } from 'next/headers'

import { clearPreviewCookieHeaders, previewOriginOf } from '@/lib/preview/previewCookies'
import { sameHostPath } from '@/lib/security/sameHostPath'

/** Leaves draft mode and returns to the published page. */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const path = sameHostPath(url.searchParams.get('path')) ?? '/'
  ;(await draftMode()).disable()
  const headers = new Headers({
    'Cache-Control': 'private, no-store',
    Location: path,
  })
  for (const cookie of clearPreviewCookieHeaders(previewOriginOf(request))) {
    headers.append('Set-Cookie', cookie)
  }
  return new Response(null, { headers, status: 307 })
}
