import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Guide } from '@/payload-types'
import { buildGuideTranslationReport } from '@/lib/translation/guideTranslationReport'
import { saveTranslatedFields } from '@/lib/translation/saveTranslatedFields'
import { startPayload, type TestPayload } from '@/tests/helpers/startPayload'
import {
  actingAs,
  anonymous,
  createTenantWorld,
  createUser,
  errorOf,
  fieldErrors,
  guideData,
  idOf,
  unique,
  type ID,
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

type Locale = 'en' | 'ur' | 'zh-Hans' | 'zh-Hant'

/** A draft guide of tenant A with a title and slug in English, Simplified and Traditional Chinese. */
const createDraftInThreeLocales = async (): Promise<Guide> => {
  const { payload } = harness
  const guide = await payload.create({
    collection: 'guides',
    data: guideData({ _status: 'draft', country: world.country.id, tenant: world.tenantA.id }),
    depth: 0,
    draft: true,
  })
  for (const [locale, title] of [
    ['zh-Hans', unique('激活 Jazz SIM 卡')],
    ['zh-Hant', unique('啟用 Jazz SIM 卡')],
  ] as const) {
    await payload.update({
      collection: 'guides',
      data: { slug: '', title },
      depth: 0,
      draft: true,
      id: guide.id,
      locale,
    })
  }
  return guide
}

const setStatus = (
  id: ID,
  locale: Locale,
  status: 'draft' | 'published',
  user = world.users.editorA,
) =>
  harness.payload.update({
    collection: 'guides',
    data: { _status: status },
    depth: 0,
    draft: false,
    id,
    locale,
    ...actingAs(user),
  })

/** The locales in which an anonymous reader finds the guide. */
const readerLocales = async (id: ID): Promise<Locale[]> => {
  const found: Locale[] = []
  for (const locale of ['en', 'zh-Hans', 'zh-Hant', 'ur'] as const) {
    const { docs } = await harness.payload.find({
      collection: 'guides',
      depth: 0,
      fallbackLocale: false,
      locale,
      where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
      ...anonymous,
    })
    if (docs[0]?.title) found.push(locale)
  }
  return found
}

describe('per-locale publishing', () => {
  it('should publish one locale and leave the others unpublished', async () => {
    const guide = await createDraftInThreeLocales()
    await setStatus(guide.id, 'zh-Hant', 'published')
    expect(await readerLocales(guide.id)).toEqual(['zh-Hant'])
    await setStatus(guide.id, 'en', 'published')
    expect(await readerLocales(guide.id)).toEqual(['en', 'zh-Hant'])
  })

  it('should show readers who read every locale at once only the published ones', async () => {
    const guide = await createDraftInThreeLocales()
    await setStatus(guide.id, 'zh-Hant', 'published')
    const doc = await harness.payload.findByID({
      collection: 'guides',
      depth: 0,
      id: guide.id,
      locale: 'all',
      ...anonymous,
    })
    const forEditor = await harness.payload.findByID({
      collection: 'guides',
      depth: 0,
      id: guide.id,
      locale: 'all',
      ...actingAs(world.users.editorA),
    })
    const localesOf = (value: unknown) => Object.keys(value as object).sort()
    expect([localesOf(doc.title), localesOf(doc.slug), localesOf(forEditor.title)]).toEqual([
      ['zh-Hant'],
      ['zh-Hant'],
      ['en', 'zh-Hant'],
    ])
  })

  it('should tell editors in the translation report which locales readers see', async () => {
    const guide = await createDraftInThreeLocales()
    await setStatus(guide.id, 'zh-Hant', 'published')
    const report = await buildGuideTranslationReport({
      guideID: guide.id,
      payload: harness.payload,
      user: world.users.editorA,
    })
    expect(
      Object.fromEntries(report.locales.map((entry) => [entry.locale, entry.isPublished])),
    ).toEqual({
      ur: false,
      'zh-Hans': false,
      'zh-Hant': true,
    })
  })

  it('should unpublish one locale and keep the others published with their content', async () => {
    const { payload } = harness
    const guide = await createDraftInThreeLocales()
    for (const locale of ['en', 'zh-Hans', 'zh-Hant'] as const)
      await setStatus(guide.id, locale, 'published')
    const before = await payload.findByID({
      collection: 'guides',
      depth: 0,
      id: guide.id,
      locale: 'zh-Hans',
    })

    await setStatus(guide.id, 'zh-Hant', 'draft')

    const after = await payload.findByID({
      collection: 'guides',
      depth: 0,
      id: guide.id,
      locale: 'zh-Hans',
    })
    expect(await readerLocales(guide.id)).toEqual(['en', 'zh-Hans'])
    expect(after.title).toBe(before.title)
  })

  it('should leave what readers see in every other locale byte for byte unchanged when one locale is published', async () => {
    const { payload } = harness
    const guide = await createDraftInThreeLocales()
    for (const locale of ['en', 'zh-Hans', 'zh-Hant'] as const) {
      await payload.update({
        collection: 'guides',
        data: {
          steps: [{ title: unique(`${locale} step`) }],
          faq: [{ question: unique(`${locale} question`) }],
        },
        depth: 0,
        draft: true,
        id: guide.id,
        locale,
      })
      await setStatus(guide.id, locale, 'published')
    }
    const readerView = async (locale: Locale) =>
      JSON.stringify(
        (
          await payload.find({
            collection: 'guides',
            depth: 0,
            fallbackLocale: false,
            locale,
            select: { faq: true, slug: true, steps: true, summary: true, title: true },
            where: { id: { equals: guide.id } },
            ...anonymous,
          })
        ).docs,
      )
    const before = { en: await readerView('en'), 'zh-Hans': await readerView('zh-Hans') }

    // New drafts in English and Traditional Chinese; only Traditional Chinese is published.
    for (const locale of ['en', 'zh-Hant'] as const) {
      await payload.update({
        collection: 'guides',
        data: {
          steps: [{ title: unique(`${locale} new step`) }],
          summary: unique(`${locale} summary`),
        },
        depth: 0,
        draft: true,
        id: guide.id,
        locale,
        ...actingAs(world.users.editorA),
      })
    }
    await setStatus(guide.id, 'zh-Hant', 'published')

    expect({ en: await readerView('en'), 'zh-Hans': await readerView('zh-Hans') }).toEqual(before)
    expect(await readerView('zh-Hant')).toContain('zh-Hant new step')
  })

  it('should keep a published locale as readers saw it while a new draft of it is saved', async () => {
    const { payload } = harness
    const guide = await createDraftInThreeLocales()
    await setStatus(guide.id, 'en', 'published')
    const published = await payload.findByID({
      collection: 'guides',
      depth: 0,
      id: guide.id,
      locale: 'en',
    })
    await payload.update({
      collection: 'guides',
      data: { title: unique('Draft only title') },
      depth: 0,
      draft: true,
      id: guide.id,
      locale: 'en',
      ...actingAs(world.users.editorA),
    })
    const { docs } = await payload.find({
      collection: 'guides',
      depth: 0,
      locale: 'en',
      where: { id: { equals: guide.id } },
      ...anonymous,
    })
    expect(docs.map((doc) => doc.title)).toEqual([published.title])
  })

  it('should refuse a translator both publishing and unpublishing their own locale', async () => {
    const guide = await createDraftInThreeLocales()
    await setStatus(guide.id, 'zh-Hant', 'published')
    const publish = await errorOf(
      setStatus(guide.id, 'zh-Hant', 'published', world.users.translatorA),
    )
    const unpublish = await errorOf(
      setStatus(guide.id, 'zh-Hant', 'draft', world.users.translatorA),
    )
    expect([publish.status, unpublish.status]).toEqual([403, 403])
    expect(await readerLocales(guide.id)).toEqual(['zh-Hant'])
  })
})

describe('scheduled publishing', () => {
  const schedule = (data: Record<string, unknown>, user = world.users.editorA) =>
    harness.payload.create({
      collection: 'scheduled-publications',
      data: { tenant: world.tenantA.id, ...data } as never,
      depth: 0,
      ...actingAs(user),
    })

  const soon = () => new Date(Date.now() + 1500).toISOString()
  const waitUntilDue = () => new Promise((resolve) => setTimeout(resolve, 1700))
  const runDueJobs = () => harness.payload.jobs.run({ queue: 'publishing' })
  const entryState = async (id: ID) =>
    (await harness.payload.findByID({ collection: 'scheduled-publications', depth: 0, id })).state

  it('should publish and later unpublish one locale when each change is due', async () => {
    const guide = await createDraftInThreeLocales()
    const publish = await schedule({
      action: 'publish',
      guide: guide.id,
      locale: 'zh-Hans',
      runAt: soon(),
    })
    await runDueJobs()
    expect(await readerLocales(guide.id)).toEqual([])

    await waitUntilDue()
    await runDueJobs()
    expect([await readerLocales(guide.id), await entryState(publish.id)]).toEqual([
      ['zh-Hans'],
      'done',
    ])

    const unpublish = await schedule({
      action: 'unpublish',
      guide: guide.id,
      locale: 'zh-Hans',
      runAt: soon(),
    })
    await waitUntilDue()
    await runDueJobs()
    expect([await readerLocales(guide.id), await entryState(unpublish.id)]).toEqual([[], 'done'])
  })

  it('should not show readers the scheduled changes of a guide', async () => {
    const guide = await createDraftInThreeLocales()
    await setStatus(guide.id, 'en', 'published')
    await schedule({ action: 'unpublish', guide: guide.id, locale: 'en', runAt: soon() })
    const asReader = await harness.payload.findByID({
      collection: 'guides',
      id: guide.id,
      ...anonymous,
    })
    const asEditor = await harness.payload.findByID({
      collection: 'guides',
      id: guide.id,
      ...actingAs(world.users.editorA),
    })
    const entries = (guide: typeof asReader) => (guide.scheduledChanges?.docs ?? []).length
    expect([entries(asReader), entries(asEditor)]).toEqual([0, 1])
  })

  it('should leave a guide alone when its scheduled change was cancelled', async () => {
    const guide = await createDraftInThreeLocales()
    const entry = await schedule({
      action: 'publish',
      guide: guide.id,
      locale: 'en',
      runAt: soon(),
    })
    await harness.payload.update({
      collection: 'scheduled-publications',
      data: { state: 'cancelled' },
      id: entry.id,
      ...actingAs(world.users.editorA),
    })
    await waitUntilDue()
    await runDueJobs()
    expect([await readerLocales(guide.id), await entryState(entry.id)]).toEqual([[], 'cancelled'])
  })

  it('should refuse a past time, a language the publication does not offer and another tenant’s guide', async () => {
    const guide = await createDraftInThreeLocales()
    const past = await errorOf(
      schedule({
        action: 'publish',
        guide: guide.id,
        locale: 'en',
        runAt: new Date(Date.now() - 60_000).toISOString(),
      }),
    )
    const spanish = await errorOf(
      schedule({ action: 'publish', guide: guide.id, locale: 'es', runAt: soon() }),
    )
    const foreign = await errorOf(
      schedule({ action: 'publish', guide: world.guides.B.draft.id, locale: 'en', runAt: soon() }),
    )
    expect(
      [fieldErrors(past), fieldErrors(spanish), fieldErrors(foreign)].map((errors) =>
        errors.map((e) => e.path),
      ),
    ).toEqual([['runAt'], ['locale'], ['guide']])
  })

  it('should not let a translator schedule a change', async () => {
    const guide = await createDraftInThreeLocales()
    const error = await errorOf(
      schedule(
        { action: 'publish', guide: guide.id, locale: 'zh-Hant', runAt: soon() },
        world.users.translatorA,
      ),
    )
    expect(error.status).toBe(403)
  })

  it('should mark the change failed, with the reason, when the person who scheduled it may no longer publish', async () => {
    const { payload } = harness
    const guide = await createDraftInThreeLocales()
    const leavingEditor = await createUser(payload, 'leaving-editor', {
      tenants: [{ role: 'editor', tenant: world.tenantA.id }],
    })
    const entry = await schedule(
      { action: 'publish', guide: guide.id, locale: 'en', runAt: soon() },
      leavingEditor,
    )
    await payload.update({
      collection: 'users',
      data: { tenants: [{ languages: ['zh-Hant'], role: 'translator', tenant: world.tenantA.id }] },
      id: leavingEditor.id,
    })
    await waitUntilDue()
    await runDueJobs()
    const after = await payload.findByID({
      collection: 'scheduled-publications',
      depth: 0,
      id: entry.id,
    })
    expect([after.state, after.outcome, await readerLocales(guide.id)]).toEqual([
      'failed',
      expect.stringContaining('not allowed'),
      [],
    ])
  })
})

describe('edit conflicts and history', () => {
  const saveAs = (
    id: ID,
    user: TenantWorld['users']['editorA'],
    data: Record<string, unknown>,
    locale: Locale = 'en',
  ) =>
    harness.payload.update({
      collection: 'guides',
      data,
      depth: 0,
      draft: true,
      id,
      locale,
      ...actingAs(user),
    })

  const latestDraft = (id: ID) =>
    harness.payload.findByID({ collection: 'guides', depth: 0, draft: true, id })

  it('should refuse a save made from a stale copy and name who changed the guide since', async () => {
    const guide = await createDraftInThreeLocales()
    const opened = await latestDraft(guide.id)
    const loadedRevision = opened.editRevision ?? 0

    await saveAs(guide.id, world.users.adminA, {
      editRevision: loadedRevision,
      summary: 'Changed by the admin.',
    })
    const stale = await errorOf(
      saveAs(guide.id, world.users.editorA, {
        editRevision: loadedRevision,
        summary: 'Changed by the editor.',
      }),
    )

    const latest = await latestDraft(guide.id)
    expect([stale.status, stale.message, latest.summary]).toEqual([
      409,
      expect.stringContaining(world.users.adminA.email),
      'Changed by the admin.',
    ])
  })

  it('should refuse a side-by-side translation saved after the editor changed the guide', async () => {
    const guide = await createDraftInThreeLocales()
    const report = await buildGuideTranslationReport({
      guideID: guide.id,
      payload: harness.payload,
      user: world.users.translatorA,
    })
    await saveAs(guide.id, world.users.editorA, {
      editRevision: report.editRevision,
      summary: 'New source.',
    })
    const stale = await errorOf(
      saveTranslatedFields({
        edits: { summary: '新的摘要。' },
        guideID: guide.id,
        loadedRevision: report.editRevision,
        locale: 'zh-Hant',
        payload: harness.payload,
        user: world.users.translatorA,
      }),
    )
    expect([stale.status, stale.message]).toEqual([
      409,
      expect.stringContaining(world.users.editorA.email),
    ])
  })

  it('should let one person keep saving (autosave) from the copy they opened', async () => {
    const guide = await createDraftInThreeLocales()
    const opened = await latestDraft(guide.id)
    const loadedRevision = opened.editRevision ?? 0
    await saveAs(guide.id, world.users.editorA, {
      editRevision: loadedRevision,
      summary: 'First autosave.',
    })
    const second = await saveAs(guide.id, world.users.editorA, {
      editRevision: loadedRevision,
      summary: 'Second autosave.',
    })
    expect(second.summary).toBe('Second autosave.')
  })

  it('should record who saved each version and in which locale', async () => {
    const { payload } = harness
    const guide = await createDraftInThreeLocales()
    await saveAs(guide.id, world.users.translatorA, { title: unique('譯者的標題') }, 'zh-Hant')
    await saveAs(guide.id, world.users.editorA, { summary: 'The editor’s summary.' }, 'en')
    const { docs } = await payload.findVersions({
      collection: 'guides',
      depth: 0,
      limit: 2,
      sort: '-updatedAt',
      where: { parent: { equals: guide.id } },
    })
    expect(
      docs.map((version) => [idOf(version.version.lastEditedBy), version.version.lastEditedLocale]),
    ).toEqual([
      [idOf(world.users.editorA), 'en'],
      [idOf(world.users.translatorA), 'zh-Hant'],
    ])
  })
})
