import { expect, test } from '@playwright/test'

import { guideTopics } from '@/collections/Guides/topics'
import { seedTenants } from '@/seed/data/tenants'
import {
  guideURL,
  openReaderPage,
  searchPath,
  seededGuide,
  siteURL,
  type TenantSlug,
} from './helpers/reader'

/**
 * Reader pages crawled as a search engine would: every link, hreflang alternate and language
 * switcher target on every page a publication links to must answer 200, and every title must fit
 * what search results show.
 */

type CrawlReport = { broken: string[]; longTitles: string[]; pages: number }

const crawl =
  (tenant: TenantSlug, locales: string[]) =>
  async ({ page }: { page: import('@playwright/test').Page }): Promise<CrawlReport> => {
    await openReaderPage(page, siteURL(tenant, `/${locales[0]}`))
    return page.evaluate(async (startLocales) => {
      const queue = startLocales.map((locale) => `/${locale}`)
      const seen = new Set<string>()
      const broken: string[] = []
      const longTitles: string[] = []
      const isPage = (path: string) =>
        !path.startsWith('/assets/') && !path.endsWith('.xml') && !path.includes('/search')
      while (queue.length > 0 && seen.size < 600) {
        const path = queue.shift() as string
        if (seen.has(path)) continue
        seen.add(path)
        const response = await fetch(path)
        if (response.status !== 200) {
          broken.push(`${response.status} ${path}`)
          continue
        }
        const doc = new DOMParser().parseFromString(await response.text(), 'text/html')
        if (Array.from(doc.title).length > 70) longTitles.push(`${doc.title} (${path})`)
        const hrefs = [
          ...Array.from(doc.querySelectorAll('a[href]')),
          ...Array.from(doc.querySelectorAll('link[rel="alternate"][hreflang]')),
        ].map((element) => element.getAttribute('href') as string)
        for (const href of hrefs) {
          const url = new URL(href, location.href)
          if (url.origin !== location.origin) continue
          const target =
            url.pathname === '/next/language' ? url.searchParams.get('path') : url.pathname
          if (target && isPage(target) && target !== '/') queue.push(target)
        }
      }
      return { broken, longTitles, pages: seen.size }
    }, locales)
  }

for (const tenant of seedTenants) {
  test(`should link only to pages that exist on ${tenant.slug}, with titles under 70 characters`, async ({
    page,
  }) => {
    test.setTimeout(180_000)
    const report = await crawl(tenant.slug as TenantSlug, tenant.enabledLocales)({ page })
    expect(report.broken).toEqual([])
    expect(report.longTitles).toEqual([])
    expect(report.pages).toBeGreaterThan(20)
  })
}

test('should answer 404 for a topic page that lists no guides, in every locale', async ({
  page,
}) => {
  const asia = seedTenants.find((tenant) => tenant.slug === 'asia')!
  await openReaderPage(page, siteURL('asia', '/en'))
  const answers = await page.evaluate(
    async ({ locales, topics }) => {
      const results: { cards: number; path: string; status: number }[] = []
      for (const locale of locales)
        for (const topic of topics) {
          const path = `/${locale}/topics/${topic}`
          const response = await fetch(path)
          const doc = new DOMParser().parseFromString(await response.text(), 'text/html')
          results.push({
            cards: doc.querySelectorAll('.guide-card').length,
            path,
            status: response.status,
          })
        }
      return results
    },
    { locales: asia.enabledLocales, topics: guideTopics.map((topic) => topic.value) },
  )
  expect(answers.filter((answer) => answer.status === 200 && answer.cards === 0)).toEqual([])
  expect(answers.filter((answer) => answer.status !== 200 && answer.status !== 404)).toEqual([])
  expect(answers.filter((answer) => answer.status === 404).length).toBeGreaterThan(0)
})

test.describe('Urdu and mixed-language pages', () => {
  test('should keep USSD codes left to right in Urdu search snippets', async ({ page }) => {
    await openReaderPage(page, siteURL('asia', searchPath('ur', 'زونگ')))
    const isolated = await page
      .locator('.search-results bdi[dir="ltr"]')
      .evaluateAll((elements) => elements.map((element) => element.textContent))
    expect(isolated).toContain('*222#')
  })

  test('should hide the skip link entirely above an Urdu page until it is focused', async ({
    page,
  }) => {
    const zong = seededGuide('top-up-zong-pakistan')
    await openReaderPage(page, guideURL('asia', 'ur', zong.in('ur').slug))
    const hidden = await page.locator('.skip-link').boundingBox()
    expect(hidden!.y + hidden!.height).toBeLessThanOrEqual(0)
    await page.keyboard.press('Tab')
    const shown = await page.locator('.skip-link').boundingBox()
    expect(shown!.y).toBeGreaterThanOrEqual(0)
  })

  test('should mark branding that falls back to English with its own lang on an Urdu page', async ({
    page,
  }) => {
    await openReaderPage(page, siteURL('americas', '/ur'))
    await expect(page.locator('html')).toHaveAttribute('lang', 'ur')
    await expect(page.locator('.site-title a')).toHaveAttribute('lang', 'en')
    await expect(page.locator('.site-tagline')).toHaveAttribute('lang', 'en')
  })

  test('should mark English source notes with lang on a Traditional Chinese guide', async ({
    page,
  }) => {
    const jazz = seededGuide('cancel-jazz-sim-pakistan')
    await openReaderPage(page, guideURL('asia', 'zh-Hant', jazz.in('zh-Hant').slug))
    const notes = page.locator('.sources a span')
    await expect(notes.first()).toHaveAttribute('lang', 'en')
  })

  test('should separate list items with the ideographic comma on Chinese pages', async ({
    page,
  }) => {
    await openReaderPage(page, siteURL('asia', '/zh-Hans/carriers/jazz'))
    await expect(page.locator('.lead')).toContainText('Mobilink、Warid')
  })
})

test('should name stylesheets and fonts by their content and let browsers keep them', async ({
  page,
}) => {
  const jazz = seededGuide('cancel-jazz-sim-pakistan')
  await openReaderPage(page, guideURL('asia', 'zh-Hans', jazz.in('zh-Hans').slug))
  const sheets = await page
    .locator('head link[rel="stylesheet"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') as string))
  expect(sheets.length).toBeGreaterThan(1)
  for (const sheet of sheets) expect(sheet).toMatch(/^\/assets\/[a-z-]+\.[0-9a-f]{10}\.css$/)
  const cacheControls = await page.evaluate(
    async (urls) =>
      Promise.all(urls.map(async (url) => (await fetch(url)).headers.get('cache-control'))),
    sheets,
  )
  expect(new Set(cacheControls)).toEqual(new Set(['public, max-age=31536000, immutable']))
})

test('should answer 404 for a hub page past the last or a malformed page number', async ({
  page,
}) => {
  await openReaderPage(page, siteURL('asia', '/en/carriers/jazz'))
  const answers = await page.evaluate(async () => {
    const statusOf = async (path: string) => (await fetch(path)).status
    return {
      first: await statusOf('/en/carriers/jazz?page=1'),
      malformed: await statusOf('/en/carriers/jazz?page=abc'),
      pastTheLast: await statusOf('/en/carriers/jazz?page=2'),
      zero: await statusOf('/en/topics/top-up?page=0'),
    }
  })
  expect(answers).toEqual({ first: 200, malformed: 404, pastTheLast: 404, zero: 404 })
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    siteURL('asia', '/en/carriers/jazz'),
  )
})
