import { describe, expect, it } from 'vitest'

import {
  buildSitemapIndexXml,
  buildSitemapXml,
  parseSitemapFileName,
  SitemapTooLargeError,
  sitemapFilePath,
} from '@/lib/seo/sitemap'

describe('buildSitemapXml', () => {
  const xml = buildSitemapXml('https://asia.example.com', [
    {
      lastModified: '2026-11-01T00:00:00.000Z',
      pathsByLocale: { en: '/en/guides/cancel', ur: '/ur/guides/%D8%AC' },
    },
  ])

  it('should list one url per locale with the same alternates on each', () => {
    expect(xml.match(/<url>/g)).toHaveLength(2)
    expect(xml.match(/hreflang="ur"/g)).toHaveLength(2)
    expect(xml.match(/hreflang="en"/g)).toHaveLength(2)
  })

  it('should write absolute, already-encoded URLs', () => {
    expect(xml).toContain('<loc>https://asia.example.com/ur/guides/%D8%AC</loc>')
  })

  it('should escape XML special characters', () => {
    const escaped = buildSitemapXml('https://a.example', [
      { pathsByLocale: { en: '/en/search?q=a&b' } },
    ])
    expect(escaped).toContain('/en/search?q=a&amp;b')
  })
})

describe('split sitemaps', () => {
  const entry = { pathsByLocale: { en: '/en/guides/a', ur: '/ur/guides/b' } }

  it('should list only the locales of this file while keeping every alternate', () => {
    const xml = buildSitemapXml('https://a.example', [{ ...entry, urlLocales: ['ur'] }])
    expect({
      alternates: xml.match(/hreflang=/g)?.length,
      urls: xml.match(/<loc>/g)?.length,
    }).toEqual({ alternates: 2, urls: 1 })
  })

  it('should refuse a file with more URLs than the limit', () => {
    expect(() =>
      buildSitemapXml('https://a.example', [entry], { maxBytes: 1e6, maxUrls: 1 }),
    ).toThrow(SitemapTooLargeError)
  })

  it('should refuse a file larger than the byte limit', () => {
    expect(() =>
      buildSitemapXml('https://a.example', [entry], { maxBytes: 200, maxUrls: 10 }),
    ).toThrow(SitemapTooLargeError)
  })

  it('should write an index with one absolute location per file', () => {
    const xml = buildSitemapIndexXml('https://a.example', [
      { path: sitemapFilePath('pages') },
      { path: sitemapFilePath(1) },
    ])
    expect(xml.match(/<loc>[^<]+<\/loc>/g)).toEqual([
      '<loc>https://a.example/sitemaps/pages.xml</loc>',
      '<loc>https://a.example/sitemaps/guides-1.xml</loc>',
    ])
  })

  it.each([
    ['pages.xml', 'pages'],
    ['guides-3.xml', 3],
    ['guides-0.xml', null],
    ['guides-01.xml', null],
    ['guides-3.xml.gz', null],
    ['../sitemap.xml', null],
  ])('should read the file name %j as %j', (name, expected) => {
    expect(parseSitemapFileName(name)).toBe(expected)
  })
})
