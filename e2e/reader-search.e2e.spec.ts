import type { Page } from '@playwright/test'

import { expect, test } from '@playwright/test'

import {
  guidePath,
  messagesOf,
  openReaderPage,
  searchPath,
  seededGuide,
  siteURL,
} from './helpers/reader'

const chinaMobileTopUp = seededGuide('top-up-china-mobile-sim')
const telcelTopUp = seededGuide('top-up-telcel-mexico')

const results = (page: Page) => page.locator('ol.search-results > li')

test.describe('reader search', () => {
  test('should find the China Mobile top-up guide in Simplified Chinese and highlight the match', async ({
    page,
  }) => {
    const response = await openReaderPage(page, siteURL('asia', searchPath('zh-Hans', '充值')))
    expect(response.status()).toBe(200)

    const hit = results(page).filter({
      has: page.locator(`a[href="${guidePath('zh-Hans', chinaMobileTopUp.in('zh-Hans').slug)}"]`),
    })
    await expect(hit).toHaveCount(1)
    await expect(hit.locator('h2')).toHaveText(chinaMobileTopUp.in('zh-Hans').title)
    await expect(hit.locator('h2 mark')).toHaveText('充值')
  })

  test('should say so when nothing matches', async ({ page }) => {
    await openReaderPage(page, siteURL('asia', searchPath('en', 'zzqxv')))

    await expect(page.getByRole('status')).toHaveText(messagesOf('en').search.noResults)
    await expect(results(page)).toHaveCount(0)
  })

  test('should never return a draft', async ({ page }) => {
    await openReaderPage(page, siteURL('asia', searchPath('en', 'Etisalat')))

    await expect(page.getByRole('status')).toHaveText(messagesOf('en').search.noResults)
    await expect(results(page)).toHaveCount(0)
  })

  test("should never return another tenant's guide", async ({ page }) => {
    await openReaderPage(page, siteURL('americas', searchPath('en', 'Telcel')))
    await expect(results(page).locator('h2')).toContainText([telcelTopUp.in('en').title])

    await openReaderPage(page, siteURL('asia', searchPath('en', 'Telcel')))
    await expect(page.getByRole('status')).toHaveText(messagesOf('en').search.noResults)
    await expect(results(page)).toHaveCount(0)
  })
})
