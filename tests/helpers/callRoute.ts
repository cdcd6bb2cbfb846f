import config from '@payload-config'

import { graphQLResponseAccept } from '@/lib/security/graphqlAccept'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

/**
 * Calls Payload's own REST and GraphQL route handlers (the ones app/(payload)/api mounts) with a
 * Request, the way the server does, so integration tests see real status codes and headers
 * without starting a server.
 */
const handlers = {
  DELETE: REST_DELETE(config),
  GET: REST_GET(config),
  PATCH: REST_PATCH(config),
  POST: REST_POST(config),
}

const origin = 'http://localhost:3000'

/** `path` is the address after /api, e.g. `/guides?where[id][equals]=1`. */
export const callREST = (
  method: keyof typeof handlers,
  path: string,
  init: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<Response> => {
  const url = new URL(`/api${path}`, origin)
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const headers = new Headers(init.headers)
  let body: BodyInit | undefined
  if (init.body !== undefined) {
    body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body)
    if (!headers.has('content-type')) headers.set('content-type', 'application/json')
  }
  const request = new Request(url, { body, headers, method })
  return handlers[method](request, { params: Promise.resolve({ slug }) })
}

export const callGraphQL = (
  query: string,
  headers: Record<string, string> = {},
): Promise<Response> =>
  GRAPHQL_POST(config)(
    new Request(new URL('/api/graphql', origin), {
      body: JSON.stringify({ query }),
      // As proxy.ts forwards every GraphQL request.
      headers: { 'content-type': 'application/json', ...headers, accept: graphQLResponseAccept },
      method: 'POST',
    }),
  )

/** A session header for `user`, as Payload's login would issue it. */
export const bearerFor = (token: string): Record<string, string> => ({
  Authorization: `JWT ${token}`,
})
