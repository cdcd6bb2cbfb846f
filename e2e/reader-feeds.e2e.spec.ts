import type { Page } from '@playwright/test'

import { expect, test } from '@playwright/test'

import type { LocaleCode } from '@/i18n/locales'
import { seedGuides } from '@/seed/data/guides'
import { guideURL, openReaderPage, seededGuide, siteURL } from './helpers/reader'

const publishedAsiaGuides = seedGuides.filter(
  (guide) => guide.tenant === 'asia' && guide.status === 'published',
)
const guideURLsOf = (guides: typeof seedGuides, tenant: 'americas' | 'asia') =>
  guides.flatMap((guide) =>
    Object.entries(guide.locales).map(([locale, text]) =>
      guideURL(tenant, locale as LocaleCode, text.slug),
    ),
  )

type SitemapUrl = { alternates: Record<string, string>; loc: string }

/** Reads an XML document through the browser's own parser; a parse error fails the test. */
const parseXml = async <T>(
  page: Page,
  xml: string,
  read: (document: Document) => T,
): Promise<T> => {
  const handle = await page.evaluateHandle(
    (text) => new DOMParser().parseFromString(text, 'application/xml'),
    xml,
  )
  expect(
    await handle.evaluate((document) => document.getElementsByTagName('parsererror').length),
  ).toBe(0)
  return handle.evaluate(read)
}

const readSitemapFile = async (page: Page, url: string): Promise<SitemapUrl[]> => {
  const response = await openReaderPage(page, url)
  expect(response.status()).toBe(200)
  return parseXml(page, await response.text(), (document) =>
    Array.from(
      document.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'url'),
    ).map((entry) => ({
      alternates: Object.fromEntries(
        Array.from(entry.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')).map(
          (link) => [link.getAttribute('hreflang') ?? '', link.getAttribute('href') ?? ''],
        ),
      ),
      loc:
        entry.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'loc')[0]
          ?.textContent ?? '',
    })),
  )
}

/** Every <url> of a host's sitemap: the index at `url`, then each file it lists. */
const readSitemap = async (page: Page, url: string): Promise<SitemapUrl[]> => {
  const response = await openReaderPage(page, url)
  expect(response.status()).toBe(200)
  const files = await parseXml(page, await response.text(), (document) =>
    Array.from(
      document.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'sitemap'),
    ).map(
      (entry) =>
        entry.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'loc')[0]
          ?.textContent ?? '',
    ),
  )
  expect(files.length).toBeGreaterThan(1)
  const urls: SitemapUrl[] = []
  for (const file of files) urls.push(...(await readSitemapFile(page, file)))
  return urls
}

test.describe('sitemap.xml', () => {
  test('should list every published guide of the host in every locale it is published in', async ({
    page,
  }) => {
    const locs = (await readSitemap(page, siteURL('asia', '/sitemap.xml'))).map(
      (entry) => entry.loc,
    )
    expect(locs).toEqual(expect.arrayContaining(guideURLsOf(publishedAsiaGuides, 'asia')))
  })

  test('should give each guide URL its translations as xhtml:link alternates', async ({ page }) => {
    const jazzCancel = seededGuide('cancel-jazz-sim-pakistan')
    const entries = await readSitemap(page, siteURL('asia', '/sitemap.xml'))
    const expected = {
      en: guideURL('asia', 'en', jazzCancel.in('en').slug),
      ur: guideURL('asia', 'ur', jazzCancel.in('ur').slug),
      'zh-Hans': guideURL('asia', 'zh-Hans', jazzCancel.in('zh-Hans').slug),
      'zh-Hant': guideURL('asia', 'zh-Hant', jazzCancel.in('zh-Hant').slug),
    }

    for (const url of Object.values(expected)) {
      expect(entries.find((entry) => entry.loc === url)?.alternates, url).toEqual(expected)
    }
  })

  test('should never list the draft or the other tenant’s guides', async ({ page }) => {
    const locs = (await readSitemap(page, siteURL('asia', '/sitemap.xml'))).map(
      (entry) => entry.loc,
    )
    const drafts = seedGuides.filter((guide) => guide.tenant === 'asia' && guide.status === 'draft')
    const americas = seedGuides.filter((guide) => guide.tenant === 'americas')
    const forbiddenPaths = [...guideURLsOf(drafts, 'asia'), ...guideURLsOf(americas, 'asia')].map(
      (url) => new URL(url).pathname,
    )

    expect(drafts.length).toBeGreaterThan(0)
    expect(locs.filter((loc) => forbiddenPaths.includes(new URL(loc).pathname))).toEqual([])
    expect(locs.filter((loc) => new URL(loc).origin !== new URL(siteURL('asia')).origin)).toEqual(
      [],
    )
  })
})

test.describe('robots.txt', () => {
  test("should point crawlers at the host's own sitemap", async ({ page }) => {
    for (const tenant of ['asia', 'americas'] as const) {
      const response = await openReaderPage(page, siteURL(tenant, '/robots.txt'))
      expect(response.status()).toBe(200)
      const lines = (await response.text()).split('\n')
      expect(lines).toContain(`Sitemap: ${siteURL(tenant, '/sitemap.xml')}`)
      expect(lines).toContain('Allow: /')
    }
  })
})

test.describe('feed.xml', () => {
  test('should be valid RSS 2.0 with one item per published guide of the locale', async ({
    page,
  }) => {
    const response = await openReaderPage(page, siteURL('asia', '/en/feed.xml'))
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('application/rss+xml')

    const feed = await parseXml(page, await response.text(), (document) => ({
      channelTitle: document.querySelector('rss > channel > title')?.textContent ?? '',
      items: Array.from(document.querySelectorAll('rss > channel > item')).map((item) => ({
        guid: item.querySelector('guid')?.textContent ?? '',
        link: item.querySelector('link')?.textContent ?? '',
        pubDate: item.querySelector('pubDate')?.textContent ?? '',
        title: item.querySelector('title')?.textContent ?? '',
      })),
      version: document.documentElement.getAttribute('version'),
    }))

    expect(feed.version).toBe('2.0')
    expect(feed.channelTitle).toContain('Asia SIM Desk')
    expect(feed.items.map((item) => item.link).sort()).toEqual(
      publishedAsiaGuides.map((guide) => guideURL('asia', 'en', guide.locales.en!.slug)).sort(),
    )
    expect(feed.items.map((item) => item.title).sort()).toEqual(
      publishedAsiaGuides.map((guide) => guide.locales.en!.title).sort(),
    )
    for (const item of feed.items) {
      expect(item.guid).toBe(item.link)
      expect(Number.isNaN(Date.parse(item.pubDate)), item.pubDate).toBe(false)
    }
  })
})
