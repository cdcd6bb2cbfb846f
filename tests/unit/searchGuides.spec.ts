import { describe, expect, it } from 'vitest'

import {
  highlightMatches,
  searchGuides,
  searchTerms,
  type SearchDocument,
} from '@/lib/search/searchGuides'

const doc = (id: number, fields: Partial<SearchDocument>): SearchDocument => ({
  body: '',
  id,
  slug: `guide-${id}`,
  summary: '',
  title: '',
  updatedAt: `2026-01-${String(id).padStart(2, '0')}T00:00:00.000Z`,
  ...fields,
})

describe('searchTerms', () => {
  it('should split Han runs into overlapping pairs', () => {
    expect(searchTerms('中国移动充值')).toEqual(['中国', '国移', '移动', '动充', '充值'])
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

describe('searchGuides', () => {
  it('should rank a title match above a summary match above a body match', () => {
    const documents = [
      doc(1, { body: 'how to top up' }),
      doc(2, { title: 'Top up a Zong SIM' }),
      doc(3, { summary: 'Ways to top up credit' }),
    ]
    expect(searchGuides(documents, 'top up').map((hit) => hit.document.id)).toEqual([2, 3, 1])
  })

  it('should find Chinese text without spaces between words', () => {
    const documents = [
      doc(1, { title: '如何为中国移动SIM卡充值' }),
      doc(2, { title: '取消 Jazz 卡' }),
    ]
    expect(searchGuides(documents, '移动充值').map((hit) => hit.document.id)).toEqual([1])
  })

  it('should find Urdu words', () => {
    const documents = [doc(1, { title: 'بیلنس چیک کرنے کے کوڈ' }), doc(2, { title: 'جاز سم بند' })]
    expect(searchGuides(documents, 'بیلنس').map((hit) => hit.document.id)).toEqual([1])
  })

  it('should require every word of a short query', () => {
    const documents = [doc(1, { title: 'Cancel Jazz' }), doc(2, { title: 'Cancel Zong' })]
    expect(searchGuides(documents, 'cancel zong').map((hit) => hit.document.id)).toEqual([2])
  })

  it('should prefer the newer guide when scores tie', () => {
    const documents = [doc(1, { title: 'eSIM' }), doc(9, { title: 'eSIM' })]
    expect(searchGuides(documents, 'esim').map((hit) => hit.document.id)).toEqual([9, 1])
  })

  it('should return a snippet around the first body match', () => {
    const body = `${'x'.repeat(300)} dial *111# for balance ${'y'.repeat(300)}`
    const [hit] = searchGuides([doc(1, { body })], 'balance')
    expect(hit.snippet).toContain('dial *111# for balance')
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
})
