import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  actingUser,
  createTenantWorld,
  createUser,
  guideData,
  richText,
  unique,
  type ID,
  type TenantWorld,
} from '@/tests/helpers/fixtures'
import { startPayload, type TestPayload } from '@/tests/helpers/startPayload'
import { saveTranslatedFields } from '@/lib/translation/saveTranslatedFields'
import { confirmTranslation } from '@/lib/translation/translationActions'
import {
  listTranslationWorkPage,
  translationWorkLocales,
  type TranslationWorkItem,
} from '@/lib/translation/work/listTranslationWork'

/**
 * The Translations list reads stored translation state (one row per guide and target locale):
 * it must follow every change to a guide, its publication's languages and its glossary, and show
 * each person only what they may translate.
 */
let app: TestPayload
let payload: Payload
let world: TenantWorld
// Imported once the test database is chosen: the route handlers load the config.
let callREST: typeof import('@/tests/helpers/callRoute').callREST

beforeAll(async () => {
  app = await startPayload()
  payload = app.payload
  world = await createTenantWorld(payload)
  ;({ callREST } = await import('@/tests/helpers/callRoute'))
})
afterAll(async () => app?.stop())

const createGuide = async (tenantID: ID = world.tenantA.id) =>
  payload.create({
    collection: 'guides',
    data: guideData({
      _status: 'published',
      body: richText('Dial *111# to check the balance.'),
      country: world.country.id,
      summary: 'How to close a Jazz line for good.',
      tenant: tenantID,
      title: unique('Cancel a Jazz SIM'),
    }),
    depth: 0,
    locale: 'en',
  })

/** Every page of the person's list (optionally of one language), as guide ID → locale → item. */
const workOf = async (
  user: TenantWorld['users'][keyof TenantWorld['users']],
  locale?: 'ur' | 'zh-Hans' | 'zh-Hant',
) => {
  const items: TranslationWorkItem[] = []
  for (let page = 1; ; page += 1) {
    const result = await listTranslationWorkPage({ locale, page, payload, perPage: 100, user })
    items.push(...result.items)
    if (page >= result.totalPages) return items
  }
}

const itemFor = (items: TranslationWorkItem[], guideID: ID, locale: string) =>
  items.find((item) => String(item.guideID) === String(guideID) && item.locale === locale)

describe('stored translation state', () => {
  it('should list a new guide as missing in every target language, and never the source language', async () => {
    const guide = await createGuide()
    const items = (await workOf(world.users.editorA)).filter(
      (item) => String(item.guideID) === String(guide.id),
    )
    expect(items.map((item) => [item.locale, item.status]).sort()).toEqual([
      ['ur', 'missing'],
      ['zh-Hans', 'missing'],
      ['zh-Hant', 'missing'],
    ])
    expect(items[0].sourceTitle).toBe(guide.title)
    expect(items[0].isPublished).toBe(false)
  })

  it('should follow a translation from in progress to ready for review, then outdated after a source change', async () => {
    const guide = await createGuide()
    const translator = world.users.translatorA
    await saveTranslatedFields({
      edits: { summary: '如何永久關閉 Jazz 門號。', title: '取消 Jazz SIM 卡' },
      guideID: guide.id,
      locale: 'zh-Hant',
      payload,
      user: translator,
    })
    expect(itemFor(await workOf(translator), guide.id, 'zh-Hant')?.status).toBe('in-progress')

    await confirmTranslation({ guideID: guide.id, locale: 'zh-Hant', payload, user: translator })
    const confirmed = itemFor(await workOf(world.users.editorA), guide.id, 'zh-Hant')
    expect([confirmed?.status, confirmed?.reviewState]).toEqual(['up-to-date', 'ready-for-review'])

    await payload.update({
      collection: 'guides',
      data: { summary: 'How to close a Jazz line for good, in person.' },
      id: guide.id,
      locale: 'en',
    })
    const outdated = itemFor(await workOf(translator), guide.id, 'zh-Hant')
    expect([outdated?.status, outdated?.changedFieldCount]).toEqual(['outdated', 1])
  })

  it('should drop a locale from the list once it is up to date and reviewed, and show it published', async () => {
    const guide = await createGuide()
    await saveTranslatedFields({
      edits: { summary: '如何永久关闭 Jazz 号码。', title: '取消 Jazz SIM 卡' },
      guideID: guide.id,
      locale: 'zh-Hans',
      payload,
      user: world.users.editorA,
    })
    await confirmTranslation({
      guideID: guide.id,
      locale: 'zh-Hans',
      payload,
      user: world.users.editorA,
    })
    // An editor publishing the reviewed locale clears the "ready for review" mark.
    await payload.update({
      collection: 'guides',
      data: { _status: 'published', translation: { state: null } },
      id: guide.id,
      locale: 'zh-Hans',
    })
    expect(itemFor(await workOf(world.users.editorA), guide.id, 'zh-Hans')).toBeUndefined()
    const stored = await payload.find({
      collection: 'translation-work',
      where: { and: [{ guide: { equals: guide.id } }, { locale: { equals: 'zh-Hans' } }] },
    })
    expect([stored.docs[0]?.status, stored.docs[0]?.isPublished]).toEqual(['up-to-date', true])
  })

  it('should forget a deleted guide', async () => {
    const guide = await createGuide()
    await payload.delete({ collection: 'guides', id: guide.id })
    const { totalDocs } = await payload.count({
      collection: 'translation-work',
      where: { guide: { equals: guide.id } },
    })
    expect(totalDocs).toBe(0)
  })
})

