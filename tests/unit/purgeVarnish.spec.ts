import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { purgeVarnish } from '@/lib/cache/purgeVarnish'

type Received = { headers: IncomingHttpHeaders; method?: string }

let varnish: Server
let address: string
const received: Received[] = []

beforeAll(async () => {
  varnish = createServer((request, response) => {
    received.push({ headers: request.headers, method: request.method })
    response.writeHead(request.headers['x-purge-secret'] === 'right' ? 200 : 403)
    response.end()
  })
  await new Promise<void>((resolve) => varnish.listen(0, '127.0.0.1', resolve))
  address = `http://127.0.0.1:${(varnish.address() as AddressInfo).port}/`
})

afterAll(() => new Promise<void>((resolve) => varnish.close(() => resolve())))

describe('Varnish purge', () => {
  it('should send the tags and the secret to every Varnish, in batches of fifty', async () => {
    received.length = 0
    const tags = Array.from({ length: 60 }, (_, index) => `guide:${index}`)
    await purgeVarnish(
      [
        { secret: 'right', url: address },
        { secret: 'right', url: address },
      ],
      tags,
    )
    expect(received.map((request) => request.method)).toEqual(['PURGE', 'PURGE', 'PURGE', 'PURGE'])
    expect(
      received.map((request) => String(request.headers['xkey-purge']).split(' ').length).sort(),
    ).toEqual([10, 10, 50, 50])
    expect(new Set(received.map((request) => request.headers['x-purge-secret']))).toEqual(
      new Set(['right']),
    )
  })

  it('should report a refused or unreachable Varnish without failing the expiry', async () => {
    await expect(
      purgeVarnish(
        [
          { secret: 'wrong', url: address },
          { secret: 'right', url: 'http://127.0.0.1:1/' },
        ],
        ['guide:1'],
      ),
    ).resolves.toBeUndefined()
  })
})
