import { NextResponse, type NextRequest } from 'next/server'

import { localeCookieName } from './i18n/negotiateLocale'
import { isLocaleCode } from './i18n/locales'
import { parseHost } from './lib/tenant/parseHost'

/**
 * The reader site is routed by host: `asia.example.com/en/guides/x` is served by
 * `/sites/asia.example.com/en/guides/x`. With the host and locale as route segments, every page
 * is cached per tenant and locale without reading request headers while rendering.
 */
export function proxy(request: NextRequest) {
  const host = parseHost(request.headers.get('host')) ?? 'invalid-host'
  const { pathname } = request.nextUrl
  const url = request.nextUrl.clone()
  url.pathname = `/sites/${host}${pathname === '/' ? '' : pathname}`
  const response = NextResponse.rewrite(url)

  // Reading a page in a language counts as choosing it: `/` sends the reader back there next time.
  const firstSegment = pathname.split('/')[1]
  if (isLocaleCode(firstSegment) && request.cookies.get(localeCookieName)?.value !== firstSegment) {
    response.cookies.set(localeCookieName, firstSegment, {
      maxAge: 60 * 60 * 24 * 365,
      path: '/',
      sameSite: 'lax',
    })
  }
  return response
}

export const config = {
  // Payload's admin and API, Next's assets, the fonts and the health check are not reader pages.
  matcher: ['/((?!api/|api$|admin|_next/|health$|roampress$|fonts/|favicon\\.ico$).*)'],
}
