import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * The header through which the production server tells Payload who is calling: the socket's
 * address, or with TRUST_PROXY=true the address the proxy in front appended last to
 * X-Forwarded-For. Whatever a client sends under this name is overwritten, so it cannot be forged.
 */
export const clientAddressHeader = 'x-roampress-client-address'

export const clientAddressOf = (request: IncomingMessage): string => {
  const forwarded = String(request.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  if (process.env.TRUST_PROXY === 'true' && forwarded.length > 0) return forwarded.at(-1)!
  return request.socket.remoteAddress ?? 'unknown'
}

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown

export const withClientAddress =
  (handle: Handler): Handler =>
  (request, response) => {
    request.headers[clientAddressHeader] = clientAddressOf(request)
    return handle(request, response)
  }
