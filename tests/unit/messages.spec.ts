import { describe, expect, it } from 'vitest'

import { localeCodes, type LocaleCode } from '@/i18n/locales'
import { format, getMessages, resultCountLabel, simKindLabel, topicLabel } from '@/i18n/messages'
import { en } from '@/i18n/messages/en'

/** The reader-site UI catalogue: completeness, translation hygiene and the small helpers. */

/** Every string in a catalogue, keyed by its dotted path ('guide.lastVerified'). */
const flatten = (node: object, prefix = ''): Record<string, unknown> =>
  Object.entries(node).reduce<Record<string, unknown>>((flat, [key, value]) => {
    const path = prefix === '' ? key : `${prefix}.${key}`
    return typeof value === 'object' && value !== null
      ? { ...flat, ...flatten(value, path) }
      : { ...flat, [path]: value }
  }, {})

const placeholders = (value: unknown): string[] =>
  [...String(value).matchAll(/\{(\w+)\}/g)].map((found) => found[1]).sort()

const english = flatten(en)
const englishKeys = Object.keys(english).sort()

/** Values a translation may share with English: abbreviations and product names. */
const sameAsEnglishAllowed = new Set(['eSIM', 'MCC-MNC', 'FAQ', 'SIM', 'USSD', 'Roampress'])

const translatedLocales = localeCodes.filter((code) => code !== 'en')

describe('message catalogues', () => {
  it('should group the strings by the part of the site that uses them', () => {
    expect(Object.keys(en)).toEqual([
      'site',
      'home',
      'guide',
      'topics',
      'simKinds',
      'country',
      'carrier',
      'search',
      'notFound',
      'unknownSite',
      'feed',
    ])
  })

  it.each(localeCodes)(
    'should give %s every key of the English catalogue and no other',
    (locale) => {
      expect(Object.keys(flatten(getMessages(locale))).sort()).toEqual(englishKeys)
    },
  )

  it.each(localeCodes)('should give %s a non-empty string for every key', (locale) => {
    const blank = Object.entries(flatten(getMessages(locale)))
      .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
      .map(([key]) => key)
    expect(blank).toEqual([])
  })

  it.each(translatedLocales)('should not leave English text in the %s catalogue', (locale) => {
    const untranslated = Object.entries(flatten(getMessages(locale)))
      .filter(([key, value]) => value === english[key] && !sameAsEnglishAllowed.has(String(value)))
      .map(([key]) => key)
    expect(untranslated).toEqual([])
  })

  it.each(localeCodes)(
    'should use the same placeholders as English in every %s string',
    (locale) => {
      const mismatched = Object.entries(flatten(getMessages(locale)))
        .filter(([key, value]) => placeholders(value).join() !== placeholders(english[key]).join())
        .map(([key]) => key)
      expect(mismatched).toEqual([])
    },
  )

  it('should write every Urdu string in Arabic script', () => {
    const notUrdu = Object.entries(flatten(getMessages('ur')))
      .filter(([, value]) => !/\p{Script=Arabic}/u.test(String(value)))
      .map(([key]) => key)
    expect(notUrdu).toEqual([])
  })

  it.each(['zh-Hans', 'zh-Hant'] as const)(
    'should write every %s string in Chinese characters unless it is an allowed abbreviation',
    (locale) => {
      const notChinese = Object.entries(flatten(getMessages(locale)))
        .filter(
          ([, value]) =>
            !/\p{Script=Han}/u.test(String(value)) && !sameAsEnglishAllowed.has(String(value)),
        )
        .map(([key]) => key)
      expect(notChinese).toEqual([])
    },
  )

  it('should keep Simplified-only characters out of the Traditional catalogue', () => {
    const text = Object.values(flatten(getMessages('zh-Hant'))).join('')
    expect(text).not.toMatch(/[网语页关运营这国选为设无条务锁号价认证达]/u)
  })

  it('should keep Traditional-only characters out of the Simplified catalogue', () => {
    const text = Object.values(flatten(getMessages('zh-Hans'))).join('')
    expect(text).not.toMatch(/[網語頁關運營這國選為設無條務鎖號價認證達]/u)
  })
})

