import { describe, expect, it } from 'vitest'

import { fingerprintFields, type TranslatableContent } from '@/lib/translation/fingerprints'
import {
  maxDiffTokens,
  sourceDiff,
  tokenizeForDiff,
  translationStatus,
} from '@/lib/translation/status'

const source: TranslatableContent = {
  title: 'Check your balance',
  summary: 'Dial a short code.',
  steps: [{ title: 'Dial *123#' }, { title: 'Read the SMS' }],
}

const translation: TranslatableContent = {
  title: 'اپنا بیلنس چیک کریں',
  summary: 'ایک مختصر کوڈ ڈائل کریں۔',
  steps: [{ title: '*123# ڈائل کریں' }, { title: 'SMS پڑھیں' }],
}

const sourceFingerprints = fingerprintFields(source)

const joined = (segments: { kind: string; text: string }[], keep: string) =>
  segments
    .filter((segment) => segment.kind === 'same' || segment.kind === keep)
    .map((segment) => segment.text)
    .join('')

describe('translationStatus', () => {
  it('should be missing when there is no target', () => {
    expect(
      translationStatus({ target: null, currentSourceFingerprints: sourceFingerprints }),
    ).toEqual({
      status: 'missing',
      changedFields: [],
    })
    expect(
      translationStatus({ target: undefined, currentSourceFingerprints: sourceFingerprints })
        .status,
    ).toBe('missing')
  })

  it('should be missing when the target has no title and no other content, even if confirmed', () => {
    const empty: TranslatableContent = {
      title: '',
      summary: ' ',
      steps: [{ title: '' }],
      faq: [],
      body: null,
    }

    expect(
      translationStatus({
        target: empty,
        confirmedFingerprints: sourceFingerprints,
        currentSourceFingerprints: sourceFingerprints,
      }).status,
    ).toBe('missing')
  })

  it('should be in progress when the target has content but was never confirmed', () => {
    expect(
      translationStatus({ target: translation, currentSourceFingerprints: sourceFingerprints }),
    ).toEqual({
      status: 'in-progress',
      changedFields: [],
    })
    expect(
      translationStatus({
        target: translation,
        confirmedFingerprints: null,
        currentSourceFingerprints: sourceFingerprints,
      }).status,
    ).toBe('in-progress')
    expect(
      translationStatus({
        target: translation,
        confirmedFingerprints: {},
        currentSourceFingerprints: sourceFingerprints,
      }).status,
    ).toBe('in-progress')
  })

  it('should be in progress when only a step has text', () => {
    expect(
      translationStatus({
        target: { title: '', steps: [{ title: 'SMS پڑھیں' }] },
        currentSourceFingerprints: sourceFingerprints,
      }).status,
    ).toBe('in-progress')
  })

  it('should be up to date when confirmed and no source field changed', () => {
    expect(
      translationStatus({
        target: translation,
        confirmedFingerprints: sourceFingerprints,
        currentSourceFingerprints: sourceFingerprints,
      }),
    ).toEqual({ status: 'up-to-date', changedFields: [] })
  })

  it('should be outdated and list the changed fields when the source changed after confirmation', () => {
    const edited: TranslatableContent = {
      ...source,
      summary: 'Dial a short code from your SIM.',
      steps: [{ title: 'Dial *123#' }, { title: 'Read the SMS' }, { title: 'Top up if low' }],
    }

    expect(
      translationStatus({
        target: translation,
        confirmedFingerprints: sourceFingerprints,
        currentSourceFingerprints: fingerprintFields(edited),
      }),
    ).toEqual({ status: 'outdated', changedFields: ['summary', 'steps.2.title'] })
  })

  it('should move through missing, in progress, up to date, outdated and back to up to date', () => {
    const draft: TranslatableContent = { title: 'اپنا بیلنس چیک کریں' }
    const confirmedAt = fingerprintFields(source)
    const editedSource: TranslatableContent = { ...source, title: 'Check your prepaid balance' }
    const whitespaceOnlyEdit: TranslatableContent = { ...source, title: '  Check   your balance ' }

    expect(translationStatus({ target: {}, currentSourceFingerprints: confirmedAt }).status).toBe(
      'missing',
    )
    expect(
      translationStatus({ target: draft, currentSourceFingerprints: confirmedAt }).status,
    ).toBe('in-progress')
    expect(
      translationStatus({
        target: translation,
        confirmedFingerprints: confirmedAt,
        currentSourceFingerprints: confirmedAt,
      }).status,
    ).toBe('up-to-date')
    expect(
      translationStatus({
        target: translation,
        confirmedFingerprints: confirmedAt,
        currentSourceFingerprints: fingerprintFields(whitespaceOnlyEdit),
      }).status,
    ).toBe('up-to-date')
    expect(
      translationStatus({
        target: translation,
        confirmedFingerprints: confirmedAt,
        currentSourceFingerprints: fingerprintFields(editedSource),
      }),
    ).toEqual({ status: 'outdated', changedFields: ['title'] })
    expect(
      translationStatus({
        target: translation,
        confirmedFingerprints: fingerprintFields(editedSource),
        currentSourceFingerprints: fingerprintFields(editedSource),
      }).status,
    ).toBe('up-to-date')
  })

  it('should report reordered source steps as outdated fields', () => {
    const reordered: TranslatableContent = { ...source, steps: [...(source.steps ?? [])].reverse() }

    expect(
      translationStatus({
        target: translation,
        confirmedFingerprints: sourceFingerprints,
        currentSourceFingerprints: fingerprintFields(reordered),
      }),
    ).toEqual({ status: 'outdated', changedFields: ['steps.0.title', 'steps.1.title'] })
  })
})

