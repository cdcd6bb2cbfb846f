import type { Payload } from 'payload'

import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  createTenantWorld,
  errorOf,
  guideData,
  richText,
  unique,
  type ActingUser,
  type ID,
  type TenantWorld,
} from '@/tests/helpers/fixtures'
import { startPayload, type TestPayload } from '@/tests/helpers/startPayload'
import { exportGuideXliff, importGuideXliff } from '@/lib/translation/xliff/guideXliff'
import { readXliff } from '@/lib/translation/xliff/xliffDocument'
import { xliffEndpoints } from '@/collections/Guides/endpoints/xliffEndpoints'
import { lexicalToPlainText } from '@/lib/richText/plainText'

/**
 * XLIFF 2.0 round trip on the Local API: export, a file edited the way another CAT tool writes
 * it, import as a draft, and every way a file or a person may not get in.
 */
let app: TestPayload
let payload: Payload
let world: TenantWorld

beforeAll(async () => {
  app = await startPayload()
  payload = app.payload
  world = await createTenantWorld(payload)
  await payload.create({
    collection: 'glossary',
    data: { keepAsIs: true, tenant: world.tenantA.id, term: 'Jazz' } as never,
    depth: 0,
  })
})
afterAll(async () => app?.stop())

const boldText = (text: string) => ({
  detail: 0,
  format: 1,
  mode: 'normal',
  style: '',
  text,
  type: 'text',
  version: 1,
})
const plainText = (text: string) => ({ ...boldText(text), format: 0 })

/** A guide whose source has tokens, a kept term, bold text and two paragraphs of body. */
const createGuide = async (title = unique('Top up a Jazz SIM')) => {
  const stepBody = richText('x')
  stepBody.root.children[0].children = [
    plainText('Send '),
    boldText('Jazz'),
    plainText(' to 668 for Rs. 100.'),
  ] as never
  return payload.create({
    collection: 'guides',
    data: guideData({
      _status: 'published',
      body: richText(
        'Visit https://jazz.com.pk for plans.',
        'Call +92 300 1234567 if the card fails.',
      ),
      country: world.country.id,
      steps: [{ body: stepBody, title: 'Buy a card' }],
      summary: 'Dial *111# to check your balance.',
      tenant: world.tenantA.id,
      title,
    }),
    depth: 0,
    locale: 'en',
  })
}

const readZhHant = (id: ID) =>
  payload.findByID({
    collection: 'guides',
    depth: 0,
    draft: true,
    fallbackLocale: false,
    id,
    locale: 'zh-Hant',
  })

/** The CAT-tool fixture with this guide's id and revision filled in. */
const catToolFile = async (guideID: ID, revision: number, name = 'cat-tool-zh-Hant.xlf') =>
  (await readFile(path.join(process.cwd(), 'tests/fixtures/xliff', name), 'utf8'))
    .replaceAll('{{guide}}', String(guideID))
    .replaceAll('{{revision}}', String(revision))

const createGuideWithSuffix = async () => {
  const suffix = unique('')
  return { guide: await createGuide(`Top up a Jazz SIM${suffix}`), suffix }
}

const exportFor = (guideID: ID, user: ActingUser, locale = 'zh-Hant') =>
  exportGuideXliff({ guideID, locale, payload, user })

const importFor = (guideID: ID, xml: string, user: ActingUser, locale = 'zh-Hant') =>
  importGuideXliff({ guideID, locale, payload, user, xml })

const outcomes = (report: { units: { id: string; outcome: string }[] }) =>
  Object.fromEntries(report.units.map((unit) => [unit.id, unit.outcome]))

const catToolFor = async (guide: { editRevision?: number | null; id: ID }, suffix: string) =>
  (await catToolFile(guide.id, Number(guide.editRevision ?? 0))).replaceAll('{{suffix}}', suffix)

