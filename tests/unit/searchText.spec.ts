import { describe, expect, it } from 'vitest'

import { highlightMatches, snippetAround } from '@/lib/search/searchSnippet'
import { indexTerms, searchTerms } from '@/lib/search/searchText'

describe('searchTerms', () => {
  it('should split Han runs into consecutive pairs', () => {
    expect(searchTerms('中国移动充值')).toEqual(['中国', '移动', '充值'])
  })

  it('should end an odd Han run with an overlapping pair', () => {
    expect(searchTerms('手机卡')).toEqual(['手机', '机卡'])
  })

  it('should keep Latin and Urdu words whole and lower-case', () => {
    expect(searchTerms('Jazz  SIM بیلنس')).toEqual(['jazz', 'sim', 'بیلنس'])
  })

  it('should separate Latin words glued to Chinese', () => {
    expect(searchTerms('Jazz卡')).toEqual(['jazz', '卡'])
  })

  it('should give no terms for punctuation only', () => {
    expect(searchTerms(' ?!… ')).toEqual([])
  })
})

describe('indexTerms', () => {
  it('should store every Han character and every pair so short and long queries both match', () => {
    expect(indexTerms('SIM卡激活')).toBe('sim 卡 激 活 卡激 激活')
  })

  it('should contain every term of a query for the same text', () => {
    const stored = new Set(indexTerms('如何为中国移动SIM卡充值').split(' '))
    expect(searchTerms('移动充值').every((term) => stored.has(term))).toBe(true)
  })

  it('should keep the digits of a USSD code as a word', () => {
    expect(indexTerms('Dial *222# now')).toBe('dial 222 now')
  })

  it('should keep Urdu words whole', () => {
    expect(indexTerms('بیلنس چیک کریں')).toBe('بیلنس چیک کریں')
  })
})

describe('snippetAround', () => {
  it('should show the text around the first match', () => {
    const body = `${'x'.repeat(300)} dial *111# for balance ${'y'.repeat(300)}`
    expect(snippetAround(body, 'balance')).toContain('dial *111# for balance')
  })

  it('should never cut an Urdu USSD code in half', () => {
    const words = Array.from({ length: 60 }, (_, index) => (index === 30 ? '*222#' : 'بیلنس'))
    const body = `${words.join(' ')} چیک`
    for (const length of [150, 151, 152, 153, 154, 155]) {
      const snippet = snippetAround(body, 'چیک', length)
      expect(snippet.replaceAll('*222#', '').match(/[*#]|\d/g)).toBeNull()
    }
  })

  it('should mark a cut text with ellipses on the cut sides only', () => {
    const body = `start ${'word '.repeat(80)}balance end`
    const snippet = snippetAround(body, 'balance')
    expect([snippet.startsWith('…'), snippet.endsWith('…')]).toEqual([true, false])
  })
})

describe('highlightMatches', () => {
  it('should mark every occurrence, case-insensitively', () => {
    expect(highlightMatches('Jazz and JAZZ', 'jazz')).toEqual([
      { isMatch: true, text: 'Jazz' },
      { isMatch: false, text: ' and ' },
      { isMatch: true, text: 'JAZZ' },
    ])
  })

  it('should mark Chinese pairs that match', () => {
    expect(highlightMatches('中国移动充值指南', '充值')).toEqual([
      { isMatch: false, text: '中国移动' },
      { isMatch: true, text: '充值' },
      { isMatch: false, text: '指南' },
    ])
  })

  it('should mark an Urdu word and leave the USSD code beside it whole', () => {
    expect(highlightMatches('بیلنس *222# ڈائل', 'بیلنس')).toEqual([
      { isMatch: true, text: 'بیلنس' },
      { isMatch: false, text: ' *222# ڈائل' },
    ])
  })
})
