/**
 * GraphQL over HTTP answers a refused request (a validation error: over a limit, a fragment
 * cycle, signed out) with 400 when the client accepts `application/graphql-response+json`, but
 * with 200 under plain `application/json`, the legacy default. Asking for the former on every
 * request makes a refused query a 4xx for every client; the body is the same JSON either way.
 * https://graphql.github.io/graphql-over-http/draft/#sec-application-graphql-response-json
 */
export const graphQLResponseAccept = 'application/graphql-response+json; charset=utf-8'

export const graphQLPath = '/api/graphql'