describe('getMessages', () => {
  it('should return the English catalogue for en', () => {
    expect(getMessages('en')).toBe(en)
  })

  it('should return a different catalogue for every locale', () => {
    const titles = localeCodes.map((locale) => getMessages(locale).notFound.title)
    expect(new Set(titles).size).toBe(localeCodes.length)
  })
})

describe('format', () => {
  it('should replace a placeholder', () => {
    expect(format('Last verified {date}', { date: '3 March 2025' })).toBe(
      'Last verified 3 March 2025',
    )
  })

  it('should replace several placeholders and repeated ones', () => {
    expect(format('{a} and {b}, {a} again', { a: 'x', b: 2 })).toBe('x and 2, x again')
  })

  it('should write numbers as they are, including zero', () => {
    expect(format('{count} results', { count: 0 })).toBe('0 results')
  })

  it('should leave a placeholder without a value in place', () => {
    expect(format('Results for “{query}”', {})).toBe('Results for “{query}”')
  })

  it('should not read inherited properties as values', () => {
    expect(format('{toString}', {})).toBe('{toString}')
  })

  it('should not expand placeholders inside a value', () => {
    expect(format('{site}: latest guides', { site: '{evil}' })).toBe('{evil}: latest guides')
  })

  it('should fill a catalogue string', () => {
    expect(format(getMessages('es').feed.title, { site: 'Viaja Conectado' })).toBe(
      'Viaja Conectado: guías recientes',
    )
  })
})

describe('resultCountLabel', () => {
  it.each([
    ['en', 0, '0 results'],
    ['en', 1, '1 result'],
    ['en', 2, '2 results'],
    ['en', 1500, '1,500 results'],
    ['es', 0, '0 resultados'],
    ['es', 1, '1 resultado'],
    ['es', 7, '7 resultados'],
    ['es', 1_000_000, '1.000.000 resultados'],
    ['ur', 1, '1 نتیجہ'],
    ['ur', 3, '3 نتائج'],
    ['zh-Hans', 1, '1 条结果'],
    ['zh-Hant', 2, '2 筆結果'],
  ] as const)('should label %s count %d as %j', (locale: LocaleCode, count, label) => {
    expect(resultCountLabel(getMessages(locale), locale, count)).toBe(label)
  })
})

describe('topicLabel', () => {
  it.each([
    ['activate', 'Activate'],
    ['top-up', 'Top up'],
    ['check-balance', 'Check balance'],
    ['cancel', 'Cancel'],
    ['port-number', 'Port a number'],
    ['roaming', 'Roaming'],
    ['data-plans', 'Data plans'],
  ])('should label the topic slug %s as %j in English', (slug, label) => {
    expect(topicLabel(en, slug)).toBe(label)
  })

  it('should use the reader’s locale', () => {
    expect(topicLabel(getMessages('zh-Hant'), 'top-up')).toBe('儲值')
    expect(topicLabel(getMessages('es'), 'check-balance')).toBe('Consultar saldo')
  })

  it('should return an unknown slug unchanged', () => {
    expect(topicLabel(en, 'unlock-phone')).toBe('unlock-phone')
  })

  it('should not treat object keys such as constructor as topics', () => {
    expect(topicLabel(en, 'constructor')).toBe('constructor')
  })

  it('should not accept a catalogue key in place of a slug', () => {
    expect(topicLabel(en, 'topUp')).toBe('topUp')
  })
})

describe('simKindLabel', () => {
  it.each([
    ['physical', 'Physical SIM'],
    ['esim', 'eSIM'],
    ['both', 'Physical SIM or eSIM'],
  ])('should label the SIM kind %s as %j in English', (kind, label) => {
    expect(simKindLabel(en, kind)).toBe(label)
  })

  it('should use the reader’s locale', () => {
    expect(simKindLabel(getMessages('ur'), 'both')).toBe('فزیکل سم یا ای سم')
  })

  it('should return an unknown kind unchanged', () => {
    expect(simKindLabel(en, 'nano')).toBe('nano')
  })
})
