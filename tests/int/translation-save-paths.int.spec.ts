import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { saveTranslatedFields } from '@/lib/translation/saveTranslatedFields'
import { startPayload, type TestPayload } from '@/tests/helpers/startPayload'
import { createTenantWorld, type TenantWorld } from '@/tests/helpers/fixtures'

let harness: TestPayload
let world: TenantWorld

beforeAll(async () => {
  harness = await startPayload()
  world = await createTenantWorld(harness.payload)
})

afterAll(async () => {
  await harness?.stop()
})

describe('what a translation save reports', () => {
  it('should save and report only the translatable fields it was given', async () => {
    const { payload } = harness
    const guide = world.guides.A.published
    const saved = await saveTranslatedFields({
      edits: {
        _status: 'published',
        country: '999999',
        'steps.0.title': 'پہلا قدم',
        tenant: String(world.tenantB.id),
        title: 'جاز سم کو فعال کریں',
        topic: 'cancel',
      },
      guideID: guide.id,
      locale: 'ur',
      payload,
      user: world.users.translatorA,
    })
    expect(saved.sort()).toEqual(['steps.0.title', 'title'])

    const stored = await payload.findByID({
      collection: 'guides',
      depth: 0,
      draft: true,
      id: guide.id,
      locale: 'ur',
    })
    expect([stored.title, stored.topic, stored.country, stored.tenant]).toEqual([
      'جاز سم کو فعال کریں',
      guide.topic,
      guide.country,
      guide.tenant,
    ])
  })
})
