import {
  changedFields,
  type FieldMap,
  sourceFields,
  type TranslatableContent,
} from './fingerprints'

export type TranslationStatus = 'missing' | 'in-progress' | 'up-to-date' | 'outdated'

export type TranslationStatusArgs = {
  /** The target locale's own values (read without fallback). */
  target: TranslatableContent | null | undefined
  /** The source fingerprints stored when a translator last confirmed this translation. */
  confirmedFingerprints?: FieldMap | null
  /** fingerprintFields of the source locale as it is now. */
  currentSourceFingerprints: FieldMap
}

export type TranslationStatusResult = {
  status: TranslationStatus
  /** Source field paths changed since confirmation, in document order; empty unless outdated. */
  changedFields: string[]
}

/**
 * - missing: the target has no translatable text at all (confirmed or not);
 * - in-progress: it has some text but was never confirmed (no confirmed fingerprints, or an empty set);
 * - up-to-date: confirmed, and no source field was added, removed or changed since;
 * - outdated: confirmed, and at least one source field was (listed in changedFields).
 */
export const translationStatus = ({
  target,
  confirmedFingerprints,
  currentSourceFingerprints,
}: TranslationStatusArgs): TranslationStatusResult => {
  if (Object.keys(sourceFields(target)).length === 0)
    return { status: 'missing', changedFields: [] }
  if (!confirmedFingerprints || Object.keys(confirmedFingerprints).length === 0) {
    return { status: 'in-progress', changedFields: [] }
  }
  const changed = changedFields(confirmedFingerprints, currentSourceFingerprints)
  return changed.length === 0
    ? { status: 'up-to-date', changedFields: [] }
    : { status: 'outdated', changedFields: changed }
}

// ---------------------------------------------------------------------------------------------
// Source diff for the side-by-side view

export type DiffSegment = { kind: 'same' | 'added' | 'removed'; text: string }

/**
 * Most tokens per side (after the common start and end are set aside) that get a real diff; the
 * LCS table is n·m cells, so beyond this the changed middle is shown as one removal and one addition.
 */
export const maxDiffTokens = 2000

/**
 * Scripts written without spaces between words: one character is one token. Everything else
 * splits into words (letters, marks, digits, joiners), runs of whitespace, and single other
 * characters (punctuation, symbols), so a changed comma does not mark the whole word changed.
 */
const tokenPattern =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{M}\p{N}_\u200c\u200d])+|\s+|[\s\S]/gu

export const tokenizeForDiff = (text: string): string[] => text.match(tokenPattern) ?? []

type Op = { kind: DiffSegment['kind']; text: string }

/** Longest common subsequence of two token lists, as same/removed/added operations in order. */
const lcsOps = (before: string[], after: string[]): Op[] => {
  const n = before.length
  const m = after.length
  const width = m + 1
  // lengths[i * width + j] = LCS length of before[i..] and after[j..]. Values stay below 2^16.
  const lengths = new Uint16Array((n + 1) * width)
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        before[i] === after[j]
          ? lengths[(i + 1) * width + j + 1] + 1
          : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
    }
  }
  const ops: Op[] = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      ops.push({ kind: 'same', text: before[i] })
      i++
      j++
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) {
      ops.push({ kind: 'removed', text: before[i++] })
    } else {
      ops.push({ kind: 'added', text: after[j++] })
    }
  }
  while (i < n) ops.push({ kind: 'removed', text: before[i++] })
  while (j < m) ops.push({ kind: 'added', text: after[j++] })
  return ops
}

/**
 * Joins operations into segments: runs of the same kind become one segment, and within each
 * changed stretch the removed text comes before the added text.
 */
const toSegments = (ops: Op[]): DiffSegment[] => {
  const segments: DiffSegment[] = []
  let removed = ''
  let added = ''
  const push = (kind: DiffSegment['kind'], text: string) => {
    if (!text) return
    const last = segments[segments.length - 1]
    if (last?.kind === kind) last.text += text
    else segments.push({ kind, text })
  }
  const flush = () => {
    push('removed', removed)
    push('added', added)
    removed = ''
    added = ''
  }
  for (const op of ops) {
    if (op.kind === 'same') {
      flush()
      push('same', op.text)
    } else if (op.kind === 'removed') {
      removed += op.text
    } else {
      added += op.text
    }
  }
  flush()
  return segments
}

/**
 * What changed between two versions of a source field: word-level for spaced scripts,
 * character-level for Chinese and Japanese. Joining the 'same' and 'removed' texts gives `before`;
 * joining 'same' and 'added' gives `after`.
 */
export const sourceDiff = (before: string, after: string): DiffSegment[] => {
  const left = tokenizeForDiff(before)
  const right = tokenizeForDiff(after)
  let start = 0
  while (start < left.length && start < right.length && left[start] === right[start]) start++
  let endLeft = left.length
  let endRight = right.length
  while (endLeft > start && endRight > start && left[endLeft - 1] === right[endRight - 1]) {
    endLeft--
    endRight--
  }
  const middleLeft = left.slice(start, endLeft)
  const middleRight = right.slice(start, endRight)
  const middle: Op[] =
    middleLeft.length > maxDiffTokens || middleRight.length > maxDiffTokens
      ? [
          { kind: 'removed', text: middleLeft.join('') },
          { kind: 'added', text: middleRight.join('') },
        ]
      : lcsOps(middleLeft, middleRight)
  return toSegments([
    { kind: 'same', text: left.slice(0, start).join('') },
    ...middle,
    { kind: 'same', text: left.slice(endLeft).join('') },
  ])
}
