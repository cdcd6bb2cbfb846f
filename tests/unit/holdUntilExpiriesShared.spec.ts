import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { holdUntilExpiriesShared } from '@/lib/cache/holdUntilExpiriesShared'
import { installSharedExpiry, shareExpiry } from '@/lib/cache/sharedExpiry'

/** Tags that have reached "every server", in the order they arrived. */
const shared: string[] = []
let server: Server
let base: string

beforeAll(async () => {
  installSharedExpiry(async (tags) => {
    await new Promise((resolve) => setTimeout(resolve, 150))
    shared.push(...tags)
  })
  // Stands in for a save: the revalidation hook expires tags, then the API answers.
  server = createServer((request, response) => {
    holdUntilExpiriesShared(response)
    shareExpiry(['guide:1'])
    response.writeHead(200, { 'content-type': 'application/json' })
    response.write('{"saved":')
    response.end('true}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('holding a save until its expiry is shared', () => {
  it('should answer a save only once its expiry has reached every server', async () => {
    const response = await fetch(`${base}/api/save`)
    const body = await response.text()
    expect([body, shared]).toEqual(['{"saved":true}', ['guide:1']])
  })
})
