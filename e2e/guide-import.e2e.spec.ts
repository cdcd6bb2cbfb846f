import { expect, test } from '@playwright/test'

import { chooseOption, loginToAdmin, waitForHydration } from './helpers/admin'
import { loginAs } from './helpers/api'
import { importedChinese, importedEnglish } from './helpers/importArticles'
import { guideURL, siteOrigin } from './helpers/reader'

test.afterEach(async ({ request }) => {
  // As the editor who imported them: the admin keeps a document it edited locked by them.
  const headers = await loginAs('editor@asia.test')
  for (const { title, locale } of [
    { locale: 'zh-Hans', title: importedChinese.title },
    { locale: 'en', title: importedEnglish.title },
  ]) {
    const found = await request.get(
      `/api/guides?where[title][equals]=${encodeURIComponent(title)}&draft=true&locale=${locale}`,
      { headers },
    )
    for (const doc of (await found.json()).docs as { id: number | string }[]) {
      const deleted = await request.delete(`/api/guides/${doc.id}`, { headers })
      expect(deleted.status(), await deleted.text()).toBe(200)
    }
  }
})

test('should let an editor import two articles, fix a detection and publish a clean page', async ({
  page,
}) => {
  await loginToAdmin(page, 'editor@asia.test')
  await page.goto('/admin/import')
  await waitForHydration(page, '.import__drop input[type="file"]')
  await page.locator('.import__drop input[type="file"]').setInputFiles(
    [importedChinese, importedEnglish].map(({ name, text }) => ({
      buffer: Buffer.from(text),
      mimeType: 'text/markdown',
      name,
    })),
  )

  await page.getByRole('button', { name: 'Check (dry run)' }).click()
  const report = page.getByRole('region', { name: 'Import report' })
  await expect(report.getByText('Dry run: nothing was stored yet')).toBeVisible()
  const chinese = report.locator('.import__file', { hasText: importedChinese.name })
  await expect(chinese.locator('.import__status')).toHaveText('Would create a draft')
  await expect(chinese.locator('[data-detection="Country"]')).toContainText('PK')
  await expect(chinese.locator('[data-detection="Country"]')).toContainText('巴基斯坦')
  await expect(chinese.locator('[data-detection="Topic"]')).toContainText('top-up')
  await expect(chinese.locator('[data-detection="Topic"]')).toContainText('充值')
  // The article mentions eSIM and SIM cards alike: the SIM kind is left for the editor.
  await expect(chinese.locator('[data-detection="SIM kind"]')).toContainText('not set')
  await expect(chinese.locator('li[data-action="removed"]')).toHaveCount(3)
  await expect(chinese.locator('li[data-action="left out"]')).toContainText('card.png')
  await expect(
    report.locator('.import__file', { hasText: importedEnglish.name }).locator('.import__status'),
  ).toHaveText('Would create a draft')

  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(report.getByText('Import finished')).toBeVisible({ timeout: 30_000 })
  await expect(report.locator('.import__status')).toHaveText([
    'Created as a draft',
    'Created as a draft',
  ])

  await chinese.getByRole('link', { name: importedChinese.title }).click()
  await expect(page.locator('#field-title')).toHaveValue(importedChinese.title, {
    timeout: 30_000,
  })
  const detectedBeside = page.getByRole('region', { name: 'Detected on import' })
  await expect(detectedBeside.locator('[data-detection="Country"]')).toContainText('PK ← 巴基斯坦')
  await expect(detectedBeside.locator('[data-detection="SIM kind"]')).toContainText('not set')
  await chooseOption(page, 'simKind', 'Physical SIM')
  await page.locator('#action-save').click()
  await expect(page.locator('.payload-toast-container')).toContainText(/success/i, {
    timeout: 30_000,
  })

  const response = await page.goto(guideURL('asia', 'zh-Hans', importedChinese.slug))
  expect(response?.status()).toBe(200)
  await expect(page.locator('h1')).toHaveText(importedChinese.title)
  expect(await page.locator('a[href*="t.me"]').count()).toBe(0)
  await expect(page.locator('body')).not.toContainText('topup_promo_pk')
  const imageSources = await page
    .locator('img')
    .evaluateAll((images) => images.map((image) => (image as HTMLImageElement).src))
  expect(imageSources.filter((src) => !src.startsWith(siteOrigin('asia')))).toEqual([])
  await expect(page.locator('a[href="https://www.jazz.com.pk/prepaid/"]')).toHaveAttribute(
    'rel',
    'noopener noreferrer',
  )
})
