import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload, type TestPayload } from '@/tests/helpers/startPayload'
import {
  actingAs,
  createTenantWorld,
  errorOf,
  fieldErrors,
  unique,
  type TenantWorld,
} from '@/tests/helpers/fixtures'

let harness: TestPayload
let world: TenantWorld

beforeAll(async () => {
  harness = await startPayload()
  world = await createTenantWorld(harness.payload)
})

afterAll(async () => {
  await harness?.stop()
})

describe('fields a guide needs before it is published', () => {
  it('should keep a draft without a SIM kind, then refuse to publish it until one is set', async () => {
    const { payload } = harness
    const title = unique('Top up a Zong SIM')
    const draft = await payload.create({
      collection: 'guides',
      data: {
        _status: 'draft',
        country: world.country.id,
        slug: title.toLowerCase().replace(/\W+/g, '-'),
        tenant: world.tenantA.id,
        title,
        topic: 'top-up',
      },
      depth: 0,
      draft: true,
      locale: 'en',
      ...actingAs(world.users.editorA),
    })
    expect(draft.simKind ?? null).toBeNull()

    const refused = await errorOf(
      payload.update({
        collection: 'guides',
        data: { _status: 'published' },
        id: draft.id,
        locale: 'en',
        ...actingAs(world.users.editorA),
      }),
    )
    expect(fieldErrors(refused).map(({ path }) => path)).toEqual(['simKind'])

    const published = await payload.update({
      collection: 'guides',
      data: { _status: 'published', simKind: 'esim' },
      id: draft.id,
      locale: 'en',
      ...actingAs(world.users.editorA),
    })
    expect(published._status).toBe('published')
  })
})
