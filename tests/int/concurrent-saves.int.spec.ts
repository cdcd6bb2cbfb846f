import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Guide } from '@/payload-types'
import type { LocaleCode } from '@/i18n/locales'
import { saveGuide } from '@/lib/guides/saveGuide'
import { saveTranslatedFields } from '@/lib/translation/saveTranslatedFields'
import {
  actingAs,
  createTenantWorld,
  errorOf,
  guideData,
  unique,
  type ActingUser,
  type TenantWorld,
} from '@/tests/helpers/fixtures'
import { startPayload, type TestPayload } from '@/tests/helpers/startPayload'

/**
 * Saves of one guide started at the same moment, as two people clicking Save together produce
 * them: each save must see the one before it. Saves of different locales keep both; saves of the
 * same locale from forms opened at the same revision end with one saved and one refused (409).
 * Each case runs a few rounds, since one round may happen to run its saves one after another.
 */

const rounds = 4

let app: TestPayload
let payload: Payload
let world: TenantWorld
let editor: ActingUser
let colleague: ActingUser
let translator: ActingUser

beforeAll(async () => {
  app = await startPayload()
  payload = app.payload
  world = await createTenantWorld(payload)
  editor = world.users.editorA
  colleague = world.users.adminA
  translator = world.users.translatorA
})

afterAll(async () => app?.stop())

const createGuide = async (): Promise<Guide> => {
  const guide = await payload.create({
    collection: 'guides',
    data: guideData({
      _status: 'published',
      country: world.country.id,
      tenant: world.tenantA.id,
      title: unique('Top up a Zong SIM'),
    }),
    depth: 0,
  })
  for (const locale of ['zh-Hant', 'ur'] as const) {
    await payload.update({
      collection: 'guides',
      data: { title: `${guide.id} ${locale} 0` },
      depth: 0,
      id: guide.id,
      locale,
    })
  }
  return payload.findByID({ collection: 'guides', depth: 0, draft: true, id: guide.id })
}

const titlesOf = async (id: Guide['id']) => {
  const guide = await payload.findByID({
    collection: 'guides',
    depth: 0,
    draft: true,
    fallbackLocale: false,
    id,
    locale: 'all',
    ...actingAs(world.users.superAdmin),
  })
  return guide.title as unknown as Record<LocaleCode, string>
}

const summaryOf = async (id: Guide['id']) =>
  (await payload.findByID({ collection: 'guides', depth: 0, draft: true, id, locale: 'en' }))
    .summary

const latestVersionCount = async (id: Guide['id']) =>
  (
    await payload.countVersions({
      collection: 'guides',
      where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    })
  ).totalDocs

const statusesOf = (results: PromiseSettledResult<unknown>[]) =>
  results
    .map((result) =>
      result.status === 'fulfilled' ? 200 : ((result.reason as { status?: number }).status ?? 500),
    )
    .sort()

