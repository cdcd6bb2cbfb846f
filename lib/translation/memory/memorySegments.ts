import { lexicalToPlainText } from '@/lib/richText/plainText'
import { normalizeFieldText, type TranslatableContent } from '../fingerprints'
import { tokenizeForDiff } from '../status'
import { isRichTextPath } from '../richTextPaths'
import { fieldValues } from '../xliff/guideUnits'

export type MemorySegment = {
  field: string
  kind: 'field' | 'sentence'
  sourceText: string
  targetText: string
}

/**
 * Sentences of a text: cut after . ! ? (followed by a space) and after Chinese and Urdu full stops
 * (。！？۔), which need no space. Blank lines end a sentence too.
 */
export const splitSentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+|(?<=[。！？۔])\s*|\n{2,}/u)
    .map((sentence) => normalizeFieldText(sentence))
    .filter(Boolean)

const textOf = (field: string, value: unknown): string =>
  normalizeFieldText(
    isRichTextPath(field)
      ? lexicalToPlainText(value).replace(/\n+/g, '\n\n')
      : typeof value === 'string'
        ? value
        : '',
  )

/**
 * What a confirmed translation teaches the memory: every field with text on both sides, and for
 * rich text each sentence too when source and translation have the same number of sentences
 * (then they line up one to one).
 */
export const memorySegments = (
  source: TranslatableContent,
  target: TranslatableContent,
): MemorySegment[] => {
  const targets = new Map(fieldValues(target))
  return fieldValues(source).flatMap(([field, value]): MemorySegment[] => {
    const sourceText = textOf(field, value)
    const targetText = textOf(field, targets.get(field))
    if (!sourceText || !targetText) return []
    const segments: MemorySegment[] = [{ field, kind: 'field', sourceText, targetText }]
    if (isRichTextPath(field)) {
      const sourceRaw = lexicalToPlainText(value)
      const targetRaw = lexicalToPlainText(targets.get(field))
      const sourceSentences = splitSentences(sourceRaw)
      const targetSentences = splitSentences(targetRaw)
      if (sourceSentences.length > 1 && sourceSentences.length === targetSentences.length) {
        sourceSentences.forEach((sentence, index) =>
          segments.push({
            field,
            kind: 'sentence',
            sourceText: sentence,
            targetText: targetSentences[index],
          }),
        )
      }
    }
    return segments
  })
}

/** Longest texts compared token by token; beyond this a fuzzy match is not worth the time. */
const maxTokens = 400

/**
 * How alike two source texts are, 0 to 1: one minus the token edit distance over the longer
 * length (words in spaced scripts, characters in Chinese), case and spacing aside.
 */
export const similarity = (a: string, b: string): number => {
  const left = tokenizeForDiff(a.toLocaleLowerCase()).filter((token) => token.trim())
  const right = tokenizeForDiff(b.toLocaleLowerCase()).filter((token) => token.trim())
  const longest = Math.max(left.length, right.length)
  if (longest === 0) return 1
  if (longest > maxTokens) return a === b ? 1 : 0
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index)
  for (let i = 1; i <= left.length; i++) {
    const current = [i]
    for (let j = 1; j <= right.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (left[i - 1] === right[j - 1] ? 0 : 1),
      )
    }
    previous = current
  }
  return 1 - previous[right.length] / longest
}
