import { expect, test } from '@playwright/test'

import { loginAs, tenantIDBySlug, type AuthHeaders } from './helpers/api'
import { guideURL, seededGuide } from './helpers/reader'

/**
 * Per-locale publishing as readers see it: unpublishing Simplified Chinese takes that page down
 * while English stays up, and a change scheduled for a minute from now is published by the
 * server on its own, without anyone touching the guide again.
 */
const guide = seededGuide('activate-jazz-esim-pakistan')

let editor: AuthHeaders
let guideID: number | string
let tenantID: number | string

const readerStatus = async (page: import('@playwright/test').Page, locale: 'en' | 'zh-Hans') =>
  (await page.goto(guideURL('asia', locale, guide.in(locale).slug)))?.status()

test.beforeAll(async ({ request }) => {
  editor = await loginAs('editor@asia.test')
  tenantID = await tenantIDBySlug(request, 'asia')
  const found = await request.get(
    `/api/guides?where[slug][equals]=${guide.in('en').slug}&locale=en&depth=0`,
    { headers: editor },
  )
  guideID = (await found.json()).docs[0].id
})

test.afterAll(async ({ request }) => {
  await request.patch(`/api/guides/${guideID}?locale=zh-Hans`, {
    data: { _status: 'published' },
    headers: editor,
  })
})

test('should take one locale off the site and bring it back at the scheduled time', async ({
  page,
  request,
}) => {
  const unpublished = await request.patch(`/api/guides/${guideID}?locale=zh-Hans`, {
    data: { _status: 'draft' },
    headers: editor,
  })
  expect(unpublished.status()).toBe(200)
  expect([await readerStatus(page, 'zh-Hans'), await readerStatus(page, 'en')]).toEqual([404, 200])

  const scheduled = await request.post('/api/scheduled-publications', {
    data: {
      action: 'publish',
      guide: guideID,
      locale: 'zh-Hans',
      runAt: new Date(Date.now() + 3000).toISOString(),
      tenant: tenantID,
    },
    headers: editor,
  })
  expect(scheduled.status()).toBe(201)
  const entryID = (await scheduled.json()).doc.id

  await expect
    .poll(() => readerStatus(page, 'zh-Hans'), { intervals: [2000], timeout: 50_000 })
    .toBe(200)
  const entry = await request.get(`/api/scheduled-publications/${entryID}?depth=0`, {
    headers: editor,
  })
  expect((await entry.json()).state).toBe('done')
})
