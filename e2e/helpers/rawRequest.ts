import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'

import { e2ePort } from './e2ePort'

export type RawResponse = { body: string; headers: IncomingHttpHeaders; status: number }

/**
 * A request to the e2e server with exactly the Host header and path given: Node's fetch drops a
 * Host header and does not resolve *.localhost, and Playwright normalizes paths such as `/\x`.
 */
export const rawRequest = ({
  body,
  headers = {},
  host,
  method = 'GET',
  path,
}: {
  body?: string
  headers?: Record<string, string>
  host: string
  method?: string
  path: string
}): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    const sent = httpRequest(
      {
        headers: { host, ...headers },
        host: '127.0.0.1',
        method,
        path,
        port: e2ePort,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            body: Buffer.concat(chunks).toString('utf8'),
            headers: response.headers,
            status: response.statusCode ?? 0,
          }),
        )
      },
    )
    sent.on('error', reject)
    sent.end(body)
  })

/** The tenant host as the e2e server is reached: `asia.localhost:3100`. */
export const hostOnPort = (host: string): string => `${host}:${e2ePort}`
