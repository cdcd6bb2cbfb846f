import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  actingAs,
  createTenantWorld,
  errorOf,
  guideData,
  richText,
  type GuideInput,
  type TenantWorld,
} from '@/tests/helpers/fixtures'
import { startPayload, type TestPayload } from '@/tests/helpers/startPayload'

let harness: TestPayload
let world: TenantWorld

beforeAll(async () => {
  harness = await startPayload()
  world = await createTenantWorld(harness.payload)
})

afterAll(async () => {
  await harness?.stop()
})

const draftWith = (fields: Partial<Omit<GuideInput, 'country' | 'tenant'>>) =>
  harness.payload.create({
    collection: 'guides',
    data: guideData({
      _status: 'draft',
      country: world.country.id,
      tenant: world.tenantA.id,
      ...fields,
    }),
    depth: 0,
    draft: true,
    ...actingAs(world.users.editorA),
  })

const publish = (id: number | string) =>
  harness.payload.update({
    collection: 'guides',
    data: { _status: 'published' },
    depth: 0,
    id,
    locale: 'en',
    ...actingAs(world.users.editorA),
  })

const readDraft = (id: number | string) =>
  harness.payload.findByID({
    collection: 'guides',
    depth: 0,
    draft: true,
    id,
    locale: 'en',
    ...actingAs(world.users.editorA),
  })

describe('publishing with denied links', () => {
  it('should refuse to publish a body link to a messaging channel, naming field and link', async () => {
    const guide = await draftWith({ body: richText('Ask in https://t.me/somechannel first') })
    const error = await errorOf(publish(guide.id))
    expect(error.status).toBe(400)
    expect(error.message).toContain('t.me/somechannel in body')
    expect((await readDraft(guide.id)).body).toEqual(
      richText('Ask in https://t.me/somechannel first'),
    )
  })

  it('should name the summary and a step when they carry denied links', async () => {
    const guide = await draftWith({
      steps: [{ body: richText('Message wa.me/923001234567'), title: 'Ask for help' }],
      summary: 'Short link: https://bit.ly/abc',
    })
    const error = await errorOf(publish(guide.id))
    expect(error.message).toContain('bit.ly/abc in summary and wa.me/923001234567 in steps.1.body')
  })

  it('should publish once the denied link is gone', async () => {
    const guide = await draftWith({ body: richText('Ask in https://t.me/somechannel first') })
    await harness.payload.update({
      collection: 'guides',
      data: { body: richText('Ask at the franchise first') },
      draft: true,
      id: guide.id,
      locale: 'en',
      ...actingAs(world.users.editorA),
    })
    const published = await publish(guide.id)
    expect(published._status).toBe('published')
  })

  it('should let a draft keep a denied link, so the editor’s text is never lost', async () => {
    const guide = await draftWith({ summary: 'Join https://discord.gg/abc' })
    expect((await readDraft(guide.id)).summary).toBe('Join https://discord.gg/abc')
  })

  it('should follow the denied patterns a tenant admin sets for the publication', async () => {
    await harness.payload.update({
      collection: 'tenants',
      data: { linkPolicy: { deniedPatterns: ['spam.example.net'] } },
      id: world.tenantA.id,
      ...actingAs(world.users.adminA),
    })
    const denied = await draftWith({ summary: 'See https://spam.example.net/offer' })
    const allowedNow = await draftWith({ summary: 'See https://t.me/channel' })
    const error = await errorOf(publish(denied.id))
    const published = await publish(allowedNow.id)
    await harness.payload.update({
      collection: 'tenants',
      data: { linkPolicy: { deniedPatterns: [] } },
      id: world.tenantA.id,
      ...actingAs(world.users.adminA),
    })
    expect([error.status, published._status]).toEqual([400, 'published'])
  })

  it('should not let an editor change the publication’s link policy', async () => {
    const error = await errorOf(
      harness.payload.update({
        collection: 'tenants',
        data: { linkPolicy: { deniedPatterns: ['nothing.example'] } },
        id: world.tenantA.id,
        ...actingAs(world.users.editorA),
      }),
    )
    expect(error.status).toBe(403)
  })
})
