import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  createTenantWorld,
  errorOf,
  guideData,
  richText,
  unique,
  type TenantWorld,
} from '@/tests/helpers/fixtures'
import { startPayload, type TestPayload } from '@/tests/helpers/startPayload'
import { buildGuideTranslationReport } from '@/lib/translation/guideTranslationReport'
import { saveTranslatedFields } from '@/lib/translation/saveTranslatedFields'
import { confirmTranslation, draftChineseTranslation } from '@/lib/translation/translationActions'

/**
 * The translation workflow on the Local API: status per locale from source fingerprints, side-by-
 * side saves, OpenCC drafting that must be reviewed before publishing, locale isolation of saves,
 * and the token and glossary checks. A fresh database per file; every guide is made for its test.
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

const createSourceGuide = async () =>
  payload.create({
    collection: 'guides',
    data: guideData({
      _status: 'published',
      body: richText('Dial *111# to check the balance before you leave.'),
      country: world.country.id,
      faq: [{ answer: richText('Yes, at any Jazz franchise.'), question: 'Can I cancel abroad?' }],
      steps: [
        { body: richText('Send your CNIC number to 668.'), title: 'Check your SIMs' },
        { body: richText('Bring Rs. 500 for the replacement fee.'), title: 'Visit a franchise' },
      ],
      summary: 'How to close a Jazz line for good.',
      tenant: world.tenantA.id,
      title: unique('Cancel a Jazz SIM'),
    }),
    depth: 0,
    locale: 'en',
  })

const reportFor = async (guideID: number | string, locale: 'ur' | 'zh-Hans' | 'zh-Hant') =>
  (await buildGuideTranslationReport({ guideID, payload, user: world.users.editorA })).locales.find(
    (entry) => entry.locale === locale,
  )

describe('translation status', () => {
  it('should report missing, then in progress, then up to date, then outdated with the changed field', async () => {
    const guide = await createSourceGuide()
    const translator = world.users.translatorA
    expect((await reportFor(guide.id, 'zh-Hant'))?.status).toBe('missing')

    await saveTranslatedFields({
      edits: { title: '取消 Jazz SIM 卡', summary: '如何永久關閉 Jazz 門號。' },
      guideID: guide.id,
      locale: 'zh-Hant',
      payload,
      user: translator,
    })
    expect((await reportFor(guide.id, 'zh-Hant'))?.status).toBe('in-progress')

    await confirmTranslation({ guideID: guide.id, locale: 'zh-Hant', payload, user: translator })
    const confirmed = await reportFor(guide.id, 'zh-Hant')
    expect([confirmed?.status, confirmed?.state]).toEqual(['up-to-date', 'ready-for-review'])

    await payload.update({
      collection: 'guides',
      data: { summary: 'How to close a Jazz line for good, in person.' },
      id: guide.id,
      locale: 'en',
      overrideAccess: false,
      user: world.users.editorA,
    })
    const outdated = await reportFor(guide.id, 'zh-Hant')
    expect([outdated?.status, outdated?.changedFields]).toEqual(['outdated', ['summary']])
    const summary = outdated?.fields.find((field) => field.path === 'summary')
    expect(
      summary?.diff
        ?.filter((segment) => segment.kind === 'added')
        .map((segment) => segment.text)
        .join(''),
    ).toContain('in person')
  })

  it('should only let a translator confirm the locales assigned to them', async () => {
    const guide = await createSourceGuide()
    const error = await errorOf(
      confirmTranslation({
        guideID: guide.id,
        locale: 'zh-Hans',
        payload,
        user: world.users.translatorA,
      }),
    )
    expect(error.status).toBe(403)
  })
})

describe('locale isolation', () => {
  it('should leave every other locale byte for byte unchanged when one locale is saved', async () => {
    const guide = await createSourceGuide()
    const editor = world.users.editorA
    const translations = {
      ur: {
        steps: [{ body: richText('668 پر شناختی کارڈ نمبر بھیجیں۔'), title: 'اپنی سمیں دیکھیں' }],
        title: 'جاز سم بند کریں',
      },
      'zh-Hans': {
        steps: [{ body: richText('将身份证号码发送到 668。'), title: '查看名下的 SIM 卡' }],
        title: '注销 Jazz SIM 卡',
      },
      'zh-Hant': {
        steps: [{ body: richText('將身分證號碼傳送到 668。'), title: '查看名下的 SIM 卡' }],
        title: '註銷 Jazz SIM 卡',
      },
    } as const
    const snapshot = async () =>
      JSON.stringify(
        (await payload.findByID({
          collection: 'guides',
          depth: 0,
          draft: true,
          id: guide.id,
          locale: 'all',
        })) as unknown as Record<string, unknown>,
        [
          'title',
          'steps',
          'faq',
          'body',
          'summary',
          'en',
          'ur',
          'zh-Hans',
          'zh-Hant',
          'root',
          'children',
          'text',
          'question',
          'answer',
        ],
      )
    for (const [locale, data] of Object.entries(translations)) {
      const others = JSON.parse(await snapshot())
      await payload.update({
        collection: 'guides',
        data: data as never,
        draft: true,
        id: guide.id,
        locale: locale as 'ur',
        overrideAccess: false,
        user: editor,
      })
      const after = JSON.parse(await snapshot())
      for (const field of ['title', 'steps', 'faq', 'body', 'summary']) {
        const keep = Object.keys(others[field] ?? {}).filter((code) => code !== locale)
        expect(Object.fromEntries(keep.map((code) => [code, after[field]?.[code]]))).toEqual(
          Object.fromEntries(keep.map((code) => [code, others[field]?.[code]])),
        )
      }
    }
  })
})

describe('machine drafting with OpenCC', () => {
  it('should fill only empty Traditional fields from Simplified and block publishing until reviewed', async () => {
    const guide = await createSourceGuide()
    const editor = world.users.editorA
    await payload.update({
      collection: 'guides',
      data: { summary: '如何永久关闭 Jazz 号码。', title: '关闭 Jazz 网络 SIM 卡' },
      draft: true,
      id: guide.id,
      locale: 'zh-Hans',
      overrideAccess: false,
      user: editor,
    })
    await payload.update({
      collection: 'guides',
      data: { title: '譯者自己寫的標題' },
      draft: true,
      id: guide.id,
      locale: 'zh-Hant',
      overrideAccess: false,
      user: editor,
    })

    const { filled } = await draftChineseTranslation({
      from: 'zh-Hans',
      guideID: guide.id,
      payload,
      to: 'zh-Hant',
      user: editor,
    })
    const drafted = await payload.findByID({
      collection: 'guides',
      depth: 0,
      draft: true,
      fallbackLocale: false,
      id: guide.id,
      locale: 'zh-Hant',
    })
    expect([filled, drafted.title, drafted.summary]).toEqual([
      ['summary'],
      '譯者自己寫的標題',
      '如何永久關閉 Jazz 號碼。',
    ])

    const publishZhHant = () =>
      payload.update({
        collection: 'guides',
        data: { _status: 'published' },
        id: guide.id,
        locale: 'zh-Hant',
        overrideAccess: false,
        user: editor,
      })
    const blockedLocale = await errorOf(publishZhHant())
    const blockedAll = await errorOf(
      payload.update({
        collection: 'guides',
        data: { _status: 'published' },
        id: guide.id,
        locale: 'en',
        overrideAccess: false,
        publishAllLocales: true,
        user: editor,
      }),
    )
    expect([blockedLocale, blockedAll].map((error) => error.data?.errors?.[0]?.message)).toEqual([
      expect.stringContaining('zh-Hant'),
      expect.stringContaining('zh-Hant'),
    ])

    // The English source is not held back by an unreviewed translation.
    const english = await payload.update({
      collection: 'guides',
      data: { _status: 'published' },
      id: guide.id,
      locale: 'en',
      overrideAccess: false,
      user: editor,
    })
    const afterEnglish = await payload.findByID({
      collection: 'guides',
      depth: 0,
      id: guide.id,
      locale: 'all',
    })
    const statuses = afterEnglish._status as unknown as Record<string, string | undefined>
    expect([english._status, statuses.en, statuses['zh-Hant'] ?? 'not published']).toEqual([
      'published',
      'published',
      'not published',
    ])

    await confirmTranslation({ guideID: guide.id, locale: 'zh-Hant', payload, user: editor })
    const published = await publishZhHant()
    expect(published._status).toBe('published')
  })
})

describe('translation checks', () => {
  it('should warn when a translation drops or alters a USSD code', async () => {
    const guide = await createSourceGuide()
    await saveTranslatedFields({
      edits: { body: '出發前撥打 #111* 查詢餘額。', title: unique('取消 Jazz SIM 卡') },
      guideID: guide.id,
      locale: 'zh-Hant',
      payload,
      user: world.users.translatorA,
    })
    const body = (await reportFor(guide.id, 'zh-Hant'))?.fields.find(
      (field) => field.path === 'body',
    )
    expect([body?.tokens.missing, body?.tokens.unexpected]).toEqual([['*111#'], ['#111*']])
  })

  it('should warn when a translation misses the glossary spelling of a term', async () => {
    const guide = await createSourceGuide()
    const term = await payload.create({
      collection: 'glossary',
      data: { spelling: 'جاز', tenant: world.tenantA.id, term: 'Jazz' } as never,
      locale: 'ur',
    })
    await saveTranslatedFields({
      edits: { title: 'Jazz سم بند کریں' },
      guideID: guide.id,
      locale: 'ur',
      payload,
      user: world.users.translatorA,
    })
    const title = (await reportFor(guide.id, 'ur'))?.fields.find((field) => field.path === 'title')
    expect(title?.glossary).toEqual([{ expected: 'جاز', term: 'Jazz' }])
    await payload.delete({ collection: 'glossary', id: term.id })
  })
})
