/**
 * Tokens a translation must carry over unchanged: dial codes, phone numbers, prices, IMEIs, URLs
 * and short numbers. Detection and comparison run on a folded copy of the text (NFKC, so full-width
 * ＊１２３＃ reads as *123#, and Arabic-Indic digits read as ASCII digits); positions and display
 * text always refer to the original.
 */

export type ProtectedTokenKind = 'url' | 'ussd' | 'price' | 'phone' | 'imei' | 'shortNumber'

export type ProtectedToken = {
  kind: ProtectedTokenKind
  /** The token as written, whitespace runs collapsed to one space. */
  text: string
  /** What two tokens are compared by: folded, without whitespace (phones also without - . ( )). */
  key: string
  /** UTF-16 offsets of the token in the original text, end exclusive. */
  start: number
  end: number
}

// ---------------------------------------------------------------------------------------------
// Folding with a map back to original offsets

/** U+0660–0669 (Arabic-Indic) and U+06F0–06F9 (Extended, used in Urdu) → 0–9. */
const foldDigits = (char: string): string => {
  const code = char.codePointAt(0) ?? 0
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660)
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0)
  return char
}

type Folded = { text: string; starts: number[]; ends: number[] }

/**
 * NFKC one code point at a time, so each folded UTF-16 unit remembers the original code point it
 * came from (`starts`/`ends`). Whole-string NFKC could merge characters across that boundary, which
 * matters for none of the characters tokens are made of.
 */
const fold = (text: string): Folded => {
  let folded = ''
  const starts: number[] = []
  const ends: number[] = []
  let offset = 0
  for (const char of text) {
    const replacement = foldDigits(char).normalize('NFKC')
    for (let unit = 0; unit < replacement.length; unit++) {
      starts.push(offset)
      ends.push(offset + char.length)
    }
    folded += replacement
    offset += char.length
  }
  return { text: folded, starts, ends }
}

// ---------------------------------------------------------------------------------------------
// Patterns (matched against folded text)

/** Whitespace allowed inside a price or between phone number groups (after folding, so no-break and ideographic spaces count). */
const gap = '[ \\t]{1,3}'

