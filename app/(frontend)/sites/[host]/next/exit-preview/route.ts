import { draftMode } from 'next/headers'

import { previewCookieName } from '../../../../../../lib/preview/previewToken'

/** Leaves draft mode and returns to the published page. */
export async function GET(request: Request) {
  const path = new URL(request.url).searchParams.get('path') ?? '/'
  ;(await draftMode()).disable()
  const headers = new Headers({
    'Cache-Control': 'private, no-store',
    Location: path.startsWith('/') && !path.startsWith('//') ? path : '/',
  })
  headers.append('Set-Cookie', `${previewCookieName}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`)
  return new Response(null, { headers, status: 307 })
}