describe('who sees which translation work', () => {
  it('should show a translator only their own languages of their own publication', async () => {
    const guide = await createGuide()
    const otherTenantGuide = await createGuide(world.tenantB.id)
    const items = await workOf(world.users.translatorA)
    expect(new Set(items.map((item) => item.locale))).toEqual(new Set(['zh-Hant', 'ur']))
    expect(itemFor(items, guide.id, 'zh-Hans')).toBeUndefined()
    expect(items.some((item) => String(item.guideID) === String(otherTenantGuide.id))).toBe(false)
    expect(await translationWorkLocales(payload, world.users.translatorA)).toEqual([
      'zh-Hant',
      'ur',
    ])
  })

  it("should never show an editor another publication's work, even when they ask for its language", async () => {
    const guide = await createGuide(world.tenantA.id)
    const items = await workOf(world.users.editorB, 'zh-Hant')
    expect(items.some((item) => String(item.guideID) === String(guide.id))).toBe(false)
    expect(items.every((item) => String(item.tenantID) === String(world.tenantB.id))).toBe(true)
  })

  it('should show a member of no publication nothing, and anonymous readers nothing over REST', async () => {
    const outsider = actingUser(await createUser(payload, 'outsider', { tenants: [] }))
    expect((await listTranslationWorkPage({ payload, user: outsider })).items).toEqual([])
    const response = await callREST('GET', '/translation-work?limit=5')
    expect(response.status).toBe(403)
  })

  it('should refuse writes to the stored state over REST, even from a super-admin', async () => {
    const guide = await createGuide()
    const { docs } = await payload.find({
      collection: 'translation-work',
      where: { guide: { equals: guide.id } },
    })
    const login = await payload.login({
      collection: 'users',
      data: { email: world.users.superAdmin.email, password: 'correct-horse-battery-staple' },
    })
    const headers = { Authorization: `JWT ${login.token}` }
    const forged = { guide: guide.id, locale: 'zh-Hant', needsWork: false, status: 'up-to-date' }
    expect((await callREST('POST', '/translation-work', { body: forged, headers })).status).toBe(
      403,
    )
    expect(
      (await callREST('PATCH', `/translation-work/${docs[0].id}`, { body: forged, headers }))
        .status,
    ).toBe(403)
    expect((await callREST('DELETE', `/translation-work/${docs[0].id}`, { headers })).status).toBe(
      403,
    )
  })
})

describe('publication-wide changes', () => {
  it('should add rows for a language the publication starts translating into, in the background', async () => {
    const guide = await createGuide()
    const before = itemFor(await workOf(world.users.editorA), guide.id, 'es')
    expect(before).toBeUndefined()

    await payload.update({
      collection: 'tenants',
      data: { enabledLocales: ['en', 'zh-Hans', 'zh-Hant', 'ur', 'es'] },
      id: world.tenantA.id,
    })
    await payload.jobs.run({ allQueues: true, limit: 100 })
    // A publication of more guides than one batch is redone batch by batch until none is left.
    for (let round = 0; round < 20; round += 1) {
      const { totalDocs } = await payload.count({
        collection: 'payload-jobs',
        where: { completedAt: { exists: false }, taskSlug: { equals: 'refreshTranslationWork' } },
      })
      if (totalDocs === 0) break
      await payload.jobs.run({ allQueues: true, limit: 100 })
    }
    expect(itemFor(await workOf(world.users.editorA), guide.id, 'es')?.status).toBe('missing')

    await payload.update({
      collection: 'tenants',
      data: { enabledLocales: ['en', 'zh-Hans', 'zh-Hant', 'ur'] },
      id: world.tenantA.id,
    })
    await payload.jobs.run({ allQueues: true, limit: 100 })
    expect(itemFor(await workOf(world.users.editorA), guide.id, 'es')).toBeUndefined()
  })

  it('should count a new glossary term in the warnings once the background refresh ran, queued once for several edits', async () => {
    const guide = await createGuide()
    await saveTranslatedFields({
      edits: { summary: '如何永久關閉門號。', title: '取消 SIM 卡' },
      guideID: guide.id,
      locale: 'zh-Hant',
      payload,
      user: world.users.translatorA,
    })
    const before = itemFor(await workOf(world.users.editorA), guide.id, 'zh-Hant')
    expect(before?.warningCount).toBe(0)

    for (const note of ['first', 'second']) {
      await payload.create({
        collection: 'glossary',
        data: {
          keepAsIs: true,
          note,
          term: `Jazz${note === 'first' ? '' : ' SIM'}`,
          tenant: world.tenantA.id,
        },
      })
    }
    const { totalDocs: waiting } = await payload.count({
      collection: 'payload-jobs',
      where: { completedAt: { exists: false }, taskSlug: { equals: 'refreshTranslationWork' } },
    })
    expect(waiting).toBe(1)
    await payload.jobs.run({ allQueues: true, limit: 100 })
    const after = itemFor(await workOf(world.users.editorA), guide.id, 'zh-Hant')
    expect(after?.warningCount).toBeGreaterThan(0)
  })
})

describe('paging', () => {
  it('should page the list in the database, newest source change first, with an empty page past the end', async () => {
    await createGuide()
    await createGuide()
    const first = await listTranslationWorkPage({
      page: 1,
      payload,
      perPage: 2,
      user: world.users.editorA,
    })
    expect(first.items).toHaveLength(2)
    expect(first.totalPages).toBe(Math.ceil(first.totalItems / 2))
    const second = await listTranslationWorkPage({
      page: 2,
      payload,
      perPage: 2,
      user: world.users.editorA,
    })
    expect(
      new Date(first.items[1].sourceUpdatedAt) >= new Date(second.items[0].sourceUpdatedAt),
    ).toBe(true)
    const past = await listTranslationWorkPage({
      page: first.totalPages + 1,
      payload,
      perPage: 2,
      user: world.users.editorA,
    })
    expect(past.items).toEqual([])
  })
})
