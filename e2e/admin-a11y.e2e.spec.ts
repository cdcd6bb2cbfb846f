import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { loginToAdmin } from './helpers/admin'
import { loginAs } from './helpers/api'
import { seededGuide } from './helpers/reader'

/**
 * The admin screens an editor or a translator works in, checked with axe. Roampress's own screens
 * (Translations, side by side) pass every default rule. Payload's own screens (guide list and
 * editor, Scheduled changes) pass the rules for names, labels, contrast and the main landmark,
 * which components/admin/AccessibleAdmin.tsx repairs; see the README for what is left.
 */
const guide = seededGuide('top-up-china-mobile-sim')

/** Rules Payload's own screens must pass. */
const payloadScreenRules = [
  'aria-command-name',
  'aria-input-field-name',
  'button-name',
  'color-contrast',
  'label',
  'landmark-one-main',
  'link-name',
]

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
const violationsOn = async (page: Page, paths: string[], rules?: string[]): Promise<Found> => {
  const found: Found = {}
  for (const path of paths) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
    const builder = new AxeBuilder({ page })
    const { violations } = await (rules ? builder.withRules(rules) : builder).analyze()
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
  const ours = ['/admin/translations', `/admin/translations/${id}/zh-Hant`]
  const payloads = [
    '/admin/collections/guides',
    `/admin/collections/guides/${id}`,
    '/admin/collections/scheduled-publications',
    '/admin/collections/scheduled-publications/create',
  ]
  expect(await violationsOn(page, ours)).toEqual(none(ours))
  expect(await violationsOn(page, payloads, payloadScreenRules)).toEqual(none(payloads))
})

test('should give a translator admin screens without axe violations', async ({ page, request }) => {
  const id = await guideIDOf(request)
  await loginToAdmin(page, 'translator@asia.test')
  const ours = ['/admin/translations', `/admin/translations/${id}/zh-Hant`]
  const payloads = [`/admin/collections/guides/${id}`]
  expect(await violationsOn(page, ours)).toEqual(none(ours))
  expect(await violationsOn(page, payloads, payloadScreenRules)).toEqual(none(payloads))
})
