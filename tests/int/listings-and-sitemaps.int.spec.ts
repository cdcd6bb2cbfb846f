import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Guide, Tenant } from '@/payload-types'
import { pageWindow } from '@/lib/data/pagination'
import { countGuideSitemapFiles, findGuideSitemapEntries } from '@/lib/data/sitemapQueries'
import { startPayload, type TestPayload } from '@/tests/helpers/startPayload'
import {
  actingAs,
  createTenantWorld,
  guideData,
  tenantData,
  unique,
  type TenantWorld,
} from '@/tests/helpers/fixtures'

let harness: TestPayload
let world: TenantWorld
let tenantC: Tenant
let published: Guide[]

/** Five published guides of a publication of their own (two also in Urdu), one draft. */
beforeAll(async () => {
  harness = await startPayload()
  world = await createTenantWorld(harness.payload)
  const { payload } = harness
  tenantC = await payload.create({
    collection: 'tenants',
    data: tenantData('Tenant Pacific', 'pacific.roampress.test'),
    depth: 0,
  })
  const create = (status: 'draft' | 'published') =>
    payload.create({
      collection: 'guides',
      data: guideData({
        _status: status,
        country: world.country.id,
        tenant: tenantC.id,
        title: unique('Top up a Jazz SIM'),
      }),
      depth: 0,
      draft: status === 'draft',
    })
  published = []
  for (let index = 0; index < 5; index += 1) published.push(await create('published'))
  await create('draft')
  for (const guide of published.slice(0, 2)) {
    await payload.update({
      collection: 'guides',
      data: { _status: 'published', slug: unique('jazz-ur'), title: unique('جاز بیلنس') },
      depth: 0,
      id: guide.id,
      locale: 'ur',
    })
  }
})

afterAll(async () => {
  await harness?.stop()
})

const listPage = async (page: number, locale: 'en' | 'ur' = 'en') => {
  // Imported once Payload runs on the test database: the data layer reads the config at import.
  const { findGuidePage } = await import('@/lib/data/guides')
  return findGuidePage({
    filter: { countryID: world.country.id, kind: 'country' },
    locale,
    page,
    perPage: 2,
    tenantID: tenantC.id,
  })
}

describe('paginated listings', () => {
  it('should count only published guides of the publication and split them into pages', async () => {
    const first = await listPage(1)
    expect({
      shown: first.guides.length,
      totalDocs: first.totalDocs,
      totalPages: first.totalPages,
    }).toEqual({ shown: 2, totalDocs: 5, totalPages: 3 })
  })

  it('should show the remainder, the guide changed longest ago, on the last page', async () => {
    const last = await listPage(3)
    // Newest first: the first two were changed last (their Urdu translations).
    expect(last.guides.map((guide) => String(guide.id))).toEqual([String(published[2].id)])
  })

  it('should put the page after the last one out of range (404)', async () => {
    const { totalDocs } = await listPage(1)
    expect(pageWindow({ page: 4, perPage: 2, total: totalDocs }).isOutOfRange).toBe(true)
  })

  it('should count a locale only where guides are published and translated', async () => {
    const urdu = await listPage(1, 'ur')
    expect({ totalDocs: urdu.totalDocs, totalPages: urdu.totalPages }).toEqual({
      totalDocs: 2,
      totalPages: 1,
    })
  })

  it('should not let a reader page into another publication', async () => {
    const { findGuidePage } = await import('@/lib/data/guides')
    const other = await findGuidePage({
      filter: { kind: 'all' },
      locale: 'en',
      page: 1,
      perPage: 50,
      tenantID: world.tenantA.id,
    })
    const otherIDs = new Set(other.guides.map((guide) => String(guide.id)))
    expect(published.filter((guide) => otherIDs.has(String(guide.id)))).toEqual([])
  })
})

describe('split sitemaps', () => {
  const reading = () => ({ locales: ['en', 'ur'] as ('en' | 'ur')[], tenantID: tenantC.id })

  it('should split seven guide URLs into four files of at most two', async () => {
    expect(await countGuideSitemapFiles(harness.payload, { ...reading(), urlsPerFile: 2 })).toBe(4)
  })

  it('should list every published guide URL exactly once across the files', async () => {
    const urls: string[] = []
    for (let part = 1; part <= 4; part += 1) {
      const entries = await findGuideSitemapEntries(harness.payload, {
        ...reading(),
        part,
        urlsPerFile: 2,
      })
      for (const entry of entries) {
        for (const locale of entry.urlLocales ?? []) urls.push(entry.pathsByLocale[locale] ?? '')
      }
    }
    const expected = [
      ...published.map((guide) => `/en/guides/${guide.slug}`),
      ...(await Promise.all(
        published.slice(0, 2).map(async (guide) => {
          const urdu = await harness.payload.findByID({
            collection: 'guides',
            depth: 0,
            id: guide.id,
            locale: 'ur',
          })
          return `/ur/guides/${encodeURIComponent(urdu.slug)}`
        }),
      )),
    ]
    expect(urls.map(decodeURIComponent).sort()).toEqual(expected.map(decodeURIComponent).sort())
  })

  it('should give each guide URL its other published locale as an alternate', async () => {
    const entries = await findGuideSitemapEntries(harness.payload, {
      ...reading(),
      part: 1,
      urlsPerFile: 2,
    })
    expect(entries.map((entry) => Object.keys(entry.pathsByLocale).sort())).toEqual([['en', 'ur']])
  })

  it('should answer a part past the last one with no URLs', async () => {
    expect(
      await findGuideSitemapEntries(harness.payload, { ...reading(), part: 5, urlsPerFile: 2 }),
    ).toEqual([])
  })

  it('should leave out drafts and guides the publication unpublished', async () => {
    await harness.payload.update({
      collection: 'guides',
      data: { _status: 'draft' },
      depth: 0,
      id: published[4].id,
      locale: 'en',
      ...actingAs(world.users.superAdmin),
    })
    expect(await countGuideSitemapFiles(harness.payload, { ...reading(), urlsPerFile: 1 })).toBe(6)
    await harness.payload.update({
      collection: 'guides',
      data: { _status: 'published' },
      depth: 0,
      id: published[4].id,
      locale: 'en',
    })
  })
})
