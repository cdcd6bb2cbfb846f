import { describe, expect, it } from 'vitest'

import type { LocaleCode } from '@/i18n/locales'
import { localeCookieName, negotiateLocale } from '@/i18n/negotiateLocale'

/** Pure locale negotiation: no Next.js, no Payload boot. */

const allLocales: LocaleCode[] = ['en', 'zh-Hans', 'zh-Hant', 'ur', 'es']

const negotiate = (
  acceptLanguage: string | null | undefined,
  options: {
    cookieLocale?: string | null
    enabledLocales?: LocaleCode[]
    defaultLocale?: LocaleCode
  } = {},
) =>
  negotiateLocale({
    acceptLanguage,
    cookieLocale: options.cookieLocale,
    enabledLocales: options.enabledLocales ?? allLocales,
    defaultLocale: options.defaultLocale ?? 'en',
  })

describe('localeCookieName', () => {
  it('should be roampress-locale', () => {
    expect(localeCookieName).toBe('roampress-locale')
  })
})

describe('negotiateLocale: cookie', () => {
  it('should prefer an enabled cookie locale over Accept-Language', () => {
    expect(negotiate('es-MX,es;q=0.9', { cookieLocale: 'ur' })).toBe('ur')
  })

  it('should prefer an enabled cookie locale over the default locale when there is no header', () => {
    expect(negotiate(undefined, { cookieLocale: 'zh-Hant', defaultLocale: 'es' })).toBe('zh-Hant')
  })

  it('should ignore a cookie locale the tenant has not enabled', () => {
    expect(negotiate('es', { cookieLocale: 'ur', enabledLocales: ['en', 'es'] })).toBe('es')
  })

  it('should ignore a cookie that is not a locale code', () => {
    expect(negotiate('ur-PK', { cookieLocale: 'klingon' })).toBe('ur')
  })

  it('should ignore a cookie in the wrong case rather than guess', () => {
    expect(negotiate('es', { cookieLocale: 'ZH-HANT' })).toBe('es')
  })

  it('should ignore an empty or null cookie', () => {
    expect(negotiate('es', { cookieLocale: '' })).toBe('es')
    expect(negotiate('es', { cookieLocale: null })).toBe('es')
  })
})

describe('negotiateLocale: Accept-Language', () => {
  it.each([
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-Hant'],
    ['zh-hant-tw', 'zh-Hant'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['ur', 'ur'],
    ['ur-PK', 'ur'],
    ['ur-IN', 'ur'],
    ['es', 'es'],
    ['es-419', 'es'],
    ['es-MX', 'es'],
    ['es-PE', 'es'],
    ['es-ES', 'es'],
    ['en-GB', 'en'],
    ['en-US', 'en'],
  ] as const)('should map %s to %s when every locale is enabled', (header, expected) => {
    expect(negotiate(header, { defaultLocale: 'es' })).toBe(expected)
  })

  it('should take the first supported language in the order the reader gave', () => {
    expect(negotiate('de-DE,de;q=0.9,es-419;q=0.8,en;q=0.7')).toBe('es')
  })

  it('should honour quality values over header order', () => {
    expect(negotiate('es;q=0.9, ur;q=1')).toBe('ur')
    expect(negotiate('en;q=0.2, zh-TW;q=0.8, zh;q=0.5')).toBe('zh-Hant')
  })

  it('should keep header order between languages of equal quality', () => {
    expect(negotiate('ur-PK, es, en')).toBe('ur')
  })

  it('should skip languages the tenant has not enabled', () => {
    expect(negotiate('ur-PK,ur;q=0.9,es;q=0.8', { enabledLocales: ['en', 'es'] })).toBe('es')
  })

  it('should skip a language the reader refused with q=0', () => {
    expect(negotiate('es;q=0, en;q=0.5', { defaultLocale: 'ur' })).toBe('en')
  })

  it('should read an underscore tag like en_GB', () => {
    expect(negotiate('es_MX', { defaultLocale: 'ur' })).toBe('es')
  })

  it('should fall back to the default locale when no language is supported', () => {
    expect(negotiate('de-DE,fr;q=0.8', { defaultLocale: 'ur' })).toBe('ur')
  })

  it('should fall back to the default locale when the only match is not enabled', () => {
    expect(negotiate('zh-CN', { enabledLocales: ['en', 'es'], defaultLocale: 'es' })).toBe('es')
  })

  it('should fall back to the default locale when no locales are enabled', () => {
    expect(negotiate('es', { enabledLocales: [], defaultLocale: 'ur' })).toBe('ur')
  })
})

describe('negotiateLocale: one Chinese script enabled', () => {
  it.each(['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW'])(
    'should give a Traditional reader (%s) Simplified Chinese rather than English when only zh-Hans is enabled',
    (header) => {
      expect(negotiate(`${header},en;q=0.5`, { enabledLocales: ['en', 'zh-Hans'] })).toBe('zh-Hans')
    },
  )

  it.each(['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-CN'])(
    'should give a Simplified reader (%s) Traditional Chinese rather than English when only zh-Hant is enabled',
    (header) => {
      expect(negotiate(`${header},en;q=0.5`, { enabledLocales: ['en', 'zh-Hant'] })).toBe('zh-Hant')
    },
  )

  it('should still prefer a language the reader ranked above Chinese', () => {
    expect(negotiate('es,zh-TW;q=0.9', { enabledLocales: ['en', 'es', 'zh-Hans'] })).toBe('es')
  })

  it('should prefer the reader’s own script when both are enabled', () => {
    expect(negotiate('zh-TW,zh-CN;q=0.9')).toBe('zh-Hant')
    expect(negotiate('zh-CN,zh-TW;q=0.9')).toBe('zh-Hans')
  })
})

describe('negotiateLocale: missing and malformed headers', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['an empty string', ''],
    ['whitespace', '   '],
    ['a wildcard', '*'],
    ['a wildcard with a bad quality', '*;q=abc'],
    ['punctuation', '!!!'],
    ['bare separators', ',;,;'],
    ['a lone quote', '"'],
    ['a parameter without a language', '=;='],
    ['an over-long subtag', 'x'.repeat(5000)],
    ['control characters', 'es\u0000'],
    ['non-ASCII', 'español'],
  ])('should not throw and should return the default locale for %s', (_name, header) => {
    expect(negotiate(header, { defaultLocale: 'ur' })).toBe('ur')
  })

  it('should keep the valid languages of a partly malformed header', () => {
    expect(negotiate('!!!, *;q=abc, es-419;q=0.5', { defaultLocale: 'ur' })).toBe('es')
  })

  it('should drop a language whose quality value is not a number', () => {
    expect(negotiate('es;q=abc, en;q=0.5', { defaultLocale: 'ur' })).toBe('en')
  })
})
