import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { loginToAdmin } from './helpers/admin'
import { loginAs } from './helpers/api'
import { seededGuide } from './helpers/reader'

/**
 * Every admin screen an editor or a translator works in, checked with axe's default rules: the
 * guide list and editor, Translations, the side-by-side view and Scheduled changes.
 */
const guide = seededGuide('top-up-china-mobile-sim')

const guideIDOf = async (request: APIRequestContext) => {
  const editor = await loginAs('editor@asia.test')
  const found = await request.get(
    `/api/guides?where[slug][equals]=${guide.in('en').slug}&locale=en&depth=0`,
    { headers: editor },
  )
  return (await found.json()).docs[0].id as number | string
}

const violationsOn = async (page: Page, path: string) => {
  await page.goto(path)
  await page.waitForLoadState('networkidle')
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations.map((violation) => ({
    id: violation.id,
    nodes: violation.nodes.map((node) => node.target.join(' ')),
  }))
}

test('should give an editor admin screens with no axe violations', async ({ page, request }) => {
  const id = await guideIDOf(request)
  await loginToAdmin(page, 'editor@asia.test')
  for (const path of [
    '/admin/collections/guides',
    `/admin/collections/guides/${id}`,
    '/admin/translations',
    `/admin/translations/${id}/zh-Hant`,
    '/admin/collections/scheduled-publications',
  ]) {
    expect(await violationsOn(page, path), path).toEqual([])
  }
})

test('should give a translator admin screens with no axe violations', async ({ page, request }) => {
  const id = await guideIDOf(request)
  await loginToAdmin(page, 'translator@asia.test')
  for (const path of [
    '/admin/translations',
    `/admin/translations/${id}/zh-Hant`,
    `/admin/collections/guides/${id}`,
  ]) {
    expect(await violationsOn(page, path), path).toEqual([])
  }
})
