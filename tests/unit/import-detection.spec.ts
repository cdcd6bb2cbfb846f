import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/lib/import/analyzeArticle'
import { detectLanguage } from '@/lib/import/detectLanguage'
import type { CarrierNames, CountryNames } from '@/lib/import/detectReferences'
import { tenantLinkPolicy } from '@/lib/linkPolicy/tenantLinkPolicy'
import {
  ambiguousCountryArticle,
  chineseCancelArticle,
  englishEsimArticle,
  mixedScriptSimplifiedArticle,
  spanishArticle,
  traditionalChineseArticle,
  urduTopUpArticle,
} from '@/tests/helpers/importFixtures'

const countries: CountryNames[] = [
  { code: 'PK', id: 1, names: ['Pakistan', '巴基斯坦', '巴基斯坦', 'پاکستان', 'Pakistán'] },
  { code: 'PE', id: 2, names: ['Peru', '秘鲁', '秘魯', 'Perú'] },
  { code: 'US', id: 3, names: ['United States', '美国', '美國', 'Estados Unidos'] },
]
const carriers: CarrierNames[] = [
  { countryID: 1, id: 11, name: 'Jazz', names: ['Jazz', 'جاز', 'Mobilink'] },
  { countryID: 1, id: 12, name: 'Zong', names: ['Zong', '中国移动巴基斯坦'] },
  { countryID: 2, id: 21, name: 'Claro', names: ['Claro'] },
]
const policy = tenantLinkPolicy({ coveredDomains: [], stored: null })

const analyze = (text: string) => analyzeArticle({ carriers, countries, policy, text })

describe('language detection', () => {
  it('should detect Simplified Chinese', () => {
    expect(detectLanguage(chineseCancelArticle).locale).toBe('zh-Hans')
  })

  it('should detect Traditional Chinese', () => {
    expect(detectLanguage(traditionalChineseArticle).locale).toBe('zh-Hant')
  })

  it('should treat Simplified prose with a few Traditional characters as Simplified', () => {
    const guess = detectLanguage(mixedScriptSimplifiedArticle)
    expect(guess.locale).toBe('zh-Hans')
    expect(guess.evidence.length).toBeGreaterThan(0)
  })

  it('should detect Urdu from letters Arabic does not have', () => {
    expect(detectLanguage(urduTopUpArticle)).toMatchObject({ locale: 'ur' })
    expect(detectLanguage('# مرحبا بكم في الموقع\n\nهذا نص عربي قصير').locale).toBeNull()
  })

  it('should tell English from Spanish', () => {
    expect(detectLanguage(englishEsimArticle).locale).toBe('en')
    expect(detectLanguage(spanishArticle).locale).toBe('es')
  })

  it('should say nothing about text without letters', () => {
    expect(detectLanguage('# 123\n\n456 789').locale).toBeNull()
  })
})

describe('reference detection', () => {
  it('should detect country, carrier, topic and SIM kind of a Chinese article with their words', () => {
    const { detected, language } = analyze(chineseCancelArticle)
    expect(language.locale).toBe('zh-Hans')
    expect(detected.country).toMatchObject({ evidence: ['秘鲁'], value: { code: 'PE', id: 2 } })
    expect(detected.carriers.value).toEqual([{ id: 21, name: 'Claro' }])
    expect(detected.topic.value).toBe('cancel')
    expect(detected.topic.evidence).toEqual(expect.arrayContaining(['注销', '销户']))
    expect(detected.simKind).toMatchObject({ evidence: ['sim卡'], value: 'physical' })
  })

  it('should detect an Urdu top-up guide for Jazz in Pakistan', () => {
    const { detected } = analyze(urduTopUpArticle)
    expect(detected.country.value).toEqual({ code: 'PK', id: 1 })
    expect(detected.carriers).toMatchObject({ evidence: ['جاز (Jazz)'], value: [{ id: 11 }] })
    expect(detected.topic.value).toBe('top-up')
  })

  it('should detect an English eSIM activation guide', () => {
    const { detected } = analyze(englishEsimArticle)
    expect(detected.country.value?.code).toBe('PK')
    expect(detected.carriers.value?.map((carrier) => carrier.name)).toEqual(['Zong'])
    expect(detected.topic.value).toBe('activate')
    expect(detected.simKind.value).toBe('esim')
  })

  it('should find a carrier by its former name', () => {
    const { detected } = analyze('# Mobilink SIM\n\nBuy a Mobilink card at the airport.\n')
    expect(detected.carriers).toMatchObject({ evidence: ['Mobilink (Jazz)'], value: [{ id: 11 }] })
    expect(detected.country).toMatchObject({ value: { code: 'PK' } })
  })

  it('should detect the United States from its Traditional Chinese name', () => {
    expect(analyze(traditionalChineseArticle).detected.country.value?.code).toBe('US')
  })

  it('should set nothing when two countries are named equally often', () => {
    const { detected } = analyze(ambiguousCountryArticle)
    expect(detected.country.value).toBeNull()
    expect(detected.country.evidence).toEqual(['Pakistan', 'Peru'])
  })

  it('should set nothing when the article names no country, carrier, topic or SIM kind', () => {
    const { detected } = analyze('# Notes\n\nA few words about the weather.\n')
    expect([
      detected.country.value,
      detected.carriers.value,
      detected.topic.value,
      detected.simKind.value,
    ]).toEqual([null, null, null, null])
  })

  it('should set no SIM kind when both eSIM and physical cards are discussed', () => {
    const { detected } = analyze(
      '# Jazz eSIM or SIM card?\n\nA physical SIM card or an eSIM: both work.\n',
    )
    expect(detected.simKind.value).toBeNull()
  })
})

