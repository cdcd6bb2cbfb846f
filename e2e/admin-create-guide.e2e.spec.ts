import { expect, test } from '@playwright/test'

import { chooseOption, loginToAdmin } from './helpers/admin'
import { loginAs } from './helpers/api'

const title = 'Activate a Zong eSIM before landing in Lahore'

test.afterEach(async ({ request }) => {
  // As the editor who created it: the admin keeps the document locked by them for a while, and
  // anyone else's delete is refused with 423 (the guide would leak into every later spec).
  const headers = await loginAs('editor@asia.test')
  const found = await request.get(
    `/api/guides?where[title][equals]=${encodeURIComponent(title)}&draft=true`,
    {
      headers,
    },
  )
  for (const doc of (await found.json()).docs as { id: number | string }[]) {
    const deleted = await request.delete(`/api/guides/${doc.id}`, { headers })
    expect(deleted.status(), await deleted.text()).toBe(200)
  }
})

test('should let an editor create and publish a guide in the admin', async ({ page, request }) => {
  await loginToAdmin(page, 'editor@asia.test')
  await page.goto('/admin/collections/guides/create')

  await page.locator('#field-title').fill(title)
  await chooseOption(page, 'country', 'Pakistan')
  await chooseOption(page, 'topic', 'Activate')
  await chooseOption(page, 'simKind', 'eSIM')
  await page.locator('#action-save').click()

  await expect(page).toHaveURL(/\/admin\/collections\/guides\/[^/]+$/, { timeout: 30_000 })
  await expect(page.locator('#field-slug')).toHaveValue(
    'activate-a-zong-esim-before-landing-in-lahore',
  )

  const headers = await loginAs('admin@roampress.test')
  const saved = await request.get(
    `/api/guides?where[title][equals]=${encodeURIComponent(title)}&depth=1`,
    { headers },
  )
  const [doc] = (await saved.json()).docs
  expect(doc._status).toBe('published')
  expect(doc.tenant.slug).toBe('asia')
  expect(doc.country.code).toBe('PK')
})
