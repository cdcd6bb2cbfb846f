import { createHash } from 'node:crypto'

import type { Guide } from '@/payload-types'
import { lexicalToPlainText } from '@/lib/richText/plainText'

/**
 * One locale's values of a guide's translatable fields. `title` may be missing because a locale
 * read without fallback has no title until someone writes one; a `Guide` always fits this type.
 */
export type TranslatableContent = Omit<
  Pick<Guide, 'title' | 'summary' | 'steps' | 'faq' | 'body'>,
  'title'
> & {
  title?: string | null
  meta?: { title?: string | null; description?: string | null } | null
}

/** Field path → text, or field path → fingerprint. */
export type FieldMap = Record<string, string>

/**
 * Whitespace of every kind (spaces, tabs, line breaks, no-break and ideographic spaces) collapsed to
 * one space and trimmed, in Unicode NFC. Two values that give the same normalized text say the same
 * thing, so re-wrapping a paragraph is not a change a translator has to review.
 */
export const normalizeFieldText = (value: string): string =>
  value.normalize('NFC').replace(/\s+/gu, ' ').trim()

/** Plain text of a string, a Lexical value or anything else ('' when there is none). */
const fieldText = (value: unknown): string =>
  normalizeFieldText(typeof value === 'string' ? value : lexicalToPlainText(value))

/**
 * Every non-empty translatable value as field path → normalized plain text, in document order:
 * `title`, `summary`, `meta.title`, `meta.description`, `steps.N.title`, `steps.N.body`,
 * `faq.N.question`, `faq.N.answer`, `body`. Rich text is reduced to its text, so formatting-only
 * edits (bold, a link's URL) do not count as source changes.
 */
export const sourceFields = (content: TranslatableContent | null | undefined): FieldMap => {
  const fields: FieldMap = {}
  if (!content) return fields
  const put = (path: string, value: unknown) => {
    const text = fieldText(value)
    if (text) fields[path] = text
  }
  put('title', content.title)
  put('summary', content.summary)
  put('meta.title', content.meta?.title)
  put('meta.description', content.meta?.description)
  ;(Array.isArray(content.steps) ? content.steps : []).forEach((step, index) => {
    put(`steps.${index}.title`, step?.title)
    put(`steps.${index}.body`, step?.body)
  })
  ;(Array.isArray(content.faq) ? content.faq : []).forEach((entry, index) => {
    put(`faq.${index}.question`, entry?.question)
    put(`faq.${index}.answer`, entry?.answer)
  })
  put('body', content.body)
  return fields
}

/** First 16 hex digits of the SHA-256 of the text (UTF-8): short, stable across runs and hosts. */
export const hashText = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16)

/** Field path → hash of its normalized text, for every non-empty translatable value. */
export const fingerprintFields = (content: TranslatableContent | null | undefined): FieldMap =>
  Object.fromEntries(
    Object.entries(sourceFields(content)).map(([path, text]) => [path, hashText(text)]),
  )

// ---------------------------------------------------------------------------------------------
// Document order of field paths

const topLevelOrder = ['title', 'summary', 'meta.title', 'meta.description']
const arrayOrder: Record<string, { rank: number; fields: string[] }> = {
  steps: { rank: topLevelOrder.length, fields: ['title', 'body'] },
  faq: { rank: topLevelOrder.length + 1, fields: ['question', 'answer'] },
}
const bodyRank = topLevelOrder.length + 2
const unknownRank = bodyRank + 1

type PathKey = { rank: number; index: number; field: number; path: string }

const pathKey = (path: string): PathKey => {
  const topLevel = topLevelOrder.indexOf(path)
  if (topLevel >= 0) return { rank: topLevel, index: 0, field: 0, path }
  if (path === 'body') return { rank: bodyRank, index: 0, field: 0, path }
  const match = /^(steps|faq)\.(\d+)\.(\w+)$/.exec(path)
  if (match) {
    const array = arrayOrder[match[1]]
    const field = array.fields.indexOf(match[3])
    return {
      rank: array.rank,
      index: Number(match[2]),
      field: field >= 0 ? field : array.fields.length,
      path,
    }
  }
  return { rank: unknownRank, index: 0, field: 0, path }
}

/**
 * Sort comparator for field paths in document order: title, summary, meta.title, meta.description,
 * steps by index (title before body), faq by index (question before answer), body; paths this
 * module does not produce go last, alphabetically.
 */
export const compareFieldPaths = (a: string, b: string): number => {
  const left = pathKey(a)
  const right = pathKey(b)
  return (
    left.rank - right.rank ||
    left.index - right.index ||
    left.field - right.field ||
    (left.path < right.path ? -1 : left.path > right.path ? 1 : 0)
  )
}

/**
 * Paths whose fingerprint was added, removed or changed between the confirmed set and the current
 * one, in document order. With nothing confirmed every current path counts as added.
 */
export const changedFields = (
  confirmed: FieldMap | null | undefined,
  current: FieldMap,
): string[] => {
  const before = confirmed ?? {}
  const paths = new Set([...Object.keys(before), ...Object.keys(current)])
  return [...paths]
    .filter(
      (path) =>
        !Object.hasOwn(before, path) ||
        !Object.hasOwn(current, path) ||
        before[path] !== current[path],
    )
    .sort(compareFieldPaths)
}
