import { normalizeForSearch, searchTerms } from './searchText'

export type HighlightPart = { isMatch: boolean; text: string }

const isSpace = (character: string | undefined) => character === undefined || /\s/u.test(character)

/**
 * Moves a cut to the nearest space so a snippet never splits a word or a code a reader must dial
 * as written (*222#, 0900-123): outwards at the start, inwards at the end, unless a single word
 * is longer than the snippet.
 */
const toWordBoundaries = (text: string, start: number, end: number): [number, number] => {
  let from = start
  while (from > 0 && !isSpace(text[from - 1]) && start - from < 40) from -= 1
  if (from > 0 && !isSpace(text[from - 1])) from = start
  let to = end
  while (to < text.length && to > from && !isSpace(text[to])) to -= 1
  if (to <= from) to = end
  return [from, to]
}

/** The part of a text around the first match of the query, cut at spaces, with ellipses. */
export const snippetAround = (text: string, query: string, length = 160): string => {
  if (!text) return ''
  const normalized = normalizeForSearch(text)
  const positions = searchTerms(query)
    .map((term) => normalized.indexOf(term))
    .filter((index) => index >= 0)
  // NFKC can change lengths (full-width forms): positions are then only approximate, still safe.
  const first = positions.length > 0 ? Math.min(...positions) : 0
  const [start, end] = toWordBoundaries(
    text,
    Math.max(0, first - 40),
    Math.min(text.length, Math.max(0, first - 40) + length),
  )
  const slice = text.slice(start, end).trim()
  return `${start > 0 ? '…' : ''}${slice}${end < text.length ? '…' : ''}`
}

/** Splits text into plain and matching parts so the page can wrap matches in <mark>. */
export const highlightMatches = (text: string, query: string): HighlightPart[] => {
  const terms = searchTerms(query).sort((a, b) => b.length - a.length)
  if (terms.length === 0 || !text) return [{ isMatch: false, text }]
  const normalized = normalizeForSearch(text)
  // NFKC can change lengths (full-width forms); highlight only when the positions still line up.
  if (normalized.length !== text.length) return [{ isMatch: false, text }]
  const marks = new Array<boolean>(text.length).fill(false)
  for (const term of terms) {
    let from = normalized.indexOf(term)
    while (from >= 0) {
      marks.fill(true, from, from + term.length)
      from = normalized.indexOf(term, from + term.length)
    }
  }
  const parts: HighlightPart[] = []
  for (let index = 0; index < text.length; index += 1) {
    const last = parts[parts.length - 1]
    if (last && last.isMatch === marks[index]) last.text += text[index]
    else parts.push({ isMatch: marks[index], text: text[index] })
  }
  return parts
}