describe('tokenizeForDiff', () => {
  it('should split spaced scripts into words, spaces and punctuation', () => {
    expect(tokenizeForDiff('Dial *123#, then wait.')).toEqual([
      'Dial',
      ' ',
      '*',
      '123',
      '#',
      ',',
      ' ',
      'then',
      ' ',
      'wait',
      '.',
    ])
  })

  it('should split Han text into single characters while keeping Latin words whole', () => {
    expect(tokenizeForDiff('插入SIM卡。')).toEqual(['插', '入', 'SIM', '卡', '。'])
  })

  it('should keep Urdu words with their joiners whole', () => {
    expect(tokenizeForDiff('بیلنس چیک\u200cکریں')).toEqual(['بیلنس', ' ', 'چیک\u200cکریں'])
  })
})

describe('sourceDiff', () => {
  it('should diff spaced text word by word', () => {
    expect(
      sourceDiff('Dial *123# to check your balance.', 'Dial *124# to check the balance now.'),
    ).toEqual([
      { kind: 'same', text: 'Dial *' },
      { kind: 'removed', text: '123' },
      { kind: 'added', text: '124' },
      { kind: 'same', text: '# to check ' },
      { kind: 'removed', text: 'your' },
      { kind: 'added', text: 'the' },
      { kind: 'same', text: ' balance' },
      { kind: 'added', text: ' now' },
      { kind: 'same', text: '.' },
    ])
  })

  it('should diff Han text character by character', () => {
    expect(sourceDiff('打开设置，选择移动网络。', '打开设置，然后选择蜂窝网络。')).toEqual([
      { kind: 'same', text: '打开设置，' },
      { kind: 'added', text: '然后' },
      { kind: 'same', text: '选择' },
      { kind: 'removed', text: '移动' },
      { kind: 'added', text: '蜂窝' },
      { kind: 'same', text: '网络。' },
    ])
  })

  it('should diff Urdu text word by word', () => {
    expect(sourceDiff('اپنا بیلنس چیک کریں', 'اپنا ڈیٹا چیک کریں')).toEqual([
      { kind: 'same', text: 'اپنا ' },
      { kind: 'removed', text: 'بیلنس' },
      { kind: 'added', text: 'ڈیٹا' },
      { kind: 'same', text: ' چیک کریں' },
    ])
  })

  it('should give one same segment for identical text', () => {
    expect(sourceDiff('Same text', 'Same text')).toEqual([{ kind: 'same', text: 'Same text' }])
  })

  it('should handle empty sides', () => {
    expect(sourceDiff('', 'New text')).toEqual([{ kind: 'added', text: 'New text' }])
    expect(sourceDiff('Old text', '')).toEqual([{ kind: 'removed', text: 'Old text' }])
    expect(sourceDiff('', '')).toEqual([])
  })

  it.each([
    ['Insert the SIM and restart.', 'Restart, then insert the new SIM.'],
    ['充值前请确认余额。', '请先确认余额，然后充值。'],
    ['Marque *111# y espere.', 'Marque *111*3# y espere el SMS.'],
    ['a b c d e', 'e d c b a'],
  ])('should rebuild both sides from the segments of %j → %j', (before, after) => {
    const segments = sourceDiff(before, after)

    expect(joined(segments, 'removed')).toBe(before)
    expect(joined(segments, 'added')).toBe(after)
  })

  it('should fall back to one removal and one addition beyond the token cap', () => {
    const before = Array.from({ length: maxDiffTokens }, (_, index) => `a${index}`).join(' ')
    const after = Array.from({ length: maxDiffTokens }, (_, index) => `b${index}`).join(' ')

    expect(sourceDiff(before, after)).toEqual([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ])
  })

  it('should still diff precisely a long text with a small edit in the middle', () => {
    const words = Array.from({ length: 3000 }, (_, index) => `w${index}`)
    const before = words.join(' ')
    const after = [...words.slice(0, 1500), 'changed', ...words.slice(1501)].join(' ')

    expect(sourceDiff(before, after)).toEqual([
      { kind: 'same', text: `${words.slice(0, 1500).join(' ')} ` },
      { kind: 'removed', text: 'w1500' },
      { kind: 'added', text: 'changed' },
      { kind: 'same', text: ` ${words.slice(1501).join(' ')}` },
    ])
  })
})
