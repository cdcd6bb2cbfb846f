import { describe, expect, it } from 'vitest'

import {
  fingerprintFields,
  sourceFields,
  type TranslatableContent,
} from '@/lib/translation/fingerprints'
import { convertChinese, convertLexical, draftChineseLocale } from '@/lib/translation/opencc'
import type { Guide } from '@/payload-types'

type RichText = NonNullable<Guide['body']>

const richText = (...paragraphs: string[]): RichText => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [
        { type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' },
      ],
    })),
  },
})

const simplified: TranslatableContent = {
  title: '软件更新',
  summary: '通过网络更新软件。',
  meta: { title: '软件更新指南', description: '打开设置。' },
  steps: [
    { id: 'hans-1', title: '打开设置', body: richText('选择移动数据。') },
    { id: 'hans-2', title: '发送短信', body: richText('发送短信到10086。') },
  ],
  faq: [{ id: 'hans-f1', question: '需要网络吗？', answer: richText('需要。') }],
  body: richText('软件和网络。'),
}

describe('convertChinese', () => {
  it('should convert Simplified to Traditional with Taiwan phrases', () => {
    expect(convertChinese('软件', { from: 'zh-Hans', to: 'zh-Hant' })).toBe('軟體')
    expect(convertChinese('网络', { from: 'zh-Hans', to: 'zh-Hant' })).toBe('網路')
    expect(convertChinese('发送短信到10086', { from: 'zh-Hans', to: 'zh-Hant' })).toBe(
      '傳送簡訊到10086',
    )
  })

  it('should convert Traditional Taiwan phrases back to Simplified', () => {
    expect(convertChinese('軟體', { from: 'zh-Hant', to: 'zh-Hans' })).toBe('软件')
    expect(convertChinese('網路', { from: 'zh-Hant', to: 'zh-Hans' })).toBe('网络')
  })

  it('should leave non-Chinese text and protected tokens alone', () => {
    expect(
      convertChinese('Dial *123# on your SIM, Rs. 500', { from: 'zh-Hans', to: 'zh-Hant' }),
    ).toBe('Dial *123# on your SIM, Rs. 500')
  })

  it('should return the text unchanged when both locales are the same', () => {
    expect(convertChinese('软件', { from: 'zh-Hans', to: 'zh-Hans' })).toBe('软件')
  })
})

describe('convertLexical', () => {
  it('should convert every text node in a copy and leave the input untouched', () => {
    const value = {
      root: {
        type: 'root',
        children: [
          {
            type: 'link',
            fields: { url: 'https://example.com/软件' },
            children: [{ type: 'text', text: '网络' }],
          },
          { type: 'paragraph', children: [{ type: 'text', text: '软件' }, { type: 'linebreak' }] },
        ],
      },
    }
    const before = JSON.stringify(value)

    const converted = convertLexical(value, (text) =>
      convertChinese(text, { from: 'zh-Hans', to: 'zh-Hant' }),
    )

    expect(converted).toEqual({
      root: {
        type: 'root',
        children: [
          {
            type: 'link',
            fields: { url: 'https://example.com/软件' },
            children: [{ type: 'text', text: '網路' }],
          },
          { type: 'paragraph', children: [{ type: 'text', text: '軟體' }, { type: 'linebreak' }] },
        ],
      },
    })
    expect(JSON.stringify(value)).toBe(before)
    expect(converted.root.children[1]).not.toBe(value.root.children[1])
  })
})

