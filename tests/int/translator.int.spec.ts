import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Country, Guide } from '@/payload-types'
import {
  actingAs,
  AUTO_SLUG,
  anonymous,
  createTenantWorld,
  errorOf,
  guideData,
  idOf,
  createUser,
  richText,
  unique,
  type TenantWorld,
} from '@/tests/helpers/fixtures'
import { startPayload, type TestPayload } from '@/tests/helpers/startPayload'

/**
 * A translator of tenant A, assigned zh-Hant and ur, in a tenant whose source locale is en: they
 * save drafts of the localized fields in their locales only, never touch the shared fields, never
 * publish, create or delete.
 */

let app: TestPayload
let payload: Payload
let world: TenantWorld
let otherCountry: Country

const SOURCES = [{ note: 'Prepaid help page', url: 'https://jazz.com.pk/help/prepaid' }]
const LAST_VERIFIED = '2026-01-15T00:00:00.000Z'

beforeAll(async () => {
  app = await startPayload()
  payload = app.payload
  world = await createTenantWorld(payload)
  otherCountry = await payload.create({
    collection: 'countries',
    data: {
      code: 'AE',
      mobileCountryCodes: ['424'],
      name: 'United Arab Emirates',
      slug: AUTO_SLUG,
    },
  })
})

afterAll(async () => app?.stop())

/** A guide of tenant A written in en, with every shared field set. */
const createGuideToTranslate = (status: 'draft' | 'published' = 'draft') =>
  payload.create({
    collection: 'guides',
    data: guideData({
      _status: status,
      carriers: [world.carrier.id as number],
      country: world.country.id,
      lastVerified: LAST_VERIFIED,
      simKind: 'physical',
      sources: SOURCES,
      steps: [
        { body: richText('Take your passport to a Jazz franchise.'), title: 'Go to a franchise' },
      ],
      tenant: world.tenantA.id,
      title: unique('Activate a Jazz SIM'),
      topic: 'activate',
    }),
    depth: 0,
    draft: status === 'draft',
  })

/** The latest draft of a guide in one locale, read past access control and without fallback. */
const latestDraft = (id: number | string, locale: 'en' | 'es' | 'ur' | 'zh-Hans' | 'zh-Hant') =>
  payload.findByID({
    collection: 'guides',
    depth: 0,
    draft: true,
    fallbackLocale: false,
    id,
    locale,
  })

/** What readers of the site get: the published document. */
const publishedGuide = (id: number | string, locale: 'en' | 'zh-Hant') =>
  payload.findByID({ collection: 'guides', depth: 0, fallbackLocale: false, id, locale })

