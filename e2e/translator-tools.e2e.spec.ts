import type { APIRequestContext } from '@playwright/test'

import { expect, test } from '@playwright/test'

import { loginToAdmin } from './helpers/admin'
import { loginAs, tenantIDBySlug, type AuthHeaders } from './helpers/api'
import { seededGuide } from './helpers/reader'

/**
 * What a newcomer to the translators' and editors' tools relies on: the side-by-side view never
 * drops typed work and says what each button did, Create New stores nothing until saved, History
 * names a translator to an editor, scheduling explains a past time, the admin speaks each
 * person's language, and XLIFF files go out and come back over HTTP with the view's access.
 */
const translated = seededGuide('cancel-jazz-sim-pakistan')

let editor: AuthHeaders
let translator: AuthHeaders
let guideID: number | string

const guideIDOf = async (request: APIRequestContext, slug: string) => {
  const found = await request.get(`/api/guides?where[slug][equals]=${slug}&locale=en&depth=0`, {
    headers: editor,
  })
  return (await found.json()).docs[0].id as number | string
}

test.beforeAll(async ({ request }) => {
  editor = await loginAs('editor@asia.test')
  translator = await loginAs('translator@asia.test')
  guideID = await guideIDOf(request, translated.in('en').slug)
})

test.afterAll(async ({ request }) => {
  const restored = await request.patch(`/api/guides/${guideID}?locale=zh-Hant&draft=true`, {
    data: { summary: translated.in('zh-Hant').summary, translation: { machineDrafted: [] } },
    headers: editor,
  })
  expect(restored.status(), await restored.text()).toBe(200)
})

test('should save what was typed before marking the translation up to date', async ({ page }) => {
  const typed = `${translated.in('zh-Hant').summary}（已核對）`
  await loginToAdmin(page, 'translator@asia.test')
  await page.goto(`/admin/translations/${guideID}/zh-Hant`)
  await page.locator('textarea[name="field:summary"]').fill(typed)
  await page.getByRole('button', { name: 'Mark as up to date and ready for review' }).click()

  await expect(page.getByTestId('translate-notice')).toContainText('Saved and marked as up to date')
  await expect(page.locator('textarea[name="field:summary"]')).toHaveValue(typed)
  await expect(page.getByTestId('translation-status')).toHaveText('Up to date')
})

test('should label fields as people name them and confirm every action', async ({ page }) => {
  await loginToAdmin(page, 'translator@asia.test')
  await page.goto(`/admin/translations/${guideID}/zh-Hant`)
  await expect(page.getByRole('rowheader', { name: /^Step 1 · Text/ })).toBeVisible()
  await expect(page.getByRole('rowheader', { name: /^Slug \(address\)/ })).toBeVisible()
  await expect(page.locator('input[name="field:slug"]')).toHaveValue(translated.in('zh-Hant').slug)

  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(page.getByTestId('translate-notice')).toHaveText(
    'Nothing to save: no field was changed.',
  )

  await page.locator('textarea[name="field:summary"]').fill(`${translated.in('zh-Hant').summary}！`)
  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(page.getByTestId('translate-notice')).toHaveText('Draft saved: 1 field(s) changed.')
})

test('should keep a word made bold in a step’s rich text after saving', async ({
  page,
  request,
}) => {
  const address = `/api/guides/${guideID}?locale=zh-Hant&draft=true&depth=0`
  const stepsOf = async () =>
    (await (await request.get(address, { headers: translator })).json()).steps as {
      body: { root: unknown }
      id: string
      title: string
    }[]
  const original = await stepsOf()
  try {
    await loginToAdmin(page, 'translator@asia.test')
    await page.goto(`/admin/translations/${guideID}/zh-Hant`)
    const textBox = page.getByTestId('editor-steps.0.body').locator('[contenteditable="true"]')
    // Payload renders the editor through a server function after the page loads.
    await expect(textBox).toHaveAttribute('lang', 'zh-Hant', { timeout: 30_000 })
    await textBox.click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(' verified')
    for (let step = 0; step < 'verified'.length; step++)
      await page.keyboard.press('Shift+ArrowLeft')
    await page.keyboard.press('Control+b')
    await page.getByRole('button', { name: 'Save draft' }).click()
    await expect(page.getByTestId('translate-notice')).toHaveText(
      'Draft saved: 1 field(s) changed.',
    )

    await page.reload()
    await expect(
      page.getByTestId('editor-steps.0.body').locator('strong', { hasText: 'verified' }),
    ).toBeVisible({ timeout: 30_000 })
    const stored = JSON.stringify((await stepsOf())[0].body)
    const node = [...stored.matchAll(/\{[^{}]*"text":"verified"[^{}]*\}/g)].map(
      (match) => JSON.parse(match[0]) as { format: number },
    )[0]
    expect(node.format & 1).toBe(1)
  } finally {
    const restored = await request.patch(address, {
      data: { steps: original },
      headers: editor,
    })
    expect(restored.status(), await restored.text()).toBe(200)
  }
})