describe('XLIFF export', () => {
  it('should export one unit per field, step and rich-text block with tokens and kept terms as placeholders', async () => {
    const guide = await createGuide()
    const file = readXliff((await exportFor(guide.id, world.users.translatorA)).xml)
    expect(file.units.map((unit) => unit.id)).toEqual([
      'title',
      'summary',
      'steps.0.title',
      'steps.0.body_b0',
      'body_b0',
      'body_b1',
    ])
    const step = file.units.find((unit) => unit.id === 'steps.0.body_b0')
    expect([step?.data, step?.source]).toEqual([
      { d1: 'Jazz', d2: '668', d3: 'Rs. 100' },
      [
        { kind: 'text', text: 'Send ' },
        { children: [{ dataRef: 'd1', id: 'p1', kind: 'ph' }], id: 'f1', kind: 'pc' },
        { kind: 'text', text: ' to ' },
        { dataRef: 'd2', id: 'p2', kind: 'ph' },
        { kind: 'text', text: ' for ' },
        { dataRef: 'd3', id: 'p3', kind: 'ph' },
        { kind: 'text', text: '.' },
      ],
    ])
  })

  it('should note on each unit whose source changed since the translation was confirmed', async () => {
    const { guide, suffix } = await createGuideWithSuffix()
    await importFor(guide.id, await catToolFor(guide, suffix), world.users.translatorA)
    await payload.update({
      collection: 'guides',
      data: {
        translation: {
          confirmedAt: '2026-11-01T10:00:00.000Z',
          confirmedSource: {
            summary: 'Dial *111# for the balance.',
            title: `Top up a Jazz SIM${suffix}`,
          },
        },
      } as never,
      id: guide.id,
      locale: 'zh-Hant',
    })
    const file = readXliff((await exportFor(guide.id, world.users.editorA)).xml)
    const notes = Object.fromEntries(
      file.units.map((unit) => [
        unit.id,
        unit.notes.filter((note) => note.category === 'source-change').map((note) => note.text),
      ]),
    )
    expect([notes.title, notes.summary]).toEqual([
      [],
      [
        'The source changed after the translation was confirmed on 2026-11-01. It said before: Dial *111# for the balance.',
      ],
    ])
  })
})

describe('XLIFF import', () => {
  it('should save a file written by another CAT tool as a draft of the locale, unit by unit', async () => {
    const { guide, suffix } = await createGuideWithSuffix()
    const report = await importFor(
      guide.id,
      await catToolFor(guide, suffix),
      world.users.translatorA,
    )
    expect(outcomes(report)).toEqual({
      body_b0: 'untranslated',
      body_b1: 'applied',
      'steps.0.body_b0': 'applied',
      'steps.0.title': 'applied',
      summary: 'applied',
      title: 'applied',
    })
    const saved = await readZhHant(guide.id)
    const stepNodes = (
      saved.steps?.[0]?.body?.root.children[0] as unknown as {
        children: { format: number; text: string }[]
      }
    ).children
    expect({
      body: lexicalToPlainText(saved.body),
      state: saved.translation?.state,
      stepNodes: stepNodes.map((node) => [node.text, node.format]),
      summary: saved.summary,
      title: saved.title,
    }).toEqual({
      body: '請撥打 +92 300 1234567 ，若卡片無法使用。',
      state: 'in-progress',
      stepNodes: [
        ['傳送 ', 0],
        ['Jazz', 1],
        [' 至 668，費用 Rs. 100。', 0],
      ],
      summary: '撥打 *111# 查詢餘額。',
      title: `儲值 Jazz SIM 卡${suffix}`,
    })
  })

  it('should refuse the whole file when a placeholder’s protected text was changed', async () => {
    const { guide, suffix } = await createGuideWithSuffix()
    const file = (await catToolFor(guide, suffix)).replace(
      '<data id="d1">*111#</data>',
      '<data id="d1">*112#</data>',
    )
    const error = await errorOf(importFor(guide.id, file, world.users.translatorA))
    expect([error.status, error.message]).toEqual([
      422,
      'Nothing was saved: 1 unit cannot be applied (summary).',
    ])
    expect((await readZhHant(guide.id)).title ?? null).toBeNull()
  })

  it('should refuse a unit whose placeholder was typed over as text', async () => {
    const { guide, suffix } = await createGuideWithSuffix()
    const file = (await catToolFor(guide, suffix)).replace(
      '至 <ph id="p2" dataRef="d2"/>',
      '至 669',
    )
    const error = (await errorOf(importFor(guide.id, file, world.users.translatorA))) as Error & {
      details?: { units: { id: string; message: string }[] }
    }
    expect(error.details?.units.find((unit) => unit.id === 'steps.0.body_b0')?.message).toBe(
      'Refused: the protected text "668" is missing.',
    )
  })

  it('should apply a file made for an older revision only to units whose source did not change', async () => {
    const { guide, suffix } = await createGuideWithSuffix()
    const file = await catToolFor(guide, suffix)
    await payload.update({
      collection: 'guides',
      data: { summary: 'Dial *111# to see what is left on your SIM.' },
      id: guide.id,
      locale: 'en',
    })
    const report = await importFor(guide.id, file, world.users.translatorA)
    expect([outcomes(report).summary, outcomes(report).title]).toEqual([
      'source-changed',
      'applied',
    ])
    expect((await readZhHant(guide.id)).summary ?? null).toBeNull()
  })

  it('should refuse a unit the guide does not have', async () => {
    const { guide, suffix } = await createGuideWithSuffix()
    const file = (await catToolFor(guide, suffix)).replace(
      '<unit id="steps.0.title"',
      '<unit id="steps.7.title"',
    )
    const error = await errorOf(importFor(guide.id, file, world.users.translatorA))
    expect([error.status, error.message]).toEqual([
      422,
      'Nothing was saved: 1 unit cannot be applied (steps.7.title).',
    ])
  })
})

