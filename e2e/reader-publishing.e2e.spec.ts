import type { APIRequestContext } from '@playwright/test'

import { expect, test } from '@playwright/test'

import { loginToAdmin, waitForHydration } from './helpers/admin'
import { loginAs, tenantIDBySlug, type AuthHeaders } from './helpers/api'
import { countryIDByCode, createGuide, deleteGuide, type GuideRef } from './helpers/guideFixtures'
import {
  guideURL,
  openReaderPage,
  openReaderPageAndSettle,
  seededGuide,
  siteURL,
} from './helpers/reader'

/**
 * Publishing reaches readers on the very next request: the revalidation hooks expire the cached
 * pages and reads of a guide as part of the save, so no test here waits or retries a reader URL.
 */

const fixture = {
  editedTitle: 'Reader fixture: register a Zong eSIM at the airport (edited)',
  movedAgainSlug: 'reader-fixture-zong-esim-on-arrival',
  movedSlug: 'reader-fixture-zong-esim-at-the-airport',
  slug: 'reader-fixture-zong-esim-airport',
  title: 'Reader fixture: register a Zong eSIM at the airport',
}

test.describe('publishing through the REST API', () => {
  let editor: AuthHeaders
  let created: GuideRef[] = []

  test.beforeEach(async () => {
    editor = await loginAs('editor@asia.test')
    created = []
  })

  test.afterEach(async ({ request }) => {
    for (const guide of created) await deleteGuide(request, editor, guide.id)
    // Renames leave redirects from the fixture's old addresses; they outlive the guide (410).
    const redirects = await request.get(
      `/api/redirects?depth=0&limit=100&where[from][like]=reader-fixture-zong`,
      { headers: editor },
    )
    for (const { id } of ((await redirects.json()) as { docs: { id: number | string }[] }).docs)
      await request.delete(`/api/redirects/${id}`, { headers: editor })
  })

  const createDraft = async (request: APIRequestContext) => {
    const guide = await createGuide(request, editor, {
      countryID: await countryIDByCode(request, 'PK'),
      isDraft: true,
      slug: fixture.slug,
      tenantID: await tenantIDBySlug(request, 'asia'),
      title: fixture.title,
    })
    created.push(guide)
    return guide
  }

  const patchGuide = async (
    request: APIRequestContext,
    guide: GuideRef,
    data: Record<string, unknown>,
  ) => {
    const response = await request.patch(`/api/guides/${guide.id}?locale=en`, {
      data,
      headers: editor,
    })
    expect(response.status(), await response.text()).toBe(200)
  }

  const createPublished = async (request: APIRequestContext) => {
    const guide = await createDraft(request)
    await patchGuide(request, guide, { _status: 'published' })
    return guide
  }

  const url = guideURL('asia', 'en', fixture.slug)

  test('should show a guide on the first request after it is published, then its edits', async ({
    page,
    request,
  }) => {
    const guide = await createDraft(request)
    expect((await openReaderPageAndSettle(page, url)).status()).toBe(404)

    await patchGuide(request, guide, { _status: 'published' })
    const published = await openReaderPageAndSettle(page, url)
    expect(published.status()).toBe(200)
    await expect(page.locator('h1')).toHaveText(fixture.title)

    await openReaderPageAndSettle(page, siteURL('asia', '/en'))
    await expect(page.locator('.guide-list').first()).toContainText(fixture.title)

    await patchGuide(request, guide, { _status: 'published', title: fixture.editedTitle })
    const edited = await openReaderPageAndSettle(page, url)
    expect(edited.status()).toBe(200)
    await expect(page.locator('h1')).toHaveText(fixture.editedTitle)
  })

  test('should serve a repeat visit from the page cache until the guide is edited', async ({
    page,
    request,
  }) => {
    const guide = await createPublished(request)
    const visits = []
    for (const edit of [null, null, { title: fixture.editedTitle }, null]) {
      if (edit) await patchGuide(request, guide, { _status: 'published', ...edit })
      const response = await openReaderPage(page, url)
      visits.push({
        cache: response.headers()['x-page-cache'] ?? 'none',
        status: response.status(),
        tagsHeader: response.headers()['x-roampress-page-tags'] ?? 'none',
        title: await page.locator('h1').textContent(),
      })
    }
    const visit = (cache: string, title: string) => ({
      cache,
      status: 200,
      tagsHeader: 'none',
      title,
    })
    expect(visits).toEqual([
      visit('none', fixture.title),
      visit('HIT', fixture.title),
      visit('none', fixture.editedTitle),
      visit('HIT', fixture.editedTitle),
    ])
  })

  test('should move a guide to its new address on the first request after its slug changes', async ({
    page,
    request,
  }) => {
    const guide = await createPublished(request)
    expect((await openReaderPageAndSettle(page, url)).status()).toBe(200)

    await patchGuide(request, guide, { _status: 'published', slug: fixture.movedSlug })
    const moved = await openReaderPageAndSettle(page, guideURL('asia', 'en', fixture.movedSlug))
    expect(moved.status()).toBe(200)
    await expect(page.locator('h1')).toHaveText(fixture.title)
  })

  test('should send every old address of a renamed guide to its current one, and answer 410 once it is deleted', async ({
    page,
    request,
  }) => {
    const guide = await createPublished(request)
    await patchGuide(request, guide, { _status: 'published', slug: fixture.movedSlug })
    await patchGuide(request, guide, { _status: 'published', slug: fixture.movedAgainSlug })
    const current = guideURL('asia', 'en', fixture.movedAgainSlug)

    const visits = []
    for (const old of [url, guideURL('asia', 'en', fixture.movedSlug)]) {
      const response = await openReaderPage(page, old)
      visits.push({
        firstStatus: (await response.request().redirectedFrom()?.response())?.status(),
        landedOn: page.url(),
        status: response.status(),
      })
    }
    expect(visits).toEqual([
      { firstStatus: 301, landedOn: current, status: 200 },
      { firstStatus: 301, landedOn: current, status: 200 },
    ])

    const deleted = await request.delete(`/api/guides/${guide.id}`, { headers: editor })
    expect(deleted.status()).toBe(200)
    created = []
    expect((await openReaderPage(page, url)).status()).toBe(410)
    expect((await openReaderPage(page, current)).status()).toBe(404)
  })

  test('should answer 404 on the first request after a guide is unpublished', async ({
    page,
    request,
  }) => {
    const guide = await createPublished(request)
    expect((await openReaderPageAndSettle(page, url)).status()).toBe(200)

    await patchGuide(request, guide, { _status: 'draft' })
    expect((await openReaderPageAndSettle(page, url)).status()).toBe(404)

    await openReaderPageAndSettle(page, siteURL('asia', '/en'))
    await expect(page.locator('main')).not.toContainText(fixture.title)
  })

  test('should answer 404 on the first request after a guide is deleted', async ({
    page,
    request,
  }) => {
    const guide = await createPublished(request)
    expect((await openReaderPageAndSettle(page, url)).status()).toBe(200)

    const deleted = await request.delete(`/api/guides/${guide.id}`, { headers: editor })
    expect(deleted.status()).toBe(200)
    created = []
    expect((await openReaderPageAndSettle(page, url)).status()).toBe(404)
  })
})

