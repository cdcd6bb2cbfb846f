import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { loginToAdmin } from './helpers/admin'
import { loginAs } from './helpers/api'
import { seededGuide } from './helpers/reader'

/**
 * Every admin screen an editor or a translator works in passes every default axe rule: Payload's
 * own (guide list and editor, Scheduled changes) with the repairs of
 * components/admin/AccessibleAdmin.tsx and ListViewInMain, and Roampress's own (Translations, side
 * by side, Import, Needs review). Payload's screens are opened with ?locale=en: the admin
 * otherwise reopens in the content locale last chosen. Translations takes ?locale as its
 * language filter, so it is opened without one.
 */
const guide = seededGuide('top-up-china-mobile-sim')

// Each test opens and checks up to nine screens, a few minutes on a busy two-core machine.
test.describe.configure({ timeout: 300_000 })

const guideIDOf = async (request: APIRequestContext) => {
  const editor = await loginAs('editor@asia.test')
  const found = await request.get(
    `/api/guides?where[slug][equals]=${guide.in('en').slug}&locale=en&depth=0`,
    { headers: editor },
  )
  return (await found.json()).docs[0].id as number | string
}

type Found = Record<string, { id: string; nodes: string[] }[]>

/** Path → axe violations (rule and elements), so one run lists every screen's problems. */
const violationsOn = async (page: Page, paths: string[]): Promise<Found> => {
  const found: Found = {}
  for (const path of paths) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
    // Payload renders a group's fields once the group scrolls into view: show them all first.
    const unrendered = page.locator('main .render-fields:empty')
    await expect(async () => {
      if ((await unrendered.count()) > 0) await unrendered.first().scrollIntoViewIfNeeded()
      await expect(unrendered).toHaveCount(0, { timeout: 1_000 })
    }).toPass({ timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    await page.evaluate(() => window.scrollTo(0, 0))
    // A join field (the guide's scheduled changes) fills in after the page has loaded.
    await expect(page.locator('.relationship-table', { hasText: /^Loading/ })).toHaveCount(0)
    const { violations } = await new AxeBuilder({ page }).analyze()
    found[path] = violations.map((violation) => ({
      id: violation.id,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }))
  }
  return found
}

const none = (paths: string[]): Found => Object.fromEntries(paths.map((path) => [path, []]))

test('should give an editor admin screens without axe violations', async ({ page, request }) => {
  const id = await guideIDOf(request)
  await loginToAdmin(page, 'editor@asia.test')
  const paths = [
    '/admin/collections/guides?locale=en',
    `/admin/collections/guides/${id}?locale=en`,
    `/admin/collections/guides/${id}?locale=zh-Hant`,
    '/admin/collections/scheduled-publications?locale=en',
    '/admin/collections/scheduled-publications/create?locale=en',
    '/admin/import?locale=en',
    '/admin/needs-review?locale=en',
    '/admin/translations',
    `/admin/translations/${id}/zh-Hant`,
  ]
  expect(await violationsOn(page, paths)).toEqual(none(paths))
})

test('should give a translator admin screens without axe violations', async ({ page, request }) => {
  const id = await guideIDOf(request)
  await loginToAdmin(page, 'translator@asia.test')
  const paths = [
    '/admin/collections/guides?locale=en',
    `/admin/collections/guides/${id}?locale=zh-Hant`,
    '/admin/collections/scheduled-publications?locale=en',
    '/admin/import?locale=en',
    '/admin/needs-review?locale=en',
    '/admin/translations',
    `/admin/translations/${id}/ur`,
  ]
  expect(await violationsOn(page, paths)).toEqual(none(paths))
})

test('should give an editor working in Urdu admin screens without axe violations', async ({
  context,
  page,
  request,
}) => {
  const id = await guideIDOf(request)
  await loginToAdmin(page, 'editor@asia.test')
  const domain = new URL(page.url()).hostname
  await context.addCookies([{ domain, name: 'payload-lng', path: '/', value: 'ur' }])
  // The guide list comes last of Payload's screens, so the editor's next admin visit (in
  // other tests) opens in English again.
  const paths = [
    `/admin/collections/guides/${id}?locale=ur`,
    '/admin/collections/guides?locale=en',
    '/admin/translations',
    `/admin/translations/${id}/ur`,
  ]
  expect(await violationsOn(page, paths)).toEqual(none(paths))
})