describe('article structure', () => {
  it('should take title, slug and summary from the first heading and paragraph', () => {
    const { parts, slug } = analyze(chineseCancelArticle)
    expect(parts.title).toBe('秘鲁Claro手机卡如何注销？一步一步来')
    expect(slug).toBe('秘鲁claro手机卡如何注销-一步一步来')
    expect(parts.summary).toBe(
      '在秘鲁办理的Claro SIM卡不再使用时，最好在离开前去营业厅注销，以免继续产生月租费。',
    )
  })

  it('should turn an ordered "how to" list into steps with bold leads as titles', () => {
    const { parts } = analyze(chineseCancelArticle)
    expect(parts.steps).toEqual([
      { markdown: '注销时需要核对登记的证件。', title: '带上护照' },
      { markdown: '在利马的大型商场里都能找到。', title: '前往Claro营业厅' },
      { markdown: '工作人员会检查是否有欠费，然后办理销户。', title: '确认余额清零' },
    ])
  })

  it('should keep a nested list inside its step', () => {
    const { parts } = analyze(englishEsimArticle)
    expect(parts.steps.map((step) => step.title)).toEqual([
      'Visit a Zong franchise',
      'Scan the QR code',
      'Restart the phone',
    ])
    expect(parts.steps[1].markdown).toBe(
      "open your phone's settings, then:\n\n- on iPhone, choose Cellular, then Add eSIM;\n- on Android, choose Connections, then SIM manager.",
    )
  })

  it('should turn a FAQ section into questions and answers and leave both out of the body', () => {
    const { parts } = analyze(chineseCancelArticle)
    expect(parts.faq).toEqual([
      { markdown: '一般在九十天内可以到营业厅申请恢复。', question: '注销后号码还能恢复吗？' },
      { markdown: '需要本人护照原件和委托书。', question: '可以请朋友代办吗？' },
    ])
    expect(parts.bodyMarkdown).not.toMatch(/常见问题|注销步骤|带上护照|在秘鲁办理/)
    expect(parts.bodyMarkdown).toContain('| 注销手续费 | 免费 |')
  })

  it('should make numbered subsections of a "how to" section into steps', () => {
    const { parts } = analyze(
      '# Guide\n\nIntro.\n\n## How to top up\n\n### 1. Buy a card\n\nAt any shop.\n\n### 2. Dial the code\n\nDial *123*code#.\n',
    )
    expect(parts.steps).toEqual([
      { markdown: 'At any shop.', title: 'Buy a card' },
      { markdown: 'Dial *123*code#.', title: 'Dial the code' },
    ])
  })

  it('should leave a "how to" section without a clear numbered structure in the body', () => {
    const { parts } = analyze('# Guide\n\nIntro.\n\n## How to top up\n\nJust buy a card.\n')
    expect(parts.steps).toEqual([])
    expect(parts.bodyMarkdown).toContain('Just buy a card.')
  })
})
