import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Guide } from '@/payload-types'
import { searchPublishedGuides, type SearchRequest } from '@/lib/search/searchPublishedGuides'
import { startPayload, type TestPayload } from '@/tests/helpers/startPayload'
import {
  actingAs,
  createTenantWorld,
  guideData,
  richText,
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

/** A word no other fixture contains, so a search for it finds only the guides of one test. */
const uniqueWord = (prefix: string) => unique(prefix).replace('-', 'x')

/** The slugs a reader of tenant A (or B) finds for a query, best first. */
const search = (request: SearchRequest) => searchPublishedGuides(harness.payload, request)

const found = async (query: string, locale: Locale = 'en', tenantID: ID = world.tenantA.id) =>
  (await search({ locale, query, tenantID })).hits.map((hit) => hit.slug)

const editorA = () => actingAs(world.users.editorA)

const publishGuide = (data: Partial<Omit<Guide, 'country' | 'tenant'>> & { title: string }) =>
  harness.payload.create({
    collection: 'guides',
    data: guideData({
      _status: 'published',
      country: world.country.id,
      tenant: world.tenantA.id,
      ...data,
    }),
    depth: 0,
    draft: false,
    ...editorA(),
  })

const setStatus = (id: ID, locale: Locale, status: 'draft' | 'published') =>
  harness.payload.update({
    collection: 'guides',
    data: { _status: status },
    depth: 0,
    draft: false,
    id,
    locale,
    ...editorA(),
  })

const deleteGuide = (id: ID) => harness.payload.delete({ collection: 'guides', id, ...editorA() })

describe('search index kept in step with publishing', () => {
  it('should find a guide once it is published and not while it is a draft', async () => {
    const word = uniqueWord('roamdraft')
    const guide = await harness.payload.create({
      collection: 'guides',
      data: guideData({
        _status: 'draft',
        country: world.country.id,
        tenant: world.tenantA.id,
        title: `Top up ${word}`,
      }),
      depth: 0,
      draft: true,
      ...editorA(),
    })
    const whileDraft = await found(word)
    await setStatus(guide.id, 'en', 'published')
    expect({ afterPublish: await found(word), whileDraft }).toEqual({
      afterPublish: [guide.slug],
      whileDraft: [],
    })
    await deleteGuide(guide.id)
  })

  it('should drop a guide from the results as soon as it is unpublished', async () => {
    const word = uniqueWord('roamunpub')
    const guide = await publishGuide({ title: `Cancel ${word}` })
    await setStatus(guide.id, 'en', 'draft')
    expect(await found(word)).toEqual([])
    await deleteGuide(guide.id)
  })

  it('should find a translation only in the locale that is published, without spaces in Chinese', async () => {
    const guide = await publishGuide({ title: unique('Activate a Zong SIM') })
    const title = `如何激活中国移动卡${unique('号')}`
    await harness.payload.update({
      collection: 'guides',
      data: { _status: 'draft', slug: '', title },
      depth: 0,
      draft: true,
      id: guide.id,
      locale: 'zh-Hans',
      ...editorA(),
    })
    const beforePublish = await found('激活中国移动', 'zh-Hans')
    await setStatus(guide.id, 'zh-Hans', 'published')
    expect({
      afterPublish: (await found('激活中国移动', 'zh-Hans')).length,
      beforePublish: beforePublish.length,
      otherScript: (await found('激活中国移动', 'zh-Hant')).length,
    }).toEqual({ afterPublish: 1, beforePublish: 0, otherScript: 0 })
    await setStatus(guide.id, 'zh-Hans', 'draft')
    expect(await found('激活中国移动', 'zh-Hans')).toEqual([])
    await deleteGuide(guide.id)
  })

  it('should answer with the new slug after a slug change, never the old one', async () => {
    const word = uniqueWord('roamslug')
    const guide = await publishGuide({ title: `Port a number ${word}` })
    const newSlug = unique('port-a-number-renamed')
    await harness.payload.update({
      collection: 'guides',
      data: { slug: newSlug },
      depth: 0,
      draft: false,
      id: guide.id,
      locale: 'en',
      ...editorA(),
    })
    expect(await found(word)).toEqual([newSlug])
    await deleteGuide(guide.id)
  })

  it('should find a changed text by its new words and not by its old ones', async () => {
    const oldWord = uniqueWord('roamold')
    const newWord = uniqueWord('roamnew')
    const guide = await publishGuide({ title: `Balance ${oldWord}` })
    await harness.payload.update({
      collection: 'guides',
      data: { title: `Balance ${newWord}` },
      depth: 0,
      draft: false,
      id: guide.id,
      locale: 'en',
      ...editorA(),
    })
    expect({ newWord: await found(newWord), oldWord: await found(oldWord) }).toEqual({
      newWord: [guide.slug],
      oldWord: [],
    })
    await deleteGuide(guide.id)
  })

  it('should forget a deleted guide', async () => {
    const word = uniqueWord('roamdelete')
    const guide = await publishGuide({ title: `Data bundle ${word}` })
    await deleteGuide(guide.id)
    expect(await found(word)).toEqual([])
  })

  it('should never show one tenant the guides of another', async () => {
    const word = uniqueWord('roamtenant')
    const guide = await publishGuide({ title: `Roaming ${word}` })
    expect({
      tenantA: await found(word),
      tenantB: await found(word, 'en', world.tenantB.id),
    }).toEqual({ tenantA: [guide.slug], tenantB: [] })
    await deleteGuide(guide.id)
  })
})

describe('search ranking and pages', () => {
  it('should rank a title match above a summary match above a body match', async () => {
    const word = uniqueWord('roamrank')
    const inBody = await publishGuide({
      body: richText(`Dial the code, then ${word}.`),
      title: unique('Body guide'),
    })
    const inTitle = await publishGuide({ title: `${word} in the title` })
    const inSummary = await publishGuide({
      summary: `Ways to ${word} quickly.`,
      title: unique('Summary guide'),
    })
    expect(await found(word)).toEqual([inTitle.slug, inSummary.slug, inBody.slug])
    for (const guide of [inBody, inTitle, inSummary]) await deleteGuide(guide.id)
  })

  it('should find Urdu words and keep a USSD code whole in the snippet', async () => {
    const word = uniqueWord('roamurdu')
    const guide = await publishGuide({ title: `Balance ${word}` })
    await harness.payload.update({
      collection: 'guides',
      data: {
        _status: 'published',
        body: richText(`${'معلومات '.repeat(40)}بیلنس چیک کرنے کے لیے *222# ڈائل کریں`),
        slug: unique('balance-ur'),
        title: `بیلنس ${word}`,
      },
      depth: 0,
      draft: false,
      id: guide.id,
      locale: 'ur',
      ...editorA(),
    })
    const { hits } = await search({
      locale: 'ur',
      query: `${word} چیک`,
      tenantID: world.tenantA.id,
    })
    expect(hits.map((hit) => hit.snippet.includes('*222#'))).toEqual([true])
    await deleteGuide(guide.id)
  })

  it('should page through results and report the total', async () => {
    const word = uniqueWord('roampage')
    const guides = []
    for (let index = 0; index < 3; index += 1) {
      guides.push(await publishGuide({ title: `${word} ${unique('guide')}` }))
    }
    const first = await search({
      locale: 'en',
      perPage: 2,
      query: word,
      tenantID: world.tenantA.id,
    })
    const last = await search({
      locale: 'en',
      page: 2,
      perPage: 2,
      query: word,
      tenantID: world.tenantA.id,
    })
    expect({
      firstPage: first.hits.length,
      lastPage: last.hits.length,
      totalHits: last.totalHits,
      totalPages: last.totalPages,
    }).toEqual({ firstPage: 2, lastPage: 1, totalHits: 3, totalPages: 2 })
    for (const guide of guides) await deleteGuide(guide.id)
  })

  it('should rank only the newest matches of a common word, then list every older match once, newest first', async () => {
    const word = uniqueWord('roamwindow')
    // Oldest first: the title match is the oldest guide, outside a ranked window of three.
    const oldTitleMatch = await publishGuide({ title: `${word} first` })
    const bodyMatches = []
    for (let index = 0; index < 4; index += 1) {
      bodyMatches.push(
        await publishGuide({ body: richText(`Then ${word}.`), title: unique('Window guide') }),
      )
    }
    const newTitleMatch = await publishGuide({ title: `${word} newest` })
    const pages = []
    for (let page = 1; page <= 4; page += 1) {
      pages.push(
        await search({
          locale: 'en',
          page,
          perPage: 2,
          query: word,
          rankedWindow: 3,
          tenantID: world.tenantA.id,
        }),
      )
    }
    const slugs = pages.flatMap((page) => page.hits.map((hit) => hit.slug))
    const [b0, b1, b2, b3] = bodyMatches.map((guide) => guide.slug)
    // Ranked among the newest three (title first), then the older three newest first; a page
    // reaching across the window's end is filled from past it.
    expect(slugs).toEqual([newTitleMatch.slug, b3, b2, b1, b0, oldTitleMatch.slug])
    expect(pages.map((page) => page.totalHits)).toEqual([6, 6, 6, 6])
    expect(pages[3].hits).toEqual([])
    for (const guide of [oldTitleMatch, ...bodyMatches, newTitleMatch]) await deleteGuide(guide.id)
  })

  it('should answer a query of punctuation or search syntax with no results, not an error', async () => {
    expect(await found('" OR * NEAR( ^')).toEqual([])
  })
})
