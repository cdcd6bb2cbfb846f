/**
 * In-memory guide search for one tenant and locale. Chinese is written without spaces between
 * words, so runs of Han characters are matched by overlapping character pairs; other scripts
 * (Latin, Urdu) by whole words. Matches in the title outrank the summary, which outranks the body.
 */
export type SearchDocument = {
  body: string
  id: number | string
  slug: string
  summary: string
  title: string
  updatedAt: string
}

export type SearchHit = {
  document: SearchDocument
  score: number
  /** The part of the body around the first match, for a result preview. */
  snippet: string
}

const fieldWeights = { body: 1, summary: 4, title: 10 } as const

const han = /\p{Script=Han}/u
const hanRun = /\p{Script=Han}+/gu

export const normalizeForSearch = (text: string): string =>
  text.normalize('NFKC').toLocaleLowerCase('en')

/** Words for spaced scripts, overlapping character pairs for Han runs (a lone character stays). */
export const searchTerms = (query: string): string[] => {
  const terms = new Set<string>()
  for (const word of normalizeForSearch(query).split(/[\s\p{P}\p{S}]+/u)) {
    if (!word) continue
    if (!han.test(word)) {
      terms.add(word)
      continue
    }
    for (const part of word.split(hanRun)) if (part) terms.add(part)
    for (const run of word.match(hanRun) ?? []) {
      if (run.length === 1) terms.add(run)
      for (let index = 0; index + 1 < run.length; index += 1) terms.add(run.slice(index, index + 2))
    }
  }
  return [...terms]
}

const snippetAround = (text: string, terms: string[], length = 160): string => {
  const normalized = normalizeForSearch(text)
  const first = Math.min(
    ...terms.map((term) => normalized.indexOf(term)).filter((index) => index >= 0),
  )
  const start = Number.isFinite(first) ? Math.max(0, first - 40) : 0
  const slice = text.slice(start, start + length).trim()
  return `${start > 0 ? '…' : ''}${slice}${start + length < text.length ? '…' : ''}`
}

/**
 * Ranks documents against a query. A document must contain at least half of the query's terms
 * (all of them for a one- or two-term query) somewhere; ties go to the newer guide.
 */
export const searchGuides = (
  documents: SearchDocument[],
  query: string,
  limit = 50,
): SearchHit[] => {
  const terms = searchTerms(query)
  if (terms.length === 0) return []
  const required = terms.length <= 2 ? terms.length : Math.ceil(terms.length / 2)

  const hits: SearchHit[] = []
  for (const document of documents) {
    const fields = {
      body: normalizeForSearch(document.body),
      summary: normalizeForSearch(document.summary),
      title: normalizeForSearch(document.title),
    }
    let score = 0
    let matched = 0
    for (const term of terms) {
      let termScore = 0
      for (const field of ['title', 'summary', 'body'] as const) {
        if (fields[field].includes(term)) termScore += fieldWeights[field]
      }
      if (termScore > 0) matched += 1
      score += termScore
    }
    if (matched >= required) {
      hits.push({ document, score, snippet: snippetAround(document.body, terms) })
    }
  }
  return hits
    .sort((a, b) => b.score - a.score || b.document.updatedAt.localeCompare(a.document.updatedAt))
    .slice(0, limit)
}

export type HighlightPart = { isMatch: boolean; text: string }

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
