import {
  compareFieldPaths,
  hashText,
  normalizeFieldText,
  type TranslatableContent,
} from '../fingerprints'
import {
  blockUnitContent,
  inlineText,
  isInlineNode,
  plainUnitContent,
  type LexicalNode,
  type UnitContent,
} from './inline'
import { isRichTextPath } from '../richTextPaths'

/**
 * One translation unit: a plain field (`title`, `steps.2.title`...) or one block of a rich-text
 * field (`body` block 0, `steps.1.body` block 2...). Unit ids are stable for one source revision:
 * field path, plus `_b` and the block's position for rich text.
 */
export type GuideUnit = UnitContent & {
  /** Position of the block in the field's rich text (document order), for rich-text units. */
  block?: number
  field: string
  id: string
  /** Hash of the unit's source text, so a file made for an older revision can be matched. */
  sourceHash: string
  sourceText: string
}

/**
 * Every element of a Lexical value that holds inline content (paragraphs, headings, quotes, list
 * items, code), in document order: these are the blocks translated one by one.
 */
export const lexicalBlocks = (value: unknown): LexicalNode[] => {
  const root = (value as { root?: LexicalNode } | null)?.root
  const blocks: LexicalNode[] = []
  const walk = (node: LexicalNode, depth: number) => {
    if (depth > 64) return
    const children = Array.isArray(node.children) ? (node.children as LexicalNode[]) : []
    if (node !== root && children.some(isInlineNode)) blocks.push(node)
    for (const child of children) if (!isInlineNode(child)) walk(child, depth + 1)
  }
  if (root && typeof root === 'object') walk(root, 0)
  return blocks
}

export const inlineChildren = (block: LexicalNode): LexicalNode[] =>
  (Array.isArray(block.children) ? (block.children as LexicalNode[]) : []).filter(isInlineNode)

/** The translatable values of a guide's locale, by field path, in document order. */
export const fieldValues = (content: TranslatableContent | null | undefined) => {
  const values: [string, unknown][] = []
  if (!content) return values
  values.push(['title', content.title], ['summary', content.summary])
  values.push(['meta.title', content.meta?.title], ['meta.description', content.meta?.description])
  ;(content.steps ?? []).forEach((step, index) => {
    values.push([`steps.${index}.title`, step?.title], [`steps.${index}.body`, step?.body])
  })
  ;(content.faq ?? []).forEach((entry, index) => {
    values.push([`faq.${index}.question`, entry?.question], [`faq.${index}.answer`, entry?.answer])
  })
  values.push(['body', content.body])
  return values.sort(([a], [b]) => compareFieldPaths(a, b))
}

const unitText = (content: UnitContent): string =>
  normalizeFieldText(inlineText(content.content, content.data))

/** The units of a guide's source locale; empty fields and empty blocks have none. */
export const guideUnits = (
  source: TranslatableContent,
  keepTerms: readonly string[],
): GuideUnit[] =>
  fieldValues(source).flatMap(([field, value]): GuideUnit[] => {
    if (isRichTextPath(field)) {
      return lexicalBlocks(value).flatMap((block, index) => {
        const content = blockUnitContent(inlineChildren(block), keepTerms)
        const text = unitText(content)
        if (!text) return []
        return [
          {
            ...content,
            block: index,
            field,
            id: `${field}_b${index}`,
            sourceHash: hashText(text),
            sourceText: text,
          },
        ]
      })
    }
    const text = typeof value === 'string' ? value : ''
    if (!normalizeFieldText(text)) return []
    const content = plainUnitContent(text, keepTerms)
    return [
      {
        ...content,
        field,
        id: field,
        sourceHash: hashText(unitText(content)),
        sourceText: unitText(content),
      },
    ]
  })

/** The target's current text for a unit: its field's text, or the block at the same position. */
export const currentTargetText = (
  target: TranslatableContent | null | undefined,
  unit: GuideUnit,
): string => {
  const value = fieldValues(target).find(([field]) => field === unit.field)?.[1]
  if (unit.block === undefined) return typeof value === 'string' ? value : ''
  const block = lexicalBlocks(value)[unit.block]
  if (!block) return ''
  const content = blockUnitContent(inlineChildren(block), [])
  return inlineText(content.content, content.data)
}