test.describe('publishing in the admin', () => {
  const hongKong = seededGuide('activate-prepaid-esim-hong-kong')
  const originalTitle = hongKong.in('en').title
  const newTitle = `${originalTitle} (checked at the airport)`
  let guideID: number | string

  test.beforeEach(async ({ request }) => {
    const response = await request.get(
      `/api/guides?where[slug][equals]=${hongKong.in('en').slug}&locale=en&depth=0`,
    )
    const { docs } = (await response.json()) as { docs: { id: number | string }[] }
    expect(docs).toHaveLength(1)
    guideID = docs[0].id
  })

  test.afterEach(async ({ request }) => {
    // As the same editor: the admin keeps the document locked by them for a while after the edit.
    const editor = await loginAs('editor@asia.test')
    const restored = await request.patch(`/api/guides/${guideID}?locale=en`, {
      data: { _status: 'published', title: originalTitle },
      headers: editor,
    })
    expect(restored.status(), await restored.text()).toBe(200)
  })

  test('should show a title an editor publishes in the admin on the next reader request', async ({
    page,
    request,
  }) => {
    const url = guideURL('asia', 'en', hongKong.in('en').slug)
    await openReaderPageAndSettle(page, url)
    await expect(page.locator('h1')).toHaveText(originalTitle)

    await loginToAdmin(page, 'editor@asia.test')
    // The locale is named: the admin otherwise opens in the last locale this editor chose.
    await page.goto(`/admin/collections/guides/${guideID}?locale=en`)
    await waitForHydration(page, '#field-title')
    await page.locator('#field-title').fill(newTitle)
    await expect(page.locator('#field-title')).toHaveValue(newTitle)
    await page.locator('#action-save').click()

    // The admin saves in the background (after any autosave still running for the same guide):
    // wait until the published document has the new title.
    await expect
      .poll(
        async () => {
          const response = await request.get(`/api/guides/${guideID}?locale=en&depth=0`)
          return ((await response.json()) as { title: string }).title
        },
        { timeout: 20_000 },
      )
      .toBe(newTitle)

    const response = await openReaderPageAndSettle(page, url)
    expect(response.status()).toBe(200)
    await expect(page.locator('h1')).toHaveText(newTitle)
  })
})
