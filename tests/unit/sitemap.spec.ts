import { describe, expect, it } from 'vitest'

import { buildSitemapXml } from '@/lib/seo/sitemap'

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
