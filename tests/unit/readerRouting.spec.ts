import { describe, expect, it } from 'vitest'

import { cacheTags } from '@/lib/cache/tags'
import { languageSwitchPath, languageSwitchTarget } from '@/lib/site/languageSwitch'
import { hostFromSegment, parseHost, readerRoutePath } from '@/lib/tenant/parseHost'

describe('parseHost', () => {
  it('should strip the port and lower-case the host', () => {
    expect(parseHost('Asia.LocalHost:3000')).toBe('asia.localhost')
  })

  it('should drop a trailing dot', () => {
    expect(parseHost('guides.example.com.')).toBe('guides.example.com')
  })

  it('should refuse empty, forged and IPv6 hosts', () => {
    expect([
      parseHost(null),
      parseHost(''),
      parseHost('evil.com/../../x'),
      parseHost('a b.com'),
      parseHost('[::1]:3000'),
      parseHost('-bad.example.com'),
      parseHost(`${'a'.repeat(64)}.com`),
    ]).toEqual([null, null, null, null, null, null, null])
  })

  it('should accept IPv4 addresses and single-label hosts', () => {
    expect([parseHost('127.0.0.1:3000'), parseHost('localhost')]).toEqual([
      '127.0.0.1',
      'localhost',
    ])
  })
})

describe('cacheTags', () => {
  it('should tag by document and tenant, never by path', () => {
    expect([
      cacheTags.guide(7),
      cacheTags.tenantGuides('t1'),
      cacheTags.countryGuides(1, 2),
      cacheTags.carrierGuides(1, 3),
      cacheTags.country(2),
      cacheTags.carrier(3),
      cacheTags.countryCarriers(2),
    ]).toEqual([
      'guide:7',
      'guides:t1',
      'guides:1:country:2',
      'guides:1:carrier:3',
      'country:2',
      'carrier:3',
      'country-carriers:2',
    ])
  })

  it('should keep non-Latin slugs readable by the cache as ASCII', () => {
    expect(cacheTags.guideSlug(1, 'zh-Hans', '充值')).toBe(
      'guide-slug:1:zh-Hans:%E5%85%85%E5%80%BC',
    )
  })

  it('should give the same slug different tags in different tenants and locales', () => {
    const tags = new Set([
      cacheTags.guideSlug(1, 'en', 'cancel'),
      cacheTags.guideSlug(2, 'en', 'cancel'),
      cacheTags.guideSlug(1, 'es', 'cancel'),
    ])
    expect(tags.size).toBe(3)
  })

  it('should stay within the 256 characters Next allows for a tag', () => {
    expect(cacheTags.guideSlug(1, 'ur', 'ج'.repeat(200)).length).toBeLessThanOrEqual(256)
  })
})

describe('readerRoutePath', () => {
  it('should put the parsed host in front of the path', () => {
    expect([
      readerRoutePath('Asia.Localhost:3000', '/en/guides/cancel'),
      readerRoutePath('asia.localhost', '/'),
    ]).toEqual(['/sites/asia.localhost/en/guides/cancel', '/sites/asia.localhost'])
  })

  it('should route a host header that names no plausible host to invalid-host', () => {
    expect([readerRoutePath('evil.com/..', '/en'), readerRoutePath(null, '/en')]).toEqual([
      '/sites/invalid-host/en',
      '/sites/invalid-host/en',
    ])
  })
})

describe('hostFromSegment', () => {
  it('should accept a host segment exactly as parseHost returns it', () => {
    expect([hostFromSegment('asia.localhost'), hostFromSegment('invalid-host')]).toEqual([
      'asia.localhost',
      'invalid-host',
    ])
  })

  it('should refuse segments that are not a parsed host name', () => {
    expect([
      hostFromSegment('Asia.Localhost'),
      hostFromSegment('asia.localhost:3000'),
      hostFromSegment('evil.com%2F..'),
      hostFromSegment('%E0%A4%A'),
      hostFromSegment('a%20b.com'),
    ]).toEqual([null, null, null, null, null])
  })
})

describe('languageSwitchTarget', () => {
  it('should lead to a locale path on the same host and name its locale', () => {
    expect(languageSwitchTarget('/ur/guides/%D8%AC%D8%A7%D8%B2')).toEqual({
      locale: 'ur',
      path: '/ur/guides/%D8%AC%D8%A7%D8%B2',
    })
    expect(languageSwitchTarget('/zh-Hant')).toEqual({ locale: 'zh-Hant', path: '/zh-Hant' })
  })

  it('should refuse other origins and paths outside the locales', () => {
    expect([
      languageSwitchTarget(null),
      languageSwitchTarget('https://evil.example/en'),
      languageSwitchTarget('//evil.example/en'),
      languageSwitchTarget('/\\evil.example/en'),
      languageSwitchTarget('/admin'),
      languageSwitchTarget('/fr/guides/x'),
    ]).toEqual([null, null, null, null, null, null])
  })

  it('should build switcher links that carry the destination path', () => {
    expect(languageSwitchPath('/zh-Hans/guides/x')).toBe(
      '/next/language?path=%2Fzh-Hans%2Fguides%2Fx',
    )
  })
})
