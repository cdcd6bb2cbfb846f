import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  actingAs,
  createTenantWorld,
  errorOf,
  guideData,
  unique,
  type TenantWorld,
} from '@/tests/helpers/fixtures'
import { startPayload, type TestPayload } from '@/tests/helpers/startPayload'
import { translationEndpoints } from '@/collections/Guides/endpoints/translationEndpoints'
import { buildGuideTranslationReport } from '@/lib/translation/guideTranslationReport'
import { fieldLabel } from '@/lib/translation/fieldLabels'

/**
 * The fixes a newcomer to the translators' and editors' tools relies on, on the Local API: no
 * empty guide from Create New, drafts of a new language before its title, the saver's name in
 * the history, confirming saves typed edits first, kept glossary terms, field labels and the
 * scheduling message.
 */
let app: TestPayload
let payload: Payload
let world: TenantWorld

beforeAll(async () => {
  app = await startPayload()
  payload = app.payload
  world = await createTenantWorld(payload)
})
afterAll(async () => app?.stop())

const createGuide = () =>
  payload.create({
    collection: 'guides',
    data: guideData({
      _status: 'published',
      country: world.country.id,
      summary: 'Ask Jazz for a new SIM at any franchise.',
      tenant: world.tenantA.id,
      title: unique('Replace a Jazz SIM'),
    }),
    depth: 0,
  })

describe('guide drafts', () => {
  it('should refuse to store an empty draft, as opening Create New would', async () => {
    const error = await errorOf(
      payload.create({
        collection: 'guides',
        data: { tenant: world.tenantA.id } as never,
        draft: true,
        ...actingAs(world.users.editorA),
      }),
    )
    expect(error.status).toBe(400)
  })

  it('should let a translator save a draft of a new language before it has a title, with their name', async () => {
    const guide = await createGuide()
    const saved = await payload.update({
      collection: 'guides',
      data: { summary: 'جاز کی نئی سم کسی بھی فرنچائز سے لیں۔' },
      draft: true,
      id: guide.id,
      locale: 'ur',
      ...actingAs(world.users.translatorA),
    })
    expect([saved.summary, saved.lastEditedByName]).toEqual([
      'جاز کی نئی سم کسی بھی فرنچائز سے لیں۔',
      'translator-a',
    ])
  })
})

describe('side-by-side actions', () => {
  it('should save the typed edits before marking the translation up to date', async () => {
    const guide = await createGuide()
    const confirm = translationEndpoints.find((endpoint) => endpoint.path.endsWith('/confirm'))
    const response = await confirm?.handler({
      headers: new Headers({ accept: 'application/json', 'content-type': 'application/json' }),
      json: async () => ({ 'field:summary': 'پاکستان میں نئی سم', 'field:title': 'نئی سم' }),
      payload,
      routeParams: { id: guide.id, locale: 'ur' },
      user: world.users.translatorA,
    } as never)
    const report = await buildGuideTranslationReport({
      guideID: guide.id,
      payload,
      user: world.users.editorA,
    })
    const ur = report.locales.find((entry) => entry.locale === 'ur')
    expect([response?.status, ur?.status, ur?.state]).toEqual([
      200,
      'up-to-date',
      'ready-for-review',
    ])
    expect(ur?.fields.find((field) => field.path === 'summary')?.target).toBe('پاکستان میں نئی سم')
  })

  it('should warn when a glossary term kept as is was translated', async () => {
    await payload.create({
      collection: 'glossary',
      data: { keepAsIs: true, tenant: world.tenantA.id, term: 'Jazz' },
      depth: 0,
    })
    const guide = await createGuide()
    await payload.update({
      collection: 'guides',
      data: { summary: '到任何加盟店向爵士索取新的 SIM 卡。', title: '更換 SIM' },
      draft: true,
      id: guide.id,
      locale: 'zh-Hant',
    })
    const report = await buildGuideTranslationReport({
      guideID: guide.id,
      payload,
      user: world.users.translatorA,
    })
    const summary = report.locales
      .find((entry) => entry.locale === 'zh-Hant')
      ?.fields.find((field) => field.path === 'summary')
    expect(summary?.glossary).toEqual([{ expected: 'Jazz', term: 'Jazz' }])
  })

  it('should name fields as people do, in each admin language', () => {
    expect([
      fieldLabel('steps.2.body', 'en'),
      fieldLabel('faq.0.question', 'es'),
      fieldLabel('meta.title', 'zh-Hant'),
      fieldLabel('body', 'en', 1),
    ]).toEqual(['Step 3 · Text', 'Pregunta 1 · Pregunta', 'SEO 標題', 'Body · paragraph 2'])
  })
})

describe('scheduling', () => {
  it('should refuse a past time naming the field by its label', async () => {
    const guide = await createGuide()
    const error = await errorOf(
      payload.create({
        collection: 'scheduled-publications',
        data: {
          action: 'publish',
          guide: guide.id,
          locale: 'zh-Hant',
          runAt: '2020-01-01T09:00:00.000Z',
          tenant: world.tenantA.id,
        } as never,
        ...actingAs(world.users.editorA),
      }),
    )
    expect([error.status, error.message]).toEqual([400, 'The following field is invalid: When'])
  })
  const scheduleIn = (
    tenantID: number | string,
    extra: Record<string, unknown>,
    as = world.users.editorA,
  ) =>
    payload.create({
      collection: 'scheduled-publications',
      data: {
        action: 'publish',
        locale: 'zh-Hant',
        runAt: new Date(Date.now() + 86_400_000).toISOString(),
        tenant: tenantID,
        ...extra,
      } as never,
      depth: 0,
      ...actingAs(as),
    })

  it("should start a new scheduled change in its publication's time zone, and keep one the editor picked", async () => {
    await payload.update({
      collection: 'tenants',
      data: { timeZone: 'Asia/Karachi' },
      id: world.tenantA.id,
    })
    const guide = await createGuide()
    const byDefault = await scheduleIn(world.tenantA.id, { guide: guide.id })
    expect(byDefault.runAt_tz).toBe('Asia/Karachi')
    const picked = await scheduleIn(world.tenantA.id, {
      guide: guide.id,
      runAt_tz: 'Europe/London',
    })
    expect(picked.runAt_tz).toBe('Europe/London')
  })

  it('should refuse a time zone that is not offered, naming the field', async () => {
    const guide = await createGuide()
    const error = await errorOf(
      scheduleIn(world.tenantA.id, { guide: guide.id, runAt_tz: 'Mars/Olympus_Mons' }),
    )
    expect(error.status).toBe(400)
    expect(error.message).toMatch(/invalid/i)
  })

  it('should refuse a publication time zone that is not offered', async () => {
    const error = await errorOf(
      payload.update({
        collection: 'tenants',
        data: { timeZone: 'Mars/Olympus_Mons' as never },
        id: world.tenantA.id,
      }),
    )
    expect([error.status, error.message]).toEqual([
      400,
      'The following field is invalid: Time Zone',
    ])
  })
})