describe('XLIFF access and malformed files', () => {
  it('should refuse another publication’s editor, a translator’s other locale and the source locale', async () => {
    const guide = await createGuide()
    const statuses = [
      (await errorOf(exportFor(guide.id, world.users.editorB))).status,
      (await errorOf(exportFor(guide.id, world.users.translatorA, 'zh-Hans'))).status,
      (await errorOf(exportFor(guide.id, world.users.editorA, 'en'))).status,
      (await errorOf(importFor(guide.id, '<xliff/>', world.users.translatorA, 'zh-Hans'))).status,
    ]
    expect(statuses).toEqual([404, 403, 403, 403])
  })

  it('should answer malformed files, DOCTYPEs, other versions and other guides with a 4xx and a reason', async () => {
    const { guide, suffix } = await createGuideWithSuffix()
    const other = await createGuide()
    const translator = world.users.translatorA
    const answers = await Promise.all(
      [
        '<xliff version="2.0"><file><unit id="title">',
        '<!DOCTYPE x [<!ENTITY a "aaaa">]><xliff version="2.0"/>',
        '<xliff version="1.2"><file/></xliff>',
        '',
      ].map(async (xml) => {
        const error = await errorOf(importFor(guide.id, xml, translator))
        return [error.status, error.message]
      }),
    )
    expect(answers.map(([status]) => status)).toEqual([400, 400, 400, 400])
    expect(answers.map(([, message]) => message)).toEqual([
      expect.stringContaining('not well-formed XML'),
      'XLIFF files must not have a DOCTYPE.',
      'Only XLIFF 2.x is accepted; this file says version "1.2".',
      'The request has no XLIFF file in its body.',
    ])
    const wrongGuide = await errorOf(
      importFor(other.id, await catToolFor(guide, suffix), translator),
    )
    expect(wrongGuide.status).toBe(409)
  })

  it('should answer anonymous requests to the XLIFF address with 401', async () => {
    const guide = await createGuide()
    const exportEndpoint = xliffEndpoints.find(
      (endpoint) =>
        endpoint.path === '/:id/translations/:locale/xliff' && endpoint.method === 'get',
    )
    const response = await exportEndpoint?.handler({
      payload,
      routeParams: { id: guide.id, locale: 'zh-Hant' },
      user: null,
    } as never)
    expect(response?.status).toBe(401)
  })

  it('should bundle every missing or outdated guide of a publication for one locale as a zip', async () => {
    const guide = await createGuide()
    const bundle = xliffEndpoints.find((endpoint) => endpoint.path === '/xliff-bundle/:locale')
    const call = (user: ActingUser, locale: string) =>
      bundle?.handler({
        payload,
        query: { tenant: String(world.tenantA.id) },
        routeParams: { locale },
        user,
      } as never)
    const response = await call(world.users.translatorA, 'zh-Hant')
    const files = Object.keys(unzipSync(new Uint8Array(await response!.arrayBuffer())))
    expect(files).toContain(`guide-${guide.id}-zh-Hant-r1.xlf`)
    const refused = await Promise.all([
      call(world.users.translatorA, 'zh-Hans'),
      call(world.users.editorB, 'zh-Hant'),
    ])
    expect(refused.map((answer) => answer?.status)).toEqual([403, 404])
  })
})
