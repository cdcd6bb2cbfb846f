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
import { saveTranslatedFields } from '@/lib/translation/saveTranslatedFields'
import { confirmTranslation } from '@/lib/translation/translationActions'
import { findMemoryMatches } from '@/lib/translation/memory/translationMemory'
import { fillFromMemory } from '@/lib/translation/memory/fillFromMemory'
import { lexicalToPlainText } from '@/lib/richText/plainText'

/**
 * Translation memory: confirmed translations feed it per publication and language pair, other
 * guides find exact and fuzzy matches with their origin, "fill from memory" drafts empty fields
 * that must be reviewed, and the memory outlives the guide it came from.
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

const sharedSummary = 'Keep your passport with you when you buy the SIM.'

const createGuide = (title: string, summary: string, body: string[]) =>
  payload.create({
    collection: 'guides',
    data: guideData({
      _status: 'published',
      body: richText(...body),
      country: world.country.id,
      summary,
      tenant: world.tenantA.id,
      title,
    }),
    depth: 0,
    locale: 'en',
  })

/** A guide translated into zh-Hant and confirmed by the translator. */
const confirmedGuide = async () => {
  const title = unique('Buy a Jazz SIM at the airport')
  const guide = await createGuide(title, sharedSummary, [
    'Go to the arrivals hall. Show your passport at the counter.',
  ])
  const translator = world.users.translatorA
  await saveTranslatedFields({
    edits: {
      body: '前往入境大廳。在櫃檯出示護照。',
      summary: '購買 SIM 卡時請隨身攜帶護照。',
      title: `在機場購買 Jazz SIM 卡 ${title}`,
    },
    guideID: guide.id,
    locale: 'zh-Hant',
    payload,
    user: translator,
  })
  await confirmTranslation({ guideID: guide.id, locale: 'zh-Hant', payload, user: translator })
  return { guide, title }
}

const matchesFor = (texts: Record<string, string>, user = world.users.translatorA) =>
  findMemoryMatches({
    payload,
    sourceLocale: 'en',
    targetLocale: 'zh-Hant',
    tenantID: world.tenantA.id,
    texts,
    user,
  })

describe('translation memory', () => {
  it('should offer an exact match with its origin after another guide with the same sentence was confirmed', async () => {
    const { title } = await confirmedGuide()
    const matches = await matchesFor({ summary: sharedSummary })
    expect(
      matches.summary.map((match) => [
        match.score,
        match.targetText,
        match.originTitle,
        match.originField,
      ]),
    ).toEqual([[100, '購買 SIM 卡時請隨身攜帶護照。', title, 'summary']])
  })

  it('should offer fuzzy matches with a score below 100 and sentence matches inside rich text', async () => {
    await confirmedGuide()
    const matches = await matchesFor({
      body: 'Show your passport at the counter. Then pay at the till.',
      summary: 'Keep your passport with you when you buy a SIM.',
    })
    expect(matches.summary[0]?.score).toBeGreaterThanOrEqual(80)
    expect(matches.summary[0]?.score).toBeLessThan(100)
    expect(
      matches.body.find((match) => match.kind === 'sentence' && match.score === 100)?.targetText,
    ).toBe('在櫃檯出示護照。')
  })

  it('should fill empty fields from memory, marked for review, and keep the memory after the first guide is deleted', async () => {
    const { guide: first } = await confirmedGuide()
    await payload.delete({ collection: 'guides', id: first.id })
    const second = await createGuide(unique('Replace a lost SIM'), sharedSummary, [
      'Call the helpline.',
    ])
    const { filled } = await fillFromMemory({
      guideID: second.id,
      locale: 'zh-Hant',
      payload,
      user: world.users.translatorA,
    })
    const draft = await payload.findByID({
      collection: 'guides',
      depth: 0,
      draft: true,
      fallbackLocale: false,
      id: second.id,
      locale: 'zh-Hant',
    })
    expect([
      filled,
      draft.summary,
      draft.translation?.memoryDrafted,
      draft.translation?.machineDrafted,
    ]).toEqual([['summary'], '購買 SIM 卡時請隨身攜帶護照。', ['summary'], ['summary']])
    const publishing = await errorOf(
      payload.update({
        collection: 'guides',
        data: { _status: 'published' },
        id: second.id,
        locale: 'zh-Hant',
        overrideAccess: false,
        user: world.users.editorA,
      }),
    )
    expect(publishing.status).toBe(400)
  })

  it('should compose rich text from known sentences, paragraph by paragraph, and leave a field with an unknown sentence empty', async () => {
    await confirmedGuide()
    const known = await createGuide(
      unique('Collect a SIM'),
      unique('A summary nobody translated'),
      ['Show your passport at the counter.', 'Go to the arrivals hall.'],
    )
    const partlyKnown = await createGuide(unique('Collect an eSIM'), unique('Another summary'), [
      'Go to the arrivals hall. Ask for a tourist eSIM.',
    ])
    const fill = (guideID: number | string) =>
      fillFromMemory({ guideID, locale: 'zh-Hant', payload, user: world.users.translatorA })
    const bodyOf = async (guideID: number | string) =>
      lexicalToPlainText(
        (
          await payload.findByID({
            collection: 'guides',
            depth: 0,
            draft: true,
            fallbackLocale: false,
            id: guideID,
            locale: 'zh-Hant',
          })
        ).body,
      )
    expect((await fill(known.id)).filled).toEqual(['body'])
    expect(await bodyOf(known.id)).toBe('在櫃檯出示護照。\n\n前往入境大廳。')
    expect((await fill(partlyKnown.id)).filled).toEqual([])
    expect(await bodyOf(partlyKnown.id)).toBe('')
  })

  it('should keep one publication’s memory from another publication’s people, and let no one write it by hand', async () => {
    await confirmedGuide()
    const foreign = await findMemoryMatches({
      payload,
      sourceLocale: 'en',
      targetLocale: 'zh-Hant',
      tenantID: world.tenantA.id,
      texts: { summary: sharedSummary },
      user: world.users.editorB,
    })
    const forged = await errorOf(
      payload.create({
        collection: 'translation-memory',
        data: {
          sourceHash: 'x',
          sourceLocale: 'en',
          sourceText: 'Buy a SIM.',
          targetLocale: 'zh-Hant',
          targetText: '買 SIM。',
          tenant: world.tenantA.id,
        } as never,
        overrideAccess: false,
        user: world.users.editorA,
      }),
    )
    expect([foreign.summary, forged.status]).toEqual([[], 403])
  })
})
