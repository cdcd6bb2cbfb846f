import { expect, test } from '@playwright/test'

import { loginToAdmin } from './helpers/admin'
import { loginAs, type AuthHeaders } from './helpers/api'
import { seededGuide } from './helpers/reader'

/**
 * Editing a guide in the admin: the live preview follows every autosave, and a second person's
 * change made while the first had the guide open is never silently overwritten.
 */
const previewed = seededGuide('activate-chunghwa-prepaid-sim-taiwan')
const contested = seededGuide('us-prepaid-esim-data-plans')

const guideIDOf = async (
  request: import('@playwright/test').APIRequestContext,
  headers: AuthHeaders,
  slug: string,
) => {
  const found = await request.get(`/api/guides?where[slug][equals]=${slug}&locale=en&depth=0`, {
    headers,
  })
  return (await found.json()).docs[0].id as number | string
}

const restoreDraftSummary = async (
  request: import('@playwright/test').APIRequestContext,
  headers: AuthHeaders,
  id: number | string,
  summary: string,
) => {
  const restored = await request.patch(`/api/guides/${id}?locale=en&draft=true&overrideLock=true`, {
    data: { summary },
    headers,
  })
  expect(restored.status(), await restored.text()).toBe(200)
}

test('should show the draft in the live preview and follow each autosave', async ({
  page,
  request,
}) => {
  const editor = await loginAs('editor@asia.test')
  const id = await guideIDOf(request, editor, previewed.in('en').slug)
  const summary = 'Bring your passport and a second photo ID to the airport counter.'

  await loginToAdmin(page, 'editor@asia.test')
  await page.goto(`/admin/collections/guides/${id}?locale=en`)
  await page.getByRole('button', { name: 'Live Preview' }).click()
  const frame = page.frameLocator('iframe')
  await expect(frame.locator('.preview-banner')).toBeVisible({ timeout: 30_000 })
  await expect(frame.locator('.guide__summary')).toHaveText(previewed.in('en').summary)

  const autosave = page.waitForResponse(
    (response) =>
      response.url().includes(`/api/guides/${id}`) && response.request().method() === 'PATCH',
  )
  await page.locator('#field-summary').fill(summary)
  expect((await autosave).status()).toBe(200)
  await expect(frame.locator('.guide__summary')).toHaveText(summary, { timeout: 30_000 })

  await restoreDraftSummary(request, editor, id, previewed.in('en').summary)
})

test('should refuse a stale save and name who changed the guide in the meantime', async ({
  page,
  request,
}) => {
  const editor = await loginAs('editor@americas.test')
  const tenantAdmin = await loginAs('admin@americas.test')
  const id = await guideIDOf(request, editor, contested.in('en').slug)

  await loginToAdmin(page, 'editor@americas.test')
  await page.goto(`/admin/collections/guides/${id}?locale=en`)
  await expect(page.locator('#field-summary')).toHaveValue(contested.in('en').summary)

  const meanwhile = await request.patch(
    `/api/guides/${id}?locale=en&draft=true&overrideLock=true`,
    {
      data: { summary: 'The tenant admin rewrote this summary.' },
      headers: tenantAdmin,
    },
  )
  expect(meanwhile.status()).toBe(200)

  const autosave = page.waitForResponse(
    (response) =>
      response.url().includes(`/api/guides/${id}`) && response.request().method() === 'PATCH',
  )
  await page.locator('#field-summary').fill('The editor rewrote it too.')
  expect((await autosave).status()).toBe(409)
  await expect(page.locator('.payload-toast-container')).toContainText(
    'admin@americas.test changed this guide (en)',
  )
  const latest = await request.get(`/api/guides/${id}?locale=en&draft=true&depth=0`, {
    headers: editor,
  })
  expect((await latest.json()).summary).toBe('The tenant admin rewrote this summary.')

  await restoreDraftSummary(request, tenantAdmin, id, contested.in('en').summary)
})
