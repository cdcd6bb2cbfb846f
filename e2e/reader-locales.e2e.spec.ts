import type { Request } from '@playwright/test'

import { expect, test } from '@playwright/test'

import type { LocaleCode } from '@/i18n/locales'
import { seedTenants } from '@/seed/data/tenants'
import {
  canonicalHref,
  guideURL,
  hreflangAlternates,
  openReaderPage,
  seededGuide,
  siteOrigin,
  siteURL,
} from './helpers/reader'

const asia = seedTenants.find((tenant) => tenant.slug === 'asia')!
/** Published on asia in en, ur, zh-Hans and zh-Hant. */
const jazzCancel = seededGuide('cancel-jazz-sim-pakistan')
/** Published on asia in en, zh-Hans and zh-Hant, not in Urdu. */
const chinaMobileTopUp = seededGuide('top-up-china-mobile-sim')
/** Published on asia in en, ur and zh-Hans, not in Traditional Chinese. */
const zongTopUp = seededGuide('top-up-zong-pakistan')

test.describe('the locale redirect of "/"', () => {
  test.describe('for a Taiwanese browser', () => {
    // The context locale is what Chromium sends as Accept-Language on navigations.
    test.use({ locale: 'zh-TW' })

    test('should send a zh-TW reader to Traditional Chinese', async ({ page }) => {
      await openReaderPage(page, siteURL('asia', '/'))
      await expect(page).toHaveURL(siteURL('asia', '/zh-Hant'))
      await expect(page.locator('h1')).toHaveText(asia.siteTitle['zh-Hant']!)
    })
  })

  test.describe('for an Urdu browser', () => {
    // The context locale is what Chromium sends as Accept-Language on navigations.
    test.use({ locale: 'ur' })

    test('should send an Urdu reader to Urdu', async ({ page }) => {
      await openReaderPage(page, siteURL('asia', '/'))
      await expect(page).toHaveURL(siteURL('asia', '/ur'))
      await expect(page.locator('h1')).toHaveText(asia.siteTitle.ur!)
    })
  })

  test.describe('for an English browser', () => {
    // The context locale is what Chromium sends as Accept-Language on navigations.
    test.use({ locale: 'en' })

    test('should remember the language chosen in the switcher over the browser language', async ({
      page,
    }) => {
      await openReaderPage(page, siteURL('asia', '/'))
      await expect(page).toHaveURL(siteURL('asia', '/en'))

      await openReaderPage(page, guideURL('asia', 'en', jazzCancel.in('en').slug))
      await page.locator('nav.language-switcher a[hreflang="ur"]').click()
      await expect(page).toHaveURL(guideURL('asia', 'ur', jazzCancel.in('ur').slug))
      await expect(page.locator('h1')).toHaveText(jazzCancel.in('ur').title)

      await openReaderPage(page, siteURL('asia', '/'))
      await expect(page).toHaveURL(siteURL('asia', '/ur'))
    })
  })
})

test.describe('the language switcher', () => {
  test('should link an English guide to the same guide in its other published locales only', async ({
    page,
  }) => {
    await openReaderPage(page, guideURL('asia', 'en', chinaMobileTopUp.in('en').slug))
    const links = page.locator('nav.language-switcher a')
    // Switcher links pass through the route that remembers the choice; `path` is where they lead.
    const destinationOf = async (index: number) =>
      new URL(
        (await links.nth(index).getAttribute('href')) ?? '',
        siteURL('asia'),
      ).searchParams.get('path')

    await expect(links).toHaveCount(2)
    await expect(links.nth(0)).toHaveAttribute('hreflang', 'zh-Hans')
    expect(await destinationOf(0)).toBe(
      new URL(guideURL('asia', 'zh-Hans', chinaMobileTopUp.in('zh-Hans').slug)).pathname,
    )
    await expect(links.nth(1)).toHaveAttribute('hreflang', 'zh-Hant')
    expect(await destinationOf(1)).toBe(
      new URL(guideURL('asia', 'zh-Hant', chinaMobileTopUp.in('zh-Hant').slug)).pathname,
    )
    await expect(page.locator('nav.language-switcher a[hreflang="ur"]')).toHaveCount(0)
  })

  test('should land on the translated guide when a reader follows a switcher link', async ({
    page,
  }) => {
    await openReaderPage(page, guideURL('asia', 'en', chinaMobileTopUp.in('en').slug))
    await page.locator('nav.language-switcher a[hreflang="zh-Hans"]').click()

    await expect(page).toHaveURL(guideURL('asia', 'zh-Hans', chinaMobileTopUp.in('zh-Hans').slug))
    await expect(page.locator('h1')).toHaveText(chinaMobileTopUp.in('zh-Hans').title)
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans')
  })
})