const amount = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`
const currencyBefore = [
  String.raw`MXN[ \t]{0,3}\$`,
  String.raw`US\$`,
  String.raw`HK\$`,
  String.raw`NT\$`,
  String.raw`MX\$`,
  String.raw`A\$`,
  String.raw`C\$`,
  String.raw`S\/\.?`,
  String.raw`[Rr][Ss]\.?`,
  'PKR',
  'USD',
  'EUR',
  'GBP',
  'AED',
  'MXN',
  'PEN',
  'HKD',
  'TWD',
  'CNY',
  'RMB',
  'JPY',
  String.raw`\$`,
  '€',
  '£',
  '¥',
  '₨',
].join('|')
const currencyAfter = [
  'PKR',
  'USD',
  'EUR',
  'GBP',
  'AED',
  'MXN',
  'PEN',
  'HKD',
  'TWD',
  'CNY',
  'RMB',
  'JPY',
  '元',
  '圓',
].join('|')

const patterns: {
  kind: ProtectedTokenKind
  pattern: RegExp
  accept?: (token: string) => boolean
}[] = [
  {
    kind: 'url',
    pattern: /\b(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/g,
  },
  {
    // Starts and ends with * or #, digits in between: *123#, #100*1#, *111*3#, *#06#. Ending in *
    // is accepted too, so a code reversed by bidi rendering (#123*) is still seen as a token.
    kind: 'ussd',
    pattern: /(?<![\w*#])[*#][*#\d]*\d[*#\d]*[*#](?![\w*#])/g,
  },
  {
    kind: 'price',
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9])(?:(?:${currencyBefore})(?:${gap})?(?:${amount})|(?:${amount})(?:${gap})?(?:${currencyAfter}))(?![A-Za-z0-9]|[.,]\d)`,
      'g',
    ),
  },
  {
    // +92 300 1234567, +1 (555) 123-4567, +86 138 0013 8000
    kind: 'phone',
    pattern: new RegExp(
      String.raw`(?<![\w+])\+\d{1,3}(?:(?:${gap}|-)?\(?\d{1,4}\)?)(?:(?:${gap}|-)?\d{2,8}){1,4}(?!\d)`,
      'g',
    ),
    accept: (token) => {
      const digits = token.replace(/\D/g, '').length
      return digits >= 8 && digits <= 15
    },
  },
  {
    // 0300-1234567, 0300 1234567, 0912-345-678
    kind: 'phone',
    pattern: new RegExp(
      String.raw`(?<![\w+.,])0\d{2,4}(?:(?:${gap}|-)?\d{6,8}|(?:(?:${gap}|-)\d{3,4}){1,2})(?!\d|[.,]\d)`,
      'g',
    ),
  },
  { kind: 'imei', pattern: /(?<![\w.,])\d{15}(?![\d]|[.,]\d)/g },
  {
    // "send to 668", "拨打10086": standalone numbers, not parts of decimals, dates or longer numbers.
    kind: 'shortNumber',
    pattern: /(?<![\w.,:/+\-*#$€£¥])\d{3,6}(?![\d*#]|[.,:\-/]\d)/g,
  },
]

const kindPriority: ProtectedTokenKind[] = ['url', 'ussd', 'price', 'phone', 'imei', 'shortNumber']

/** Closing punctuation that ends a sentence rather than a URL. */
const trimUrl = (url: string): string => {
  let end = url.length
  for (;;) {
    const last = url[end - 1]
    if (/[.,;:!?'"]/.test(last)) {
      end--
      continue
    }
    const pairs: Record<string, string> = { ')': '(', ']': '[' }
    if (last in pairs) {
      const body = url.slice(0, end)
      const opens = body.split(pairs[last]).length - 1
      const closes = body.split(last).length - 1
      if (closes > opens) {
        end--
        continue
      }
    }
    return url.slice(0, end)
  }
}

const keyOf = (kind: ProtectedTokenKind, foldedToken: string): string => {
  const compact = foldedToken.replace(/\s+/g, '')
  return kind === 'phone' ? compact.replace(/[-.()]/g, '') : compact
}

/** Every protected token in the text, in order, duplicates kept. Overlaps go to the leftmost, then the longest. */
export const protectedTokenMatches = (text: string): ProtectedToken[] => {
  const folded = fold(text)
  type Candidate = { kind: ProtectedTokenKind; start: number; end: number }
  const candidates: Candidate[] = []
  for (const { kind, pattern, accept } of patterns) {
    for (const match of folded.text.matchAll(pattern)) {
      const token = kind === 'url' ? trimUrl(match[0]) : match[0]
      if (!token || (accept && !accept(token))) continue
      candidates.push({ kind, start: match.index, end: match.index + token.length })
    }
  }
  candidates.sort(
    (a, b) =>
      a.start - b.start ||
      b.end - b.start - (a.end - a.start) ||
      kindPriority.indexOf(a.kind) - kindPriority.indexOf(b.kind),
  )
  const tokens: ProtectedToken[] = []
  let covered = 0
  for (const candidate of candidates) {
    if (candidate.start < covered) continue
    covered = candidate.end
    const start = folded.starts[candidate.start]
    const end = folded.ends[candidate.end - 1]
    tokens.push({
      kind: candidate.kind,
      text: text.slice(start, end).replace(/\s+/g, ' '),
      key: keyOf(candidate.kind, folded.text.slice(candidate.start, candidate.end)),
      start,
      end,
    })
  }
  return tokens
}

/** The protected tokens as written, in order, duplicates kept (for display). */
export const findProtectedTokens = (text: string): string[] =>
  protectedTokenMatches(text).map((token) => token.text)

/**
 * Comparison key → number of occurrences. Keys are folded and have no whitespace, so `*123#` and
 * `＊１２３＃` share one, as do `Rs 1,000` and `Rs  1,000`, or `+92 300 1234567` and `+923001234567`.
 */
export const countProtectedTokens = (text: string): Map<string, number> => {
  const counts = new Map<string, number>()
  for (const { key } of protectedTokenMatches(text)) counts.set(key, (counts.get(key) ?? 0) + 1)
  return counts
}

/**
 * Multiset difference of the tokens of two texts. `missing`: source tokens the target lacks (once
 * per missing occurrence, as written in the source); `unexpected`: target tokens the source does
 * not have (as written in the target). A token altered in translation shows up in both lists.
 */
export const compareProtectedTokens = (
  source: string,
  target: string,
): { missing: string[]; unexpected: string[] } => {
  const sourceTokens = protectedTokenMatches(source)
  const targetTokens = protectedTokenMatches(target)
  const surplus = (mine: ProtectedToken[], theirs: ProtectedToken[]): string[] => {
    const available = new Map<string, number>()
    for (const { key } of theirs) available.set(key, (available.get(key) ?? 0) + 1)
    const extra: string[] = []
    for (const token of mine) {
      const left = available.get(token.key) ?? 0
      if (left > 0) available.set(token.key, left - 1)
      else extra.push(token.text)
    }
    return extra
  }
  return {
    missing: surplus(sourceTokens, targetTokens),
    unexpected: surplus(targetTokens, sourceTokens),
  }
}

/**
 * The text cut into runs, protected tokens on their own (`isToken`), so an RTL page can wrap each
 * token in `<bdi dir="ltr">` and `*123#` never renders as `#123*`. The runs join back to the text.
 */
export const splitForBidi = (text: string): { text: string; isToken: boolean }[] => {
  const parts: { text: string; isToken: boolean }[] = []
  let offset = 0
  for (const token of protectedTokenMatches(text)) {
    if (token.start > offset) parts.push({ text: text.slice(offset, token.start), isToken: false })
    parts.push({ text: text.slice(token.start, token.end), isToken: true })
    offset = token.end
  }
  if (offset < text.length) parts.push({ text: text.slice(offset), isToken: false })
  return parts
}