describe('draftChineseLocale', () => {
  it('should fill every field of an empty target and list all of their paths', () => {
    const { content, machineDraftedFields } = draftChineseLocale({
      source: simplified,
      target: null,
      from: 'zh-Hans',
      to: 'zh-Hant',
    })

    expect(machineDraftedFields).toEqual(Object.keys(sourceFields(simplified)))
    expect(sourceFields(content)).toEqual({
      title: '軟體更新',
      summary: '通過網路更新軟體。',
      'meta.title': '軟體更新指南',
      'meta.description': '開啟設定。',
      'steps.0.title': '開啟設定',
      'steps.0.body': '選擇行動數據。',
      'steps.1.title': '傳送簡訊',
      'steps.1.body': '傳送簡訊到10086。',
      'faq.0.question': '需要網路嗎？',
      'faq.0.answer': '需要。',
      body: '軟體和網路。',
    })
  })

  it('should give new rows no id so the CMS assigns its own', () => {
    const { content } = draftChineseLocale({
      source: simplified,
      target: {},
      from: 'zh-Hans',
      to: 'zh-Hant',
    })

    expect(content.steps?.map((step) => step.id)).toEqual([undefined, undefined])
    expect(content.faq?.map((entry) => entry.id)).toEqual([undefined])
  })

  it('should keep existing target text and report exactly the paths it filled', () => {
    const target: TranslatableContent = {
      title: '更新你的軟體',
      summary: '   ',
      meta: { title: '人工標題' },
      steps: [{ id: 'hant-1', title: '進入設定', body: null }],
      faq: [],
      body: richText('人工翻譯的內文。'),
    }

    const { content, machineDraftedFields } = draftChineseLocale({
      source: simplified,
      target,
      from: 'zh-Hans',
      to: 'zh-Hant',
    })

    expect(machineDraftedFields).toEqual([
      'summary',
      'meta.description',
      'steps.0.body',
      'steps.1.title',
      'steps.1.body',
      'faq.0.question',
      'faq.0.answer',
    ])
    expect(content.title).toBe('更新你的軟體')
    expect(content.meta).toEqual({ title: '人工標題', description: '開啟設定。' })
    expect(content.steps?.[0]).toEqual({
      id: 'hant-1',
      title: '進入設定',
      body: richText('選擇行動數據。'),
    })
    expect(content.body).toEqual(richText('人工翻譯的內文。'))
  })

  it('should change nothing when the target is complete', () => {
    const complete: TranslatableContent = draftChineseLocale({
      source: simplified,
      target: null,
      from: 'zh-Hans',
      to: 'zh-Hant',
    }).content

    const { content, machineDraftedFields } = draftChineseLocale({
      source: simplified,
      target: complete,
      from: 'zh-Hans',
      to: 'zh-Hant',
    })

    expect(machineDraftedFields).toEqual([])
    expect(content).toEqual(complete)
  })

  it('should keep target rows beyond the end of the source', () => {
    const target: TranslatableContent = {
      title: '軟體',
      steps: [
        { id: 'a', title: '一' },
        { id: 'b', title: '二' },
        { id: 'c', title: '三' },
      ],
    }

    const { content, machineDraftedFields } = draftChineseLocale({
      source: simplified,
      target,
      from: 'zh-Hans',
      to: 'zh-Hant',
    })

    expect(content.steps?.map((step) => step.title)).toEqual(['一', '二', '三'])
    expect(machineDraftedFields).not.toContain('steps.2.title')
    expect(machineDraftedFields).toContain('steps.0.body')
  })

  it('should not modify the source or the target', () => {
    const target: TranslatableContent = { title: '', steps: [{ id: 'x', title: '' }], meta: {} }
    const targetBefore = JSON.stringify(target)
    const sourceBefore = JSON.stringify(simplified)

    const { content } = draftChineseLocale({
      source: simplified,
      target,
      from: 'zh-Hans',
      to: 'zh-Hant',
    })

    expect(JSON.stringify(target)).toBe(targetBefore)
    expect(JSON.stringify(simplified)).toBe(sourceBefore)
    expect(content.steps?.[0]).not.toBe(target.steps?.[0])
    expect(content.body).not.toBe(simplified.body)
  })

  it('should draft Simplified Chinese from Traditional Chinese', () => {
    const { content, machineDraftedFields } = draftChineseLocale({
      source: { title: '軟體更新', body: richText('網路設定') },
      target: { title: '软件升级' },
      from: 'zh-Hant',
      to: 'zh-Hans',
    })

    expect(machineDraftedFields).toEqual(['body'])
    expect(sourceFields(content)).toEqual({ title: '软件升级', body: '网络设置' })
  })

  it('should report the same paths that become new fingerprints', () => {
    const target: TranslatableContent = { title: '軟體', faq: [{ question: '要網路嗎？' }] }

    const { content, machineDraftedFields } = draftChineseLocale({
      source: simplified,
      target,
      from: 'zh-Hans',
      to: 'zh-Hant',
    })
    const before = Object.keys(fingerprintFields(target))

    expect(
      Object.keys(fingerprintFields(content)).filter((path) => !before.includes(path)),
    ).toEqual(machineDraftedFields)
  })
})
