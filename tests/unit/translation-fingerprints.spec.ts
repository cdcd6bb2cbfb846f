import { describe, expect, it } from 'vitest'

import {
  changedFields,
  compareFieldPaths,
  fingerprintFields,
  hashText,
  normalizeFieldText,
  sourceFields,
  type TranslatableContent,
} from '@/lib/translation/fingerprints'
import type { Guide } from '@/payload-types'

type RichText = NonNullable<Guide['body']>

const textNode = (text: string, format = 0) => ({
  type: 'text',
  version: 1,
  text,
  detail: 0,
  format,
  mode: 'normal',
  style: '',
})

const paragraph = (...children: ReturnType<typeof textNode>[]) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  children,
})

const richText = (...paragraphs: string[]): RichText => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: paragraphs.map((text) => paragraph(textNode(text))),
  },
})

const guide = (): TranslatableContent => ({
  title: 'Activate a Jazz SIM',
  summary: 'How to activate a prepaid SIM in Pakistan.',
  meta: { title: 'Activate Jazz SIM', description: 'Step by step.' },
  steps: [
    { id: 's1', title: 'Insert the SIM', body: richText('Power off the phone first.') },
    { id: 's2', title: 'Dial the code', body: richText('Dial *123# and wait.') },
  ],
  faq: [{ id: 'f1', question: 'Is it free?', answer: richText('Yes.') }],
  body: richText('Jazz is a carrier.', 'It sells prepaid SIMs.'),
})

describe('sourceFields', () => {
  it('should flatten every translatable value into field paths in document order', () => {
    const fields = sourceFields(guide())

    expect(Object.keys(fields)).toEqual([
      'title',
      'summary',
      'meta.title',
      'meta.description',
      'steps.0.title',
      'steps.0.body',
      'steps.1.title',
      'steps.1.body',
      'faq.0.question',
      'faq.0.answer',
      'body',
    ])
    expect(fields['steps.1.body']).toBe('Dial *123# and wait.')
    expect(fields['faq.0.question']).toBe('Is it free?')
  })

  it('should reduce rich text to plain text with whitespace collapsed', () => {
    const fields = sourceFields({
      title: '  Top\tup \n now ',
      body: richText('First  paragraph.', 'Second.'),
    })

    expect(fields).toEqual({ title: 'Top up now', body: 'First paragraph. Second.' })
  })

  it('should omit empty, whitespace-only and missing values', () => {
    const fields = sourceFields({
      title: 'Only a title',
      summary: '   ',
      meta: { title: null, description: '' },
      steps: [{ title: '', body: null }],
      faq: [{ question: 'Why?', answer: richText('') }],
      body: null,
    })

    expect(fields).toEqual({ title: 'Only a title', 'faq.0.question': 'Why?' })
  })

  it('should return no fields for null, undefined or empty content', () => {
    expect(sourceFields(null)).toEqual({})
    expect(sourceFields(undefined)).toEqual({})
    expect(sourceFields({})).toEqual({})
  })
})

describe('normalizeFieldText', () => {
  it('should collapse no-break and ideographic spaces like ordinary ones', () => {
    expect(normalizeFieldText('\u00a0充值\u3000方法 \r\n')).toBe('充值 方法')
  })
})

describe('hashText', () => {
  it('should be the first 16 hex digits of the SHA-256 of the text', () => {
    expect(hashText('abc')).toBe('ba7816bf8f01cfea')
  })
})

describe('fingerprintFields', () => {
  it('should map every field path to a 16-digit hex hash of its text', () => {
    const content = guide()
    const fingerprints = fingerprintFields(content)
    const fields = sourceFields(content)

    expect(Object.keys(fingerprints)).toEqual(Object.keys(fields))
    expect(Object.values(fingerprints).every((hash) => /^[0-9a-f]{16}$/.test(hash))).toBe(true)
    expect(fingerprints.title).toBe(hashText('Activate a Jazz SIM'))
  })

  it('should be stable across calls', () => {
    expect(fingerprintFields(guide())).toEqual(fingerprintFields(guide()))
  })

  it('should not change for whitespace-only edits', () => {
    const edited: TranslatableContent = {
      ...guide(),
      title: '  Activate a   Jazz\u00a0SIM\n',
      steps: [
        { id: 's1', title: 'Insert the SIM ', body: richText('Power off   the phone first. ') },
        { id: 's2', title: 'Dial the code', body: richText('Dial *123#', 'and wait.') },
      ],
    }

    expect(fingerprintFields(edited)).toEqual(fingerprintFields(guide()))
  })

  it('should not change when only rich text formatting changes', () => {
    const bold: TranslatableContent = {
      ...guide(),
      body: {
        root: {
          ...richText().root,
          children: [
            paragraph(textNode('Jazz', 1), textNode(' is a carrier.')),
            paragraph(textNode('It sells prepaid SIMs.')),
          ],
        },
      },
    }

    expect(fingerprintFields(bold)).toEqual(fingerprintFields(guide()))
  })

  it('should change only the fingerprint of the edited field', () => {
    const edited: TranslatableContent = { ...guide(), summary: 'How to activate a postpaid SIM.' }

    expect(changedFields(fingerprintFields(guide()), fingerprintFields(edited))).toEqual([
      'summary',
    ])
  })
})

describe('changedFields', () => {
  it('should mark the fields of reordered steps as changed', () => {
    const original = guide()
    const reordered: TranslatableContent = {
      ...original,
      steps: [...(original.steps ?? [])].reverse(),
    }

    expect(changedFields(fingerprintFields(original), fingerprintFields(reordered))).toEqual([
      'steps.0.title',
      'steps.0.body',
      'steps.1.title',
      'steps.1.body',
    ])
  })

  it('should report added and removed paths', () => {
    const original = guide()
    const edited: TranslatableContent = {
      ...original,
      summary: null,
      faq: [...(original.faq ?? []), { question: 'Can I keep my number?', answer: null }],
    }

    expect(changedFields(fingerprintFields(original), fingerprintFields(edited))).toEqual([
      'summary',
      'faq.1.question',
    ])
  })

  it('should treat every current path as added when nothing was confirmed', () => {
    const current = fingerprintFields(guide())

    expect(changedFields(null, current)).toEqual(Object.keys(current))
    expect(changedFields(undefined, current)).toEqual(Object.keys(current))
  })

  it('should return nothing when the fingerprints are identical', () => {
    expect(changedFields(fingerprintFields(guide()), fingerprintFields(guide()))).toEqual([])
  })

  it('should sort paths in document order with numeric step indexes', () => {
    const confirmed = {
      body: 'a',
      'steps.10.title': 'a',
      'faq.0.answer': 'a',
      'meta.description': 'a',
    }
    const current = {
      title: 'b',
      'steps.2.body': 'b',
      'steps.2.title': 'b',
      'faq.0.question': 'b',
      summary: 'b',
    }

    expect(changedFields(confirmed, current)).toEqual([
      'title',
      'summary',
      'meta.description',
      'steps.2.title',
      'steps.2.body',
      'steps.10.title',
      'faq.0.question',
      'faq.0.answer',
      'body',
    ])
  })
})

describe('compareFieldPaths', () => {
  it('should put paths it does not know last, alphabetically', () => {
    expect(['zeta', 'body', 'alpha', 'title'].sort(compareFieldPaths)).toEqual([
      'title',
      'body',
      'alpha',
      'zeta',
    ])
  })
})
