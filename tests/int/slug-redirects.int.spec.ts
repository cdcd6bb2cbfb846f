import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload, type TestPayload } from '@/tests/helpers/startPayload'
import {
  actingAs,
  anonymous,
  createTenantWorld,
  guideData,
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

const publishedGuide = async (slug: string) =>
  harness.payload.create({
    collection: 'guides',
    data: guideData({
      _status: 'published',
      country: world.country.id,
      slug,
      tenant: world.tenantA.id,
    }),
    depth: 0,
    locale: 'en',
    ...actingAs(world.users.editorA),
  })

const rename = (id: number | string, slug: string, isDraft = false) =>
  harness.payload.update({
    collection: 'guides',
    data: { _status: isDraft ? 'draft' : 'published', slug },
    depth: 0,
    draft: isDraft,
    id,
    locale: 'en',
    ...actingAs(world.users.editorA),
  })

const redirectsFrom = async (from: string) =>
  (
    await harness.payload.find({
      collection: 'redirects',
      depth: 0,
      where: { from: { equals: from } },
      ...anonymous,
    })
  ).docs

describe('redirects from the old addresses of a guide', () => {
  it('should record a redirect to the guide for each published slug it leaves', async () => {
    const first = unique('first-address')
    const guide = await publishedGuide(first)
    const second = unique('second-address')
    await rename(guide.id, second)
    await rename(guide.id, unique('third-address'))

    const redirects = [
      ...(await redirectsFrom(`/en/guides/${first}`)),
      ...(await redirectsFrom(`/en/guides/${second}`)),
    ]
    expect(redirects.map((redirect) => [redirect.to?.reference?.value, redirect.tenant])).toEqual([
      [guide.id, world.tenantA.id],
      [guide.id, world.tenantA.id],
    ])
  })

  it('should not record a slug that was only ever a draft', async () => {
    const guide = await publishedGuide(unique('live-address'))
    const draftOnly = unique('draft-address')
    await rename(guide.id, draftOnly, true)
    await rename(guide.id, unique('published-address'))
    expect(await redirectsFrom(`/en/guides/${draftOnly}`)).toEqual([])
  })

  it('should keep the old address of a deleted guide on record', async () => {
    const old = unique('old-address')
    const guide = await publishedGuide(old)
    const current = unique('current-address')
    await rename(guide.id, current)
    const [redirect] = await redirectsFrom(`/en/guides/${old}`)
    expect(redirect.to?.reference?.value).toBe(guide.id)

    // The address stays known after the guide is deleted, so readers get 410 rather than 404.
    await harness.payload.delete({ collection: 'guides', id: guide.id })
    expect(await redirectsFrom(`/en/guides/${old}`)).toHaveLength(1)
  })

  it("should refuse redirects written into another tenant's publication or by a reader", async () => {
    const data = {
      from: `/en/guides/${unique('forged')}`,
      tenant: world.tenantA.id,
      to: { type: 'custom' as const, url: '/en' },
    }
    await expect(
      harness.payload.create({ collection: 'redirects', data, ...actingAs(world.users.editorB) }),
    ).rejects.toThrow()
    await expect(
      harness.payload.create({ collection: 'redirects', data, ...anonymous }),
    ).rejects.toThrow()
    await expect(
      harness.payload.create({
        collection: 'redirects',
        data,
        ...actingAs(world.users.translatorA),
      }),
    ).rejects.toThrow()
    expect(await redirectsFrom(data.from)).toEqual([])
  })
})
