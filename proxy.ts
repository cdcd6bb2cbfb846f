import { NextResponse, type NextRequest } from 'next/server'

import { graphQLPath, graphQLResponseAccept } from './lib/security/graphqlAccept'
import { listingPagePath } from './lib/site/listingPagePath'
import { readerRoutePath } from './lib/tenant/parseHost'

/**
 * The reader site is routed by host: the host becomes a route segment and the locale is the
 * next one, so every page is cached per publication and locale without reading request headers
 * while rendering. Cached pages are mostly answered by the page cache in front of Next
 * (server.ts) before this runs at all.
 * https://nextjs.org/docs/app/api-reference/file-conventions/proxy
 */
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === graphQLPath) {
    const headers = new Headers(request.headers)
    headers.set('accept', graphQLResponseAccept)
    return NextResponse.next({ request: { headers } })
  }
  const url = request.nextUrl.clone()
  const { pathname, searchParams } = request.nextUrl
  const path = listingPagePath(pathname, searchParams.get('page')) ?? pathname
  url.pathname = readerRoutePath(request.headers.get('host'), path)
  return NextResponse.rewrite(url)
}

export const config = {
  // Payload's admin and API, Next's assets, public files and the health check are not reader
  // pages; GraphQL passes through only to have its refusals answered as errors (graphqlAccept.ts).
  matcher: [
    '/api/graphql',
    '/((?!api/|api$|admin|_next/|health$|roampress$|assets/|favicon\\.ico$).*)',
  ],
}
