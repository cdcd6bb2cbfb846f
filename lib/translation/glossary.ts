import type { LocaleCode } from '@/i18n/locales'

/**
 * An agreed spelling: `term` as written in the source locale, and how each target locale writes it.
 * A term kept as is (a brand or plan name) is written exactly like the source in every locale.
 */
export type GlossaryTerm = {
  isKeptAsIs?: boolean
  term: string
  translations: Partial<Record<LocaleCode, string>>
}

/**
 * Scripts without case or without spaces between words, where a term is found as a plain substring:
 * Chinese, Japanese, Korean and Arabic (Urdu). Any such character in a term switches it to
 * substring matching.
 */
const substringScripts =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}]/u

/** A letter, mark, digit or underscore outside the substring scripts: what a whole word may not touch. */
const wordChar = `(?:(?!${substringScripts.source})[\\p{L}\\p{M}\\p{N}_])`

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const fold = (value: string): string => value.normalize('NFKC')

/**
 * Whether the text contains the phrase. Latin (and other cased) phrases: case-insensitive, whole
 * words only (not inside a longer word or number; a Chinese character next to it is a boundary),
 * any run of whitespace matching a space. Phrases in the substring scripts: plain substring.
 */
export const containsTerm = (text: string, phrase: string): boolean => {
  const needle = fold(phrase).trim()
  if (!needle) return false
  const haystack = fold(text)
  const pattern = needle.split(/\s+/u).map(escapeRegExp).join('\\s+')
  if (substringScripts.test(needle)) return new RegExp(pattern, 'iu').test(haystack)
  return new RegExp(`(?<!${wordChar})${pattern}(?!${wordChar})`, 'iu').test(haystack)
}

/**
 * Where the phrase occurs in the text (UTF-16 offsets, end exclusive), matched like containsTerm
 * but on the text as written, so the ranges point into it.
 */
export const termMatches = (text: string, phrase: string): { end: number; start: number }[] => {
  const needle = phrase.trim()
  if (!needle) return []
  const pattern = needle.split(/\s+/u).map(escapeRegExp).join('\\s+')
  const regExp = substringScripts.test(needle)
    ? new RegExp(pattern, 'giu')
    : new RegExp(`(?<!${wordChar})${pattern}(?!${wordChar})`, 'giu')
  return [...text.matchAll(regExp)].map((match) => ({
    end: match.index + match[0].length,
    start: match.index,
  }))
}

/** The terms that occur in the source text, in glossary order, each once. */
export const glossaryHits = (sourceText: string, terms: readonly GlossaryTerm[]): GlossaryTerm[] =>
  terms.filter((entry) => containsTerm(sourceText, entry.term))

export type GlossaryViolation = { term: string; expected: string }

/**
 * Terms the source uses whose agreed target spelling does not occur in the target text (for a term
 * kept as is, the term itself). Terms without a spelling for the target locale are not checked.
 */
export const glossaryViolations = ({
  sourceText,
  targetText,
  targetLocale,
  terms,
}: {
  sourceText: string
  targetText: string
  targetLocale: LocaleCode
  terms: readonly GlossaryTerm[]
}): GlossaryViolation[] =>
  glossaryHits(sourceText, terms).flatMap((entry) => {
    const expected = entry.isKeptAsIs ? entry.term.trim() : entry.translations[targetLocale]?.trim()
    if (!expected || containsTerm(targetText, expected)) return []
    return [{ term: entry.term, expected }]
  })
