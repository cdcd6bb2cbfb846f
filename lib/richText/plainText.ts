/**
 * Plain text of Lexical rich text, for everything that needs words rather than markup: search,
 * descriptions, structured data, translation fingerprints.
 */
type LexicalNode = { type?: unknown; text?: unknown; children?: unknown }

const isNode = (value: unknown): value is LexicalNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const childrenOf = (node: LexicalNode): LexicalNode[] =>
  Array.isArray(node.children) ? node.children.filter(isNode) : []

/** Element types that start a new block; everything else is inline and runs together. */
const blockTypes = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem', 'code', 'root'])

/** Deeper than any real document; stops a hostile or corrupt value from exhausting the stack. */
const maxDepth = 64

const inlineText = (node: LexicalNode, depth: number): string => {
  if (depth > maxDepth) return ''
  // 'text', and 'code-highlight' inside code blocks.
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  if (node.type === 'tab') return '\t'
  return childrenOf(node)
    .map((child) => blockText(child, depth + 1))
    .join('')
}

/**
 * A list is its items one per line; an item is its inline text, with any nested list on the
 * following lines. The root separates its blocks with a blank line.
 */
const blockText = (node: LexicalNode, depth: number): string => {
  if (depth > maxDepth) return ''
  const type = typeof node.type === 'string' ? node.type : ''
  if (!blockTypes.has(type)) return inlineText(node, depth)

  if (type === 'paragraph' || type === 'heading' || type === 'quote' || type === 'code') {
    return inlineText(node, depth)
  }

  const children = childrenOf(node)
  if (type === 'list') {
    return children
      .map((child) => blockText(child, depth + 1).trim())
      .filter(Boolean)
      .join('\n')
  }
  if (type === 'listitem') {
    const lines: string[] = []
    let run = ''
    for (const child of children) {
      if (typeof child.type === 'string' && blockTypes.has(child.type)) {
        lines.push(run, blockText(child, depth + 1))
        run = ''
      } else {
        run += blockText(child, depth + 1)
      }
    }
    lines.push(run)
    return lines
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n')
  }
  // root: a sequence of blocks. Stray inline nodes at this level count as blocks of their own.
  return children
    .map((child) => blockText(child, depth + 1).trim())
    .filter(Boolean)
    .join('\n\n')
}

/**
 * Plain text of a Payload Lexical value (`{ root: { children: [...] } }`): blocks separated by a
 * blank line, list items by a line break, links reduced to their text, uploads and other
 * text-less nodes dropped. Anything that is not a Lexical value gives ''.
 */
export const lexicalToPlainText = (richText: unknown): string => {
  if (!isNode(richText)) return ''
  const root = (richText as { root?: unknown }).root
  if (!isNode(root)) return ''
  return blockText({ ...root, type: 'root' }, 0).trim()
}
