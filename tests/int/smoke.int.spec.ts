import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload, type TestPayload } from '../helpers/startPayload'

let app: TestPayload
beforeAll(async () => {
  app = await startPayload()
})
afterAll(async () => app?.stop())

describe('smoke', () => {
  it('should boot', async () => {
    const c = await app.payload.create({ collection: 'countries', data: { code: 'PK', name: 'Pakistan', slug: 'pakistan' } })
    expect(c.code).toBe('PK')
  })
})