test.describe('script and direction', () => {
  test('should render Urdu pages right to left', async ({ page }) => {
    await openReaderPage(page, guideURL('asia', 'ur', jazzCancel.in('ur').slug))
    await expect(page.locator('html[dir="rtl"][lang="ur"]')).toHaveCount(1)
  })

  test('should mark Simplified and Traditional Chinese pages with their script', async ({
    page,
  }) => {
    await openReaderPage(page, guideURL('asia', 'zh-Hans', jazzCancel.in('zh-Hans').slug))
    await expect(page.locator('html[dir="ltr"][lang="zh-Hans"]')).toHaveCount(1)

    await openReaderPage(page, guideURL('asia', 'zh-Hant', jazzCancel.in('zh-Hant').slug))
    await expect(page.locator('html[dir="ltr"][lang="zh-Hant"]')).toHaveCount(1)
  })

  for (const { fontFolder, locale } of [
    { fontFolder: 'noto-nastaliq-urdu', locale: 'ur' },
    { fontFolder: 'noto-sans-sc', locale: 'zh-Hans' },
    { fontFolder: 'noto-sans-tc', locale: 'zh-Hant' },
  ] as { fontFolder: string; locale: LocaleCode }[]) {
    test(`should load the ${locale} font from the site's own origin only`, async ({ page }) => {
      const requested: string[] = []
      page.on('request', (request: Request) => {
        requested.push(request.url())
      })

      await openReaderPage(page, guideURL('asia', locale, jazzCancel.in(locale).slug))
      await page.evaluate(async () => {
        await document.fonts.ready
      })

      const fontFiles = new RegExp(
        `^${siteOrigin('asia')}/assets/fonts/${fontFolder}/[^/]+\\.woff2$`,
      )
      await expect
        .poll(() => requested.filter((url) => fontFiles.test(url)).length)
        .toBeGreaterThan(0)
      expect(
        requested.filter((url) => new URL(url).origin !== siteOrigin('asia')),
        'requests to any other origin',
      ).toEqual([])
    })
  }
})

test.describe('hreflang and canonical links', () => {
  const expectedAlternates = {
    en: guideURL('asia', 'en', jazzCancel.in('en').slug),
    'x-default': guideURL('asia', 'en', jazzCancel.in('en').slug),
    ur: guideURL('asia', 'ur', jazzCancel.in('ur').slug),
    'zh-Hans': guideURL('asia', 'zh-Hans', jazzCancel.in('zh-Hans').slug),
    'zh-Hant': guideURL('asia', 'zh-Hant', jazzCancel.in('zh-Hant').slug),
  }

  for (const locale of ['en', 'ur', 'zh-Hans', 'zh-Hant'] as LocaleCode[]) {
    test(`should list the same reciprocal alternates on the ${locale} page of a guide`, async ({
      page,
    }) => {
      const url = guideURL('asia', locale, jazzCancel.in(locale).slug)
      await openReaderPage(page, url)

      expect(await hreflangAlternates(page)).toEqual(expectedAlternates)
      expect(await canonicalHref(page)).toBe(url)
    })
  }

  test('should offer no alternate for a locale the guide is not published in', async ({ page }) => {
    await openReaderPage(page, guideURL('asia', 'en', zongTopUp.in('en').slug))

    expect(await hreflangAlternates(page)).toEqual({
      en: guideURL('asia', 'en', zongTopUp.in('en').slug),
      'x-default': guideURL('asia', 'en', zongTopUp.in('en').slug),
      ur: guideURL('asia', 'ur', zongTopUp.in('ur').slug),
      'zh-Hans': guideURL('asia', 'zh-Hans', zongTopUp.in('zh-Hans').slug),
    })
    const missing = await openReaderPage(page, guideURL('asia', 'zh-Hant', zongTopUp.in('en').slug))
    expect(missing.status()).toBe(404)
  })
})