describe('saves of one guide started together', () => {
  it('should keep both when an editor and a translator save different locales', async () => {
    const guide = await createGuide()
    for (let round = 1; round <= rounds; round += 1) {
      await Promise.all([
        saveGuide({
          data: { title: `${guide.id} en ${round}` },
          draft: true,
          id: guide.id,
          locale: 'en',
          payload,
          user: editor,
        }),
        saveGuide({
          data: { title: `${guide.id} ur ${round}` },
          draft: true,
          id: guide.id,
          locale: 'ur',
          payload,
          user: translator,
        }),
      ])
      expect(await titlesOf(guide.id)).toMatchObject({
        en: `${guide.id} en ${round}`,
        ur: `${guide.id} ur ${round}`,
        'zh-Hant': `${guide.id} zh-Hant 0`,
      })
    }
    expect(await latestVersionCount(guide.id)).toBe(1)
  })

  it('should keep both when two editors publish different locales', async () => {
    const guide = await createGuide()
    for (let round = 1; round <= rounds; round += 1) {
      await Promise.all(
        (['en', 'zh-Hant'] as const).map((locale, index) =>
          saveGuide({
            data: { _status: 'published', title: `${guide.id} ${locale} ${round}` },
            id: guide.id,
            locale,
            payload,
            user: [editor, colleague][index],
          }),
        ),
      )
    }
    const published = await payload.findByID({
      collection: 'guides',
      depth: 0,
      fallbackLocale: false,
      id: guide.id,
      locale: 'all',
      ...actingAs(world.users.superAdmin),
    })
    expect(published.title).toMatchObject({
      en: `${guide.id} en ${rounds}`,
      'zh-Hant': `${guide.id} zh-Hant ${rounds}`,
    })
    expect(await latestVersionCount(guide.id)).toBe(1)
  })

  it('should keep both when a bulk edit of drafts and a translator save run together', async () => {
    const guide = await createGuide()
    for (let round = 1; round <= rounds; round += 1) {
      await Promise.all([
        payload.update({
          collection: 'guides',
          data: { summary: `${guide.id} bulk ${round}` },
          depth: 0,
          draft: true,
          locale: 'en',
          where: { id: { equals: guide.id } },
          ...actingAs(editor),
        }),
        saveGuide({
          data: { title: `${guide.id} ur ${round}` },
          draft: true,
          id: guide.id,
          locale: 'ur',
          payload,
          user: translator,
        }),
      ])
      expect((await titlesOf(guide.id)).ur).toBe(`${guide.id} ur ${round}`)
      expect(await summaryOf(guide.id)).toBe(`${guide.id} bulk ${round}`)
    }
    expect(await latestVersionCount(guide.id)).toBe(1)
  })

  it('should save one and refuse the other with 409 when two editors save the same locale', async () => {
    const guide = await createGuide()
    const outcomes: number[][] = []
    for (let round = 1; round <= rounds; round += 1) {
      const { editRevision } = await payload.findByID({
        collection: 'guides',
        depth: 0,
        draft: true,
        id: guide.id,
      })
      const results = await Promise.allSettled(
        [editor, colleague].map((user) =>
          saveGuide({
            data: { title: `en ${round} by ${user.email}` },
            draft: true,
            id: guide.id,
            loadedRevision: editRevision ?? 0,
            locale: 'en',
            payload,
            user,
          }),
        ),
      )
      outcomes.push(statusesOf(results))
    }
    expect(outcomes).toEqual(Array.from({ length: rounds }, () => [200, 409]))
    expect(await latestVersionCount(guide.id)).toBe(1)
  })

  it('should save one and refuse the other with 409 from the side-by-side translation view', async () => {
    const guide = await createGuide()
    const outcomes: number[][] = []
    for (let round = 1; round <= rounds; round += 1) {
      const { editRevision } = await payload.findByID({
        collection: 'guides',
        depth: 0,
        draft: true,
        id: guide.id,
      })
      const results = await Promise.allSettled(
        [translator, editor].map((user) =>
          saveTranslatedFields({
            edits: { title: `ur ${round} by ${user.email}` },
            guideID: guide.id,
            loadedRevision: editRevision ?? 0,
            locale: 'ur',
            payload,
            user,
          }),
        ),
      )
      outcomes.push(statusesOf(results))
    }
    expect(outcomes).toEqual(Array.from({ length: rounds }, () => [200, 409]))
    expect((await titlesOf(guide.id)).en).toBe(guide.title)
  })

  it('should answer 404, not 500, for a save of a guide that cannot exist', async () => {
    const failed = await errorOf(
      saveGuide({
        data: { title: 'Nothing here' },
        id: 'not-a-guide',
        locale: 'en',
        payload,
        user: editor,
      }),
    )
    expect(failed.status).toBe(404)
  })
})

describe('writes made next to saves of a guide', () => {
  const savePreference = (value: string) =>
    payload.db.upsert({
      collection: 'payload-preferences',
      data: { key: 'guides-list', user: { relationTo: 'users', value: editor.id }, value },
      req: {},
      where: {
        and: [
          { key: { equals: 'guides-list' } },
          { 'user.value': { equals: editor.id } },
          { 'user.relationTo': { equals: 'users' } },
        ],
      },
    })

  it('should store an admin preference, twice, while a guide is being saved', async () => {
    const guide = await createGuide()
    await Promise.all([
      savePreference('first'),
      saveGuide({
        data: { title: `${guide.id} en preference` },
        draft: true,
        id: guide.id,
        locale: 'en',
        payload,
        user: editor,
      }),
    ])
    await savePreference('second')
    const { docs } = await payload.find({
      collection: 'payload-preferences',
      depth: 0,
      where: { key: { equals: 'guides-list' } },
    })
    expect(docs.map((doc) => doc.value)).toEqual(['second'])
    await payload.delete({
      collection: 'payload-preferences',
      where: { key: { equals: 'guides-list' } },
    })
  })
})
