import type { ServerResponse } from 'node:http'

import { hasPendingExpiries, pendingExpiriesSettled } from './sharedExpiry'

/** Long enough for Redis and a few Varnish purges on a busy network; a save is never held longer. */
const longestHoldMs = 3000

type Chunk = Buffer | string | Uint8Array

/**
 * Holds back an API response whose request expired cache tags until the expiry has reached Redis
 * (every server) and every Varnish, so the editor's next request anywhere already shows the
 * change. Revalidation hooks run before the response is written, so by its first byte every
 * expiry it caused is pending; a response with none pending passes straight through.
 */
export const holdUntilExpiriesShared = (response: ServerResponse): void => {
  const write = response.write.bind(response) as (...args: unknown[]) => boolean
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse
  const held: [Chunk, unknown][] = []
  let isHolding: boolean | undefined

  const decide = () => (isHolding ??= hasPendingExpiries())

  response.write = ((chunk: Chunk, encoding?: unknown, callback?: unknown) => {
    if (!decide()) return write(chunk, encoding, callback)
    held.push([chunk, typeof encoding === 'string' ? encoding : undefined])
    if (typeof callback === 'function') queueMicrotask(() => (callback as () => void)())
    if (typeof encoding === 'function') queueMicrotask(() => (encoding as () => void)())
    return true
  }) as ServerResponse['write']

  response.end = ((...args: unknown[]) => {
    if (!decide()) return end(...args)
    void pendingExpiriesSettled(longestHoldMs).then(() => {
      for (const [chunk, encoding] of held) write(chunk, encoding)
      end(...args)
    })
    return response
  }) as ServerResponse['end']
}
