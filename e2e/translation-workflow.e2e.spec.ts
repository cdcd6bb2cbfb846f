import { expect, test } from '@playwright/test'

import { loginToAdmin } from './helpers/admin'
import { loginAs, type AuthHeaders } from './helpers/api'
import { guideURL, seededGuide } from './helpers/reader'

/**
 * A translator's day: the English source of a guide changes, the translator finds the outdated
 * Traditional Chinese translation in the Translations view, sees what changed, translates it side
 * by side and marks it ready, and also starts on the Urdu summary; an editor publishes the
 * Traditional Chinese locale alone in the admin, and readers see its new text while the Urdu page
 * stays as it was published.
 */
const guide = seededGuide('check-balance-pakistan-sim')
const addedSentence = 'Codes can change after a network merger, so check the carrier app too.'
const newTranslation = '網路合併後代碼可能改變，請同時查看電信業者的應用程式。'
const urduDraft = 'نیٹ ورک کے انضمام کے بعد کوڈ بدل سکتے ہیں۔'

let editor: AuthHeaders
let guideID: number | string
let originalSummary: { en: string; ur: string; zhHant: string }

test.beforeAll(async ({ request }) => {
  editor = await loginAs('editor@asia.test')
  const found = await request.get(
    `/api/guides?where[slug][equals]=${guide.in('en').slug}&locale=en&depth=0`,
    { headers: editor },
  )
  const [doc] = (await found.json()).docs
  guideID = doc.id
  originalSummary = {
    en: guide.in('en').summary,
    ur: guide.in('ur').summary,
    zhHant: guide.in('zh-Hant').summary,
  }
})

test.afterAll(async ({ request }) => {
  for (const [locale, summary] of [
    ['en', originalSummary.en],
    ['zh-Hant', originalSummary.zhHant],
    ['ur', originalSummary.ur],
  ]) {
    await request.patch(`/api/guides/${guideID}?locale=${locale}`, {
      data: { _status: 'published', summary },
      headers: editor,
    })
  }
})

test('should let a translator bring an outdated translation up to date for an editor to publish', async ({
  page,
  request,
}) => {
  // Two people's sessions, six screens and a publish: longer than one screen's test.
  test.setTimeout(150_000)
  const changed = await request.patch(`/api/guides/${guideID}?locale=en`, {
    data: { _status: 'published', summary: `${originalSummary.en} ${addedSentence}` },
    headers: editor,
  })
  expect(changed.status()).toBe(200)

  await loginToAdmin(page, 'translator@asia.test')
  await page.goto('/admin/translations?language=zh-Hant')
  const row = page.locator('.translations__table tbody tr', { hasText: guide.in('en').title })
  await expect(row).toContainText('Outdated')
  await expect(row).toContainText('1 field(s) changed')
  await row.getByRole('link').click()

  await expect(page.getByTestId('translation-status')).toHaveText('Outdated')
  await expect(page.getByTestId('diff-summary').locator('ins')).toContainText('network merger')

  const summaryField = page.locator('textarea[name="field:summary"]')
  await summaryField.fill(`${originalSummary.zhHant}${newTranslation}`)
  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(summaryField).toHaveValue(`${originalSummary.zhHant}${newTranslation}`)
  await page.getByRole('button', { name: 'Mark as up to date and ready for review' }).click()
  await expect(page.getByTestId('translation-status')).toHaveText('Up to date')
  await expect(page.locator('.translate__summary')).toContainText('Ready for review')

  await page.goto(`/admin/translations/${guideID}/ur`)
  const urduSummary = page.locator('textarea[name="field:summary"]')
  await urduSummary.fill(`${originalSummary.ur} ${urduDraft}`)
  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(urduSummary).toHaveValue(`${originalSummary.ur} ${urduDraft}`)

  await page.context().clearCookies()
  await loginToAdmin(page, 'editor@asia.test')
  await page.goto(`/admin/collections/guides/${guideID}?locale=zh-Hant`)
  await expect(page.locator('#field-summary')).toHaveValue(
    `${originalSummary.zhHant}${newTranslation}`,
  )
  const publishing = page.waitForResponse(
    (response) =>
      response.url().includes(`/api/guides/${guideID}`) && response.request().method() === 'PATCH',
  )
  await page.getByRole('button', { name: /^Publish in 繁體中文/ }).click()
  const published = await publishing
  expect([published.status(), published.url()]).toEqual([
    200,
    expect.stringContaining('publishSpecificLocale=zh-Hant'),
  ])

  await page.goto(guideURL('asia', 'zh-Hant', guide.in('zh-Hant').slug))
  await expect(page.locator('.guide__summary')).toContainText(newTranslation)
  await page.goto(guideURL('asia', 'ur', guide.in('ur').slug))
  await expect(page.locator('.guide__summary')).toHaveText(originalSummary.ur)
})
