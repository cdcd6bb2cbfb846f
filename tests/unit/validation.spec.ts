import { describe, expect, it } from 'vitest'

import { validateCountryCode, validateDomain, validateMccMnc } from '@/lib/validation/referenceData'
import { slugify, validateSlug } from '@/lib/validation/slug'

/** Pure validators: no Payload boot, no database. */

describe('slugify', () => {
  it.each([
    ['Activate a Jazz SIM', 'activate-a-jazz-sim'],
    ['  Top up!! (Zong) ', 'top-up-zong'],
    ['Jazz: 4G/5G — prices', 'jazz-4g-5g-prices'],
    ['Ａｃｔｉｖａｔｅ eSIM', 'activate-esim'],
  ])('should turn %j into %j', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  it('should keep Chinese letters', () => {
    expect(slugify('啟用 Jazz 預付卡')).toBe('啟用-jazz-預付卡')
    expect(slugify('激活 Zong 电话卡')).toBe('激活-zong-电话卡')
  })

  it('should keep Urdu letters and drop Urdu punctuation', () => {
    expect(slugify('جاز سم کیسے چالو کریں؟')).toBe('جاز-سم-کیسے-چالو-کریں')
  })

  it('should cut long titles to at most 120 characters', () => {
    expect(slugify('a'.repeat(300))).toHaveLength(120)
  })

  it('should always make a valid slug from a long title, wherever the cut falls', () => {
    // 123 characters; the 120th is a space, so a cut made after trimming leaves a trailing hyphen.
    const title =
      'How to activate a prepaid Jazz SIM at the airport in Karachi and register it with NADRA biometrics before the data runs out'
    const slug = slugify(title)
    expect(slug.length).toBeLessThanOrEqual(120)
    expect(validateSlug(slug)).toBe(true)
  })

  it('should make a valid slug of every title that has letters', () => {
    const titles = [
      'Activate a Jazz SIM',
      '啟用 Jazz 預付卡',
      'جاز سم کیسے چالو کریں؟',
      '-- Roaming --',
    ]
    expect(titles.map((title) => validateSlug(slugify(title)))).toEqual(titles.map(() => true))
  })
})

describe('validateSlug', () => {
  it.each([
    'activate-a-jazz-sim',
    '啟用-jazz-預付卡',
    'جاز-سم-کیسے-چالو-کریں',
    'top-up-2024',
    'esim',
  ])('should accept %j', (slug) => {
    expect(validateSlug(slug)).toBe(true)
  })

  it.each([
    ['', 'A slug is required.'],
    [undefined, 'A slug is required.'],
    ['Activate-Jazz', 'Use lower-case letters in the slug.'],
    ['activate jazz', 'Use letters, digits and single hyphens'],
    ['activate--jazz', 'Use letters, digits and single hyphens'],
    ['-activate', 'Use letters, digits and single hyphens'],
    ['activate-', 'Use letters, digits and single hyphens'],
    ['activate_jazz', 'Use letters, digits and single hyphens'],
    ['activate/jazz', 'Use letters, digits and single hyphens'],
  ])('should reject %j', (slug, message) => {
    expect(validateSlug(slug)).toContain(message)
  })
})

describe('validateMccMnc', () => {
  it.each(['410-01', '410-06', '310-260', '424-03'])('should accept %j', (code) => {
    expect(validateMccMnc(code)).toBe(true)
  })

  it.each(['41001', '410-1', '410-0001', '4100-01', '41-001', '410 01', 'abc-de', '', 41001, null])(
    'should reject %j',
    (code) => {
      expect(validateMccMnc(code)).toMatch(/is not an MCC-MNC code/)
    },
  )
})

describe('validateCountryCode', () => {
  it.each(['PK', 'US', 'AE', 'CN', 'TW'])('should accept %j', (code) => {
    expect(validateCountryCode(code)).toBe(true)
  })

  it.each(['pk', 'PAK', 'P1', 'P', '', 'P K', undefined, 92])(
    'should reject the malformed code %j',
    (code) => {
      expect(validateCountryCode(code)).toBe(
        'Use the two capital letters of ISO 3166-1 alpha-2, for example PK or US.',
      )
    },
  )

  it.each(['XX', 'UK', 'EU', 'ZZ'])('should reject %j, which is not an assigned code', (code) => {
    expect(validateCountryCode(code)).toBe(`${code} is not an assigned ISO 3166-1 country code.`)
  })
})

describe('validateDomain', () => {
  it.each([
    'asia.localhost',
    'localhost',
    'guides.roampress.example',
    'roam-press.example.com',
    'xn--fiqs8s.example',
  ])('should accept %j', (domain) => {
    expect(validateDomain(domain)).toBe(true)
  })

  it.each([
    'https://asia.example.com',
    'asia.example.com/guides',
    'asia.example.com:3000',
    'Asia.Example.com',
    '-asia.example.com',
    'asia-.example.com',
    'asia..example.com',
    'asia.example.com.',
    'asia example.com',
    `${'a'.repeat(64)}.example.com`,
    '',
    undefined,
  ])('should reject %j', (domain) => {
    expect(validateDomain(domain)).toMatch(/is not a host name/)
  })
})