test('should say so when OpenCC has nothing to convert', async ({ page, request }) => {
  // This guide has no Simplified Chinese at all, so there is nothing to convert from.
  const untouched = await guideIDOf(
    request,
    seededGuide('check-balance-pakistan-sim').in('en').slug,
  )
  await loginToAdmin(page, 'translator@asia.test')
  await page.goto(`/admin/translations/${untouched}/zh-Hant`)
  await page.getByRole('button', { name: /Fill empty fields from Simplified Chinese/ }).click()
  await expect(page.getByTestId('translate-notice')).toContainText('Nothing to convert')
})

test('should not store a guide when Create New is only opened', async ({ page, request }) => {
  const count = async () =>
    (
      await (
        await request.get('/api/guides?draft=true&limit=1&depth=0', { headers: editor })
      ).json()
    ).totalDocs as number
  const before = await count()
  await loginToAdmin(page, 'editor@asia.test')
  await page.goto('/admin/collections/guides/create')
  await expect(page.locator('#field-title')).toBeVisible()
  await page.waitForLoadState('networkidle')
  await expect(page).toHaveURL(/\/collections\/guides\/create/)
  expect(await count()).toBe(before)
})

test('should name the translator in the history an editor sees', async ({ page, request }) => {
  const saved = await request.post(`/api/guides/${guideID}/translations/zh-Hant/save`, {
    data: { 'field:summary': `${translated.in('zh-Hant').summary}。` },
    headers: { ...translator, Accept: 'application/json' },
  })
  expect(saved.status(), await saved.text()).toBe(200)
  await loginToAdmin(page, 'editor@asia.test')
  await page.goto(`/admin/collections/guides/${guideID}`)
  const latest = page.getByTestId('edit-history').locator('li').first()
  await expect(latest).toContainText('Asia SIM Desk translator')
  await expect(latest).not.toContainText('a former user')
})

test('should refuse a past time by the field’s label and start in the publication’s time zone', async ({
  page,
  request,
}) => {
  const refused = await request.post('/api/scheduled-publications', {
    data: {
      action: 'publish',
      guide: guideID,
      locale: 'zh-Hant',
      runAt: '2020-01-01T09:00:00.000Z',
      tenant: await tenantIDBySlug(request, 'asia'),
    },
    headers: editor,
  })
  expect(refused.status()).toBe(400)
  expect(JSON.stringify(await refused.json())).toContain('Choose a time in the future.')
  await loginToAdmin(page, 'editor@asia.test')
  await page.goto('/admin/collections/scheduled-publications/create')
  // A new change starts in the publication's own time zone (the demo's Asia desk: Karachi).
  await expect(page.locator('.date-time-field .rs__single-value')).toHaveText('Pakistan (Karachi)')
})

test('should show the custom screens in the admin language each person picks', async ({
  context,
  page,
}) => {
  await loginToAdmin(page, 'translator@asia.test')
  const cookie = { domain: new URL(page.url()).hostname, name: 'payload-lng', path: '/' }
  await context.addCookies([{ ...cookie, value: 'zh-TW' }])
  await page.goto('/admin/translations')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('翻譯')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW')

  await context.addCookies([{ ...cookie, value: 'ur' }])
  await page.goto('/admin/translations')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('تراجم')
  await expect(page.locator('.translations div[dir="rtl"]')).toBeVisible()
})

test('should export and import XLIFF over HTTP with the side-by-side view’s access', async ({
  request,
}) => {
  const address = `/api/guides/${guideID}/translations/zh-Hant/xliff`
  const exported = await request.get(address, { headers: translator })
  expect([exported.status(), exported.headers()['content-type']]).toEqual([
    200,
    'application/xliff+xml; charset=utf-8',
  ])
  const xml = await exported.text()
  const imported = await request.post(address, {
    data: xml,
    headers: { ...translator, 'Content-Type': 'application/xliff+xml' },
  })
  expect(imported.status(), await imported.text()).toBe(200)

  const americasEditor = await loginAs('editor@americas.test')
  const statuses = await Promise.all([
    request.post(address, { data: xml, headers: { 'Content-Type': 'application/xliff+xml' } }),
    request.get(`/api/guides/${guideID}/translations/zh-Hans/xliff`, { headers: translator }),
    request.get(`/api/guides/${guideID}/translations/en/xliff`, { headers: editor }),
    request.get(address, { headers: americasEditor }),
    request.post(address, { data: '<xliff version="2.0"><file>', headers: translator }),
  ])
  expect(statuses.map((response) => response.status())).toEqual([401, 403, 403, 404, 400])
})
