import { describe, expect, it } from 'vitest'

import {
  containsTerm,
  type GlossaryTerm,
  glossaryHits,
  glossaryViolations,
} from '@/lib/translation/glossary'

const jazz: GlossaryTerm = {
  term: 'Jazz',
  translations: { ur: 'جاز', 'zh-Hant': 'Jazz', 'zh-Hans': 'Jazz' },
}
const simCard: GlossaryTerm = {
  term: 'SIM card',
  translations: { ur: 'سم کارڈ', 'zh-Hant': 'SIM卡' },
}
const topUp: GlossaryTerm = {
  term: 'top-up',
  translations: { ur: 'ری چارج', 'zh-Hant': '儲值', 'zh-Hans': '充值' },
}
const balance: GlossaryTerm = { term: 'balance', translations: { 'zh-Hant': '餘額' } }
const terms = [jazz, simCard, topUp, balance]

describe('containsTerm', () => {
  it('should match Latin terms case-insensitively as whole words', () => {
    expect(containsTerm('Buy a JAZZ SIM.', 'Jazz')).toBe(true)
    expect(containsTerm("Jazz's network", 'jazz')).toBe(true)
  })

  it('should not match Latin terms inside longer words or next to digits', () => {
    expect(containsTerm('A jazzy plan', 'Jazz')).toBe(false)
    expect(containsTerm('Jazz4G bundles', 'Jazz')).toBe(false)
  })

  it('should let any whitespace separate the words of a term', () => {
    expect(containsTerm('Insert the SIM\n card', 'SIM card')).toBe(true)
  })

  it('should treat Chinese characters next to a Latin term as a word boundary', () => {
    expect(containsTerm('使用Jazz的SIM卡', 'Jazz')).toBe(true)
  })

  it('should match Chinese and Arabic-script terms as substrings', () => {
    expect(containsTerm('先儲值再使用', '儲值')).toBe(true)
    expect(containsTerm('جازکیش', 'جاز')).toBe(true)
  })

  it('should match full-width Latin in Chinese text', () => {
    expect(containsTerm('插入ＳＩＭ卡', 'SIM卡')).toBe(true)
  })

  it('should never match an empty term', () => {
    expect(containsTerm('anything', '  ')).toBe(false)
  })
})

describe('glossaryHits', () => {
  it('should return the terms found in the source text in glossary order', () => {
    expect(glossaryHits('Check your balance before a top-up of your Jazz number.', terms)).toEqual([
      jazz,
      topUp,
      balance,
    ])
  })

  it('should return nothing when no term occurs', () => {
    expect(glossaryHits('Restart your phone.', terms)).toEqual([])
  })

  it('should find terms written in the source locale Chinese as substrings', () => {
    const zhTerms: GlossaryTerm[] = [
      { term: '充值', translations: { 'zh-Hant': '儲值', en: 'top-up' } },
    ]

    expect(glossaryHits('通过App充值', zhTerms)).toEqual(zhTerms)
  })
})

describe('glossaryViolations', () => {
  const sourceText = 'Insert the Jazz SIM card, then do a top-up.'

  it('should report Urdu spellings missing from the translation', () => {
    expect(
      glossaryViolations({
        sourceText,
        targetText: 'Jazz کا سم کارڈ ڈالیں، پھر ٹاپ اپ کریں۔',
        targetLocale: 'ur',
        terms,
      }),
    ).toEqual([
      { term: 'Jazz', expected: 'جاز' },
      { term: 'top-up', expected: 'ری چارج' },
    ])
  })

  it('should accept an Urdu translation that uses every agreed spelling', () => {
    expect(
      glossaryViolations({
        sourceText,
        targetText: 'جاز کا سم کارڈ ڈالیں، پھر ری چارج کریں۔',
        targetLocale: 'ur',
        terms,
      }),
    ).toEqual([])
  })

  it('should report Traditional Chinese spellings missing from the translation', () => {
    expect(
      glossaryViolations({
        sourceText,
        targetText: '插入Jazz的SIM卡，然後充值。',
        targetLocale: 'zh-Hant',
        terms,
      }),
    ).toEqual([{ term: 'top-up', expected: '儲值' }])
  })

  it('should accept a Traditional Chinese translation that uses every agreed spelling', () => {
    expect(
      glossaryViolations({
        sourceText,
        targetText: '插入 Jazz 的 SIM卡，然後儲值。',
        targetLocale: 'zh-Hant',
        terms,
      }),
    ).toEqual([])
  })

  it('should skip terms without a spelling for the target locale', () => {
    expect(
      glossaryViolations({
        sourceText: 'Check your balance.',
        targetText: 'Revise su saldo.',
        targetLocale: 'es',
        terms,
      }),
    ).toEqual([])
  })

  it('should not check terms the source does not use', () => {
    expect(
      glossaryViolations({
        sourceText: 'Restart your phone.',
        targetText: 'اپنا فون دوبارہ شروع کریں۔',
        targetLocale: 'ur',
        terms,
      }),
    ).toEqual([])
  })
})
