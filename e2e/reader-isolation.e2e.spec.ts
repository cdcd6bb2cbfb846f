import { expect, test } from '@playwright/test'

import {
  allSeededTitles,
  guideURL,
  messagesOf,
  openReaderPage,
  seededGuide,
  siteOrigin,
  siteURL,
  unknownHost,
} from './helpers/reader'

/** Published on americas only. */
const tMobileCancel = seededGuide('cancel-t-mobile-esim-us')
/** The one draft of the seed (asia): readers must never see it. */
const draftEtisalat = seededGuide('cancel-etisalat-sim-uae')

test.describe('a tenant host', () => {
  test("should answer 404 for another tenant's guide", async ({ page }) => {
    const onOwnHost = await openReaderPage(
      page,
      guideURL('americas', 'en', tMobileCancel.in('en').slug),
    )
    expect(onOwnHost.status()).toBe(200)

    const onOtherHost = await openReaderPage(
      page,
      guideURL('asia', 'en', tMobileCancel.in('en').slug),
    )
    expect(onOtherHost.status()).toBe(404)
    await expect(page.locator('h1')).toHaveText(messagesOf('en').notFound.title)
    await expect(page.locator('body')).not.toContainText(tMobileCancel.in('en').title)
  })

  test('should answer 404 for a draft guide in every locale it is written in', async ({ page }) => {
    for (const locale of draftEtisalat.localeCodes) {
      const response = await openReaderPage(
        page,
        guideURL('asia', locale, draftEtisalat.in(locale).slug),
      )
      expect(response.status(), locale).toBe(404)
      await expect(page.locator('h1')).toHaveText(messagesOf(locale).notFound.title)
    }
  })

  test('should list neither drafts nor other tenants on its home page', async ({ page }) => {
    await openReaderPage(page, siteURL('asia', '/en'))
    await expect(page.locator('.guide-list').first()).toBeVisible()
    for (const title of allSeededTitles(
      (guide) => guide.status === 'draft' || guide.tenant !== 'asia',
    )) {
      await expect(page.locator('body')).not.toContainText(title)
    }
  })

  test('should answer 404 with a localized page for a locale the tenant does not enable', async ({
    page,
  }) => {
    const response = await openReaderPage(page, siteURL('asia', '/es'))
    expect(response.status()).toBe(404)
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await expect(page.locator('h1')).toHaveText(messagesOf('es').notFound.title)

    const guide = await openReaderPage(page, siteURL('asia', '/es/guides/cancel-jazz-sim-pakistan'))
    expect(guide.status()).toBe(404)
  })

  test('should show the not-found page in Urdu, right to left, for an unknown Urdu address', async ({
    page,
  }) => {
    const response = await openReaderPage(page, siteURL('asia', '/ur/guides/nope'))
    expect(response.status()).toBe(404)
    await expect(page.locator('html[dir="rtl"][lang="ur"]')).toHaveCount(1)
    await expect(page.locator('h1')).toHaveText(messagesOf('ur').notFound.title)
    await expect(
      page.getByRole('link', { name: messagesOf('ur').notFound.backHome }),
    ).toHaveAttribute('href', '/ur')
  })
})

test.describe('an unknown host', () => {
  test('should list the publications and no guide', async ({ page }) => {
    await openReaderPage(page, siteURL(unknownHost, '/'))
    await expect(page).toHaveURL(siteURL(unknownHost, '/en'))

    await expect(page.locator('h1')).toHaveText(messagesOf('en').unknownSite.title)
    await expect(page.getByRole('link', { name: 'Asia SIM Desk' })).toHaveAttribute(
      'href',
      siteOrigin('asia'),
    )
    await expect(page.getByRole('link', { name: 'Americas Connect' })).toHaveAttribute(
      'href',
      siteOrigin('americas'),
    )
    for (const title of allSeededTitles()) {
      await expect(page.locator('body')).not.toContainText(title)
    }
  })

  test("should answer 404 for a tenant's guide path", async ({ page }) => {
    const jazzCancel = seededGuide('cancel-jazz-sim-pakistan')
    const response = await openReaderPage(
      page,
      siteURL(unknownHost, `/en/guides/${jazzCancel.in('en').slug}`),
    )

    expect(response.status()).toBe(404)
    await expect(page.locator('h1')).toHaveText(messagesOf('en').notFound.title)
    await expect(page.locator('body')).not.toContainText(jazzCancel.in('en').title)
  })

  test('should answer 404 for any deeper address', async ({ page }) => {
    for (const path of ['/en/countries/pakistan', '/en/topics/cancel', '/en/no/such/page']) {
      const response = await openReaderPage(page, siteURL(unknownHost, path))
      expect(response.status(), path).toBe(404)
      await expect(page.locator('h1')).toHaveText(messagesOf('en').notFound.title)
    }
  })
})
