/**
 * How guide text becomes search terms, the same way when it is indexed and when it is queried.
 * Chinese is written without spaces between words, so runs of Han characters become their single
 * characters and overlapping character pairs (a query of any length then needs no spaces); other
 * scripts (Latin, Urdu) are split into whole words. The database's full-text index then only has
 * to split on spaces.
 */
const han = /\p{Script=Han}/u
const hanRun = /\p{Script=Han}+/gu
const separators = /[\s\p{P}\p{S}]+/u

export const normalizeForSearch = (text: string): string =>
  text.normalize('NFKC').toLocaleLowerCase('en')

const wordsOf = (text: string): string[] =>
  normalizeForSearch(text)
    .split(separators)
    .filter((word) => word.length > 0)

const pairsOf = (run: string): string[] => {
  const pairs: string[] = []
  for (let index = 0; index + 1 < run.length; index += 1) pairs.push(run.slice(index, index + 2))
  return pairs
}

/** Splits a word that mixes scripts ("sim卡") into its non-Han parts and its Han runs. */
const splitHan = (word: string): { others: string[]; runs: string[] } => ({
  others: word.split(hanRun).filter(Boolean),
  runs: word.match(hanRun) ?? [],
})

/**
 * The terms stored for a text, space-separated: every word, and for Han runs every character and
 * every pair, so a one-character query and a longer one both find it. Repeats are kept: they
 * count towards the ranking.
 */
export const indexTerms = (text: string): string => {
  const terms: string[] = []
  for (const word of wordsOf(text)) {
    if (!han.test(word)) {
      terms.push(word)
      continue
    }
    const { others, runs } = splitHan(word)
    terms.push(...others)
    for (const run of runs) terms.push(...[...run], ...pairsOf(run))
  }
  return terms.join(' ')
}

/**
 * A query's Han run as consecutive pairs ("移动充值" → 移动, 充值), the last one overlapping when
 * the run is odd: most Chinese words are two characters, so "移动充值" still finds "移动SIM卡充值",
 * which overlapping pairs (动充) would not.
 */
const queryPairsOf = (run: string): string[] => {
  if (run.length <= 2) return [run]
  const pairs: string[] = []
  for (let index = 0; index + 1 < run.length; index += 2) pairs.push(run.slice(index, index + 2))
  if (run.length % 2 === 1) pairs.push(run.slice(-2))
  return pairs
}

/**
 * The distinct terms of a query: words, and for Han runs their pairs (a lone Han character stays
 * itself). A guide must contain every term.
 */
export const searchTerms = (query: string): string[] => {
  const terms = new Set<string>()
  for (const word of wordsOf(query)) {
    if (!han.test(word)) {
      terms.add(word)
      continue
    }
    const { others, runs } = splitHan(word)
    others.forEach((part) => terms.add(part))
    for (const run of runs) queryPairsOf(run).forEach((pair) => terms.add(pair))
  }
  return [...terms]
}