describe('a translator of tenant A (zh-Hant, ur)', () => {
  it.each(['zh-Hant', 'ur'] as const)(
    'should save a draft of the localized fields in %s',
    async (locale) => {
      const { translatorA } = world.users
      const guide = await createGuideToTranslate()
      const translation = {
        steps: [{ body: richText(`${locale}: body of step one`), title: `${locale}: step one` }],
        summary: `${locale}: summary`,
        title: `${locale}: title`,
      }
      await payload.update({
        collection: 'guides',
        data: translation,
        draft: true,
        id: guide.id,
        locale,
        ...actingAs(translatorA),
      })
      const translated = await latestDraft(guide.id, locale)
      expect(translated).toMatchObject({ summary: translation.summary, title: translation.title })
      expect(translated.steps).toMatchObject(translation.steps)
      expect((await latestDraft(guide.id, 'en')).title).toBe(guide.title)
    },
  )

  it('should not update the tenant’s source locale en', async () => {
    const { translatorA } = world.users
    const guide = await createGuideToTranslate()
    const error = await errorOf(
      payload.update({
        collection: 'guides',
        data: { title: 'Overwritten source title' },
        draft: true,
        id: guide.id,
        locale: 'en',
        ...actingAs(translatorA),
      }),
    )
    expect(error.status).toBe(403)
    expect((await latestDraft(guide.id, 'en')).title).toBe(guide.title)
  })

  it('should not update the tenant’s source locale when no locale is given', async () => {
    const { translatorA } = world.users
    const guide = await createGuideToTranslate()
    const error = await errorOf(
      payload.update({
        collection: 'guides',
        data: { title: 'Overwritten source title' },
        draft: true,
        id: guide.id,
        ...actingAs(translatorA),
      }),
    )
    expect(error.status).toBe(403)
    expect((await latestDraft(guide.id, 'en')).title).toBe(guide.title)
  })

  it('should not update a locale that is not assigned to them (zh-Hans)', async () => {
    const { translatorA } = world.users
    const guide = await createGuideToTranslate()
    const error = await errorOf(
      payload.update({
        collection: 'guides',
        data: { title: '简体标题' },
        draft: true,
        id: guide.id,
        locale: 'zh-Hans',
        ...actingAs(translatorA),
      }),
    )
    expect(error.status).toBe(403)
    expect((await latestDraft(guide.id, 'zh-Hans')).title ?? null).toBeNull()
  })

  it('should never update the source locale, even when a membership lists it', async () => {
    const misassigned = await createUser(payload, 'translator-with-en', {
      tenants: [{ languages: ['en', 'zh-Hant'], role: 'translator', tenant: world.tenantA.id }],
    })
    const guide = await createGuideToTranslate()
    const error = await errorOf(
      payload.update({
        collection: 'guides',
        data: { title: 'Overwritten source title' },
        draft: true,
        id: guide.id,
        locale: 'en',
        ...actingAs(misassigned),
      }),
    )
    expect(error.status).toBe(403)
    expect((await latestDraft(guide.id, 'en')).title).toBe(guide.title)
  })

  it('should not update a locale the tenant does not offer, even when a membership lists it', async () => {
    const assignedSpanish = await createUser(payload, 'translator-es', {
      tenants: [{ languages: ['es'], role: 'translator', tenant: world.tenantA.id }],
    })
    const guide = await createGuideToTranslate()
    const error = await errorOf(
      payload.update({
        collection: 'guides',
        data: { title: 'Activar una SIM de Jazz' },
        draft: true,
        id: guide.id,
        locale: 'es',
        ...actingAs(assignedSpanish),
      }),
    )
    expect(error.status).toBe(403)
    expect((await latestDraft(guide.id, 'es')).title ?? null).toBeNull()
  })

  it('should not update a guide of tenant B, even in an assigned locale', async () => {
    const { translatorA } = world.users
    const guideB = world.guides.B.draft
    const error = await errorOf(
      payload.update({
        collection: 'guides',
        data: { title: '跨租戶標題' },
        draft: true,
        id: guideB.id,
        locale: 'zh-Hant',
        ...actingAs(translatorA),
      }),
    )
    expect(error.status).toBe(403)
    expect((await latestDraft(guideB.id, 'zh-Hant')).title ?? null).toBeNull()
  })

  it.each([
    ['country', () => ({ country: otherCountry.id })],
    ['topic', () => ({ topic: 'cancel' as const })],
    ['simKind', () => ({ simKind: 'esim' as const })],
    ['carriers', () => ({ carriers: [] })],
    ['sources', () => ({ sources: [{ url: 'https://example.com/not-a-source' }] })],
    // Per locale since each translation is verified on its own, but only editors set it.
    ['lastVerified', () => ({ lastVerified: '2020-02-02T00:00:00.000Z' })],
  ])('should ignore the shared field %s when a translator sends it', async (field, change) => {
    const { translatorA } = world.users
    const guide = await createGuideToTranslate()
    await payload.update({
      collection: 'guides',
      data: { title: `zh-Hant: ${field}`, ...change() },
      draft: true,
      id: guide.id,
      locale: 'zh-Hant',
      ...actingAs(translatorA),
    })
    const draft = await latestDraft(guide.id, 'zh-Hant')
    expect(draft.title).toBe(`zh-Hant: ${field}`)
    const shared = (doc: Guide) => ({
      carriers: (doc.carriers ?? []).map(idOf),
      country: idOf(doc.country),
      simKind: doc.simKind,
      sources: (doc.sources ?? []).map(({ note, url }) => ({ note, url })),
      topic: doc.topic,
    })
    expect(shared(draft)).toEqual(shared(guide))
    expect(draft.lastVerified ?? null).toBeNull()
    expect(shared(draft)).toEqual({
      carriers: [String(world.carrier.id)],
      country: String(world.country.id),
      simKind: 'physical',
      sources: SOURCES,
      topic: 'activate',
    })
  })

  it('should not publish a draft guide', async () => {
    const { translatorA } = world.users
    const guide = await createGuideToTranslate()
    const error = await errorOf(
      payload.update({
        collection: 'guides',
        data: { _status: 'published', title: '已發佈的標題' },
        id: guide.id,
        locale: 'zh-Hant',
        ...actingAs(translatorA),
      }),
    )
    expect(error.status).toBe(403)
    expect(error.message).toMatch(/not publish/)
    expect((await payload.findByID({ collection: 'guides', id: guide.id }))._status).toBe('draft')
    const { totalDocs } = await payload.count({
      collection: 'guides',
      where: { id: { equals: guide.id } },
      ...anonymous,
    })
    expect(totalDocs).toBe(0)
  })

  it('should not publish by sending the published status along with draft: true', async () => {
    const { translatorA } = world.users
    const guide = await createGuideToTranslate()
    const error = await errorOf(
      payload.update({
        collection: 'guides',
        data: { _status: 'published', title: '已發佈的標題' },
        draft: true,
        id: guide.id,
        locale: 'zh-Hant',
        ...actingAs(translatorA),
      }),
    )
    expect(error.status).toBe(403)
    expect((await payload.findByID({ collection: 'guides', id: guide.id }))._status).toBe('draft')
  })

  it('should not change a published guide without saving a draft (that would go live)', async () => {
    const { translatorA } = world.users
    const guide = await createGuideToTranslate('published')
    const error = await errorOf(
      payload.update({
        collection: 'guides',
        data: { title: '直接上線的標題' },
        id: guide.id,
        locale: 'zh-Hant',
        ...actingAs(translatorA),
      }),
    )
    expect(error.status).toBe(403)
    expect((await publishedGuide(guide.id, 'zh-Hant')).title ?? null).toBeNull()
  })

  it('should save a translation of a published guide as a draft that readers do not see', async () => {
    const { translatorA } = world.users
    const guide = await createGuideToTranslate('published')
    await payload.update({
      collection: 'guides',
      data: { title: '啟用 Jazz 預付卡' },
      draft: true,
      id: guide.id,
      locale: 'zh-Hant',
      ...actingAs(translatorA),
    })
    expect((await latestDraft(guide.id, 'zh-Hant')).title).toBe('啟用 Jazz 預付卡')
    expect((await publishedGuide(guide.id, 'zh-Hant')).title ?? null).toBeNull()
    expect((await publishedGuide(guide.id, 'en'))._status).toBe('published')
  })

  it('should not create a guide', async () => {
    const { translatorA } = world.users
    const title = unique('Translator’s own guide')
    const error = await errorOf(
      payload.create({
        collection: 'guides',
        data: guideData({ country: world.country.id, tenant: world.tenantA.id, title }),
        draft: true,
        locale: 'zh-Hant',
        ...actingAs(translatorA),
      }),
    )
    expect(error.status).toBe(403)
    const { totalDocs } = await payload.count({
      collection: 'guides',
      locale: 'zh-Hant',
      where: { title: { equals: title } },
    })
    expect(totalDocs).toBe(0)
  })

  it('should not delete a guide', async () => {
    const { translatorA } = world.users
    const guide = await createGuideToTranslate()
    const error = await errorOf(
      payload.delete({
        collection: 'guides',
        id: guide.id,
        locale: 'zh-Hant',
        ...actingAs(translatorA),
      }),
    )
    expect(error.status).toBe(403)
    const { totalDocs } = await payload.count({
      collection: 'guides',
      where: { id: { equals: guide.id } },
    })
    expect(totalDocs).toBe(1)
  })
})
