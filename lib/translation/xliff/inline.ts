import { protectedTokenMatches } from '../protectedTokens'
import { termMatches } from '../glossary'

/**
 * The content of one XLIFF segment: text, placeholders a translator may not change (`ph`: USSD
 * codes, numbers, prices, URLs, glossary terms kept as they are, line breaks) and spans that carry
 * rich-text formatting or a link (`pc`). Span and placeholder ids refer back to the current source,
 * which is what an import rebuilds rich text from.
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'ph'; id: string; dataRef?: string }
  | { kind: 'pc'; id: string; children: Inline[] }

/** One unit's source content with the original data its placeholders stand for. */
export type UnitContent = {
  content: Inline[]
  /** data id → the text a placeholder stands for. */
  data: Record<string, string>
  /** Placeholder ids that must appear exactly once in a translation (line breaks may move). */
  lockedPlaceholders: string[]
  /** Span id → the Lexical node it was made from (a formatted text node or a link). */
  spans: Record<string, LexicalNode>
}

export type LexicalNode = Record<string, unknown> & { type?: unknown; children?: unknown }

/** Hands out placeholder and data ids within one unit. */
class IdSource {
  private counters = new Map<string, number>()
  next(prefix: string): string {
    const value = (this.counters.get(prefix) ?? 0) + 1
    this.counters.set(prefix, value)
    return `${prefix}${value}`
  }
}

type Protected = { start: number; end: number }

/** Protected ranges of a text: tokens first, then glossary terms kept as they are, no overlaps. */
const protectedRanges = (text: string, keepTerms: readonly string[]): Protected[] => {
  const ranges: Protected[] = protectedTokenMatches(text).map(({ start, end }) => ({ start, end }))
  for (const term of keepTerms) {
    for (const range of termMatches(text, term)) {
      if (!ranges.some((taken) => range.start < taken.end && taken.start < range.end))
        ranges.push(range)
    }
  }
  return ranges.sort((a, b) => a.start - b.start)
}

type Builder = { data: Record<string, string>; ids: IdSource; locked: string[] }

const textWithPlaceholders = (
  text: string,
  keepTerms: readonly string[],
  builder: Builder,
): Inline[] => {
  const parts: Inline[] = []
  let offset = 0
  for (const range of protectedRanges(text, keepTerms)) {
    if (range.start > offset) parts.push({ kind: 'text', text: text.slice(offset, range.start) })
    const dataRef = builder.ids.next('d')
    const id = builder.ids.next('p')
    builder.data[dataRef] = text.slice(range.start, range.end)
    builder.locked.push(id)
    parts.push({ kind: 'ph', dataRef, id })
    offset = range.end
  }
  if (offset < text.length) parts.push({ kind: 'text', text: text.slice(offset) })
  return parts
}

/** A plain-text field as segment content. */
export const plainUnitContent = (text: string, keepTerms: readonly string[]): UnitContent => {
  const builder: Builder = { data: {}, ids: new IdSource(), locked: [] }
  return {
    content: textWithPlaceholders(text, keepTerms, builder),
    data: builder.data,
    lockedPlaceholders: builder.locked,
    spans: {},
  }
}

const inlineTypes = new Set(['text', 'link', 'autolink', 'linebreak', 'tab'])

export const isInlineNode = (node: unknown): node is LexicalNode =>
  typeof node === 'object' &&
  node !== null &&
  typeof (node as LexicalNode).type === 'string' &&
  inlineTypes.has((node as LexicalNode).type as string)

const childrenOf = (node: LexicalNode): LexicalNode[] =>
  Array.isArray(node.children) ? (node.children as LexicalNode[]) : []

/** The inline children of one rich-text block as segment content. */
export const blockUnitContent = (
  inlineNodes: LexicalNode[],
  keepTerms: readonly string[],
): UnitContent => {
  const builder: Builder = { data: {}, ids: new IdSource(), locked: [] }
  const spans: Record<string, LexicalNode> = {}
  const convert = (nodes: LexicalNode[]): Inline[] =>
    nodes.flatMap((node): Inline[] => {
      if (node.type === 'linebreak' || node.type === 'tab') {
        return [{ id: builder.ids.next(node.type === 'tab' ? 't' : 'b'), kind: 'ph' }]
      }
      if (node.type === 'link' || node.type === 'autolink') {
        const id = builder.ids.next('l')
        spans[id] = node
        return [{ children: convert(childrenOf(node)), id, kind: 'pc' }]
      }
      const text = typeof node.text === 'string' ? node.text : ''
      const content = textWithPlaceholders(text, keepTerms, builder)
      const isPlain = !node.format && !node.style
      if (isPlain) return content
      const id = builder.ids.next('f')
      spans[id] = node
      return [{ children: content, id, kind: 'pc' }]
    })
  return {
    content: convert(inlineNodes),
    data: builder.data,
    lockedPlaceholders: builder.locked,
    spans,
  }
}

/** The text a segment's content stands for, placeholders replaced by their data. */
export const inlineText = (content: Inline[], data: Record<string, string>): string =>
  content
    .map((part) =>
      part.kind === 'text'
        ? part.text
        : part.kind === 'pc'
          ? inlineText(part.children, data)
          : part.id.startsWith('b')
            ? '\n'
            : part.id.startsWith('t')
              ? '\t'
              : (part.dataRef && data[part.dataRef]) || '',
    )
    .join('')

const plainTextNode = (text: string, like?: LexicalNode): LexicalNode => ({
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  ...(like ?? {}),
  text,
  type: 'text',
  version: 1,
})

/**
 * Lexical inline nodes for a translated segment: text and placeholders become text nodes, a span
 * becomes a copy of the source node it names (its formatting or link) holding the translation.
 */
export const inlineToLexical = (content: Inline[], source: UnitContent): LexicalNode[] => {
  const nodes: LexicalNode[] = []
  const pushText = (text: string, like?: LexicalNode) => {
    if (!text) return
    const last = nodes[nodes.length - 1]
    const sameKind = last?.type === 'text' && !last.format && !last.style && !like
    if (sameKind) last.text = `${last.text as string}${text}`
    else nodes.push(plainTextNode(text, like))
  }
  for (const part of content) {
    if (part.kind === 'text') pushText(part.text)
    else if (part.kind === 'ph') {
      if (part.id.startsWith('b')) nodes.push({ type: 'linebreak', version: 1 })
      else if (part.id.startsWith('t')) nodes.push({ type: 'tab', version: 1 })
      else pushText(source.data[part.dataRef ?? ''] ?? '')
    } else {
      const like = source.spans[part.id]
      if (like?.type === 'link' || like?.type === 'autolink') {
        nodes.push({ ...like, children: inlineToLexical(part.children, source) })
      } else {
        pushText(inlineText(part.children, source.data), like)
      }
    }
  }
  return nodes
}
