import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import { convertMarkdownToLexical } from '@payloadcms/richtext-lexical'

import type { ID } from '@/lib/ids'

/** Where each image of the Markdown went: a stored Media document, or nowhere. */
export type ImagePlacement = Map<string, ID | null>

type Node = { children?: Node[]; text?: string; type: string; [key: string]: unknown }

const placeholderPattern = /!\[[^\]]*\]\(\s*<?([^()\s<>]+)>?(?:\s+"[^"]*")?\s*\)/g
const placeholder = (index: number) => `ROAMPRESSIMAGE${index}X`

const uploadNode = (mediaID: ID): Node => ({
  type: 'upload',
  fields: null,
  format: '',
  id: `import-${mediaID}`,
  relationTo: 'media',
  value: mediaID,
  version: 3,
})

const listLine = /^( +)([-*+]|\d+[.)])\s/

/**
 * Lexical nests a list item only when it is indented by four spaces (or a tab) per level; Markdown
 * written elsewhere often uses two or three. Indents of list lines are rescaled to four per level.
 */
const normalizeListIndent = (markdown: string): string => {
  const lines = markdown.split('\n')
  const indents = lines.map((line) => listLine.exec(line.replace(/\t/g, '    '))?.[1].length ?? 0)
  const unit = Math.min(...indents.filter((indent) => indent > 0))
  if (!Number.isFinite(unit) || unit === 4) return markdown
  return lines
    .map((line, index) =>
      indents[index] > 0
        ? `${' '.repeat(4 * Math.round(indents[index] / unit))}${line.replace(/^[ \t]+/, '')}`
        : line,
    )
    .join('\n')
}

/**
 * Lexical's Markdown import splits a numbered list around a nested bullet list (and the other way
 * round) into three lists, the middle one holding only the nested items. Those are joined back.
 */
const rejoinNestedLists = (nodes: Node[]): Node[] => {
  const joined: Node[] = []
  // Lists that just took in nested items: the next list of their own type continues them.
  const justJoined = new WeakSet<Node>()
  for (const node of nodes) {
    const previous = joined[joined.length - 1]
    const isNestedOnly =
      node.type === 'list' &&
      (node.children ?? []).every(
        (item) => item.children?.length === 1 && item.children[0].type === 'list',
      )
    const continuesPrevious =
      previous?.type === 'list' &&
      node.type === 'list' &&
      (isNestedOnly || (previous.listType === node.listType && justJoined.has(previous)))
    if (continuesPrevious) {
      const merged = {
        ...previous,
        children: [...(previous.children ?? []), ...(node.children ?? [])],
      }
      if (isNestedOnly) justJoined.add(merged)
      joined[joined.length - 1] = merged
    } else joined.push(node)
  }
  // Items carry their number; the joined list counts on from its first part.
  return joined.map((node) =>
    node.type === 'list' && node.children
      ? ({
          ...node,
          children: node.children.map((item, index) => ({ ...item, value: index + 1 })),
        } as Node)
      : node,
  )
}

/**
 * Markdown to the Lexical JSON of a rich-text field, with Payload's own converter and the field's
 * editor config (so tables, lists and links become the nodes the editor knows). Images become
 * upload nodes of the Media they were stored as; images that were not stored are left out.
 */
export const markdownToLexical = ({
  editorConfig,
  images = new Map(),
  markdown,
}: {
  editorConfig: SanitizedServerEditorConfig
  images?: ImagePlacement
  markdown: string
}) => {
  const urls: string[] = []
  // Images stand alone as paragraphs, so each can be swapped for a block-level upload node.
  const prepared = markdown.replace(placeholderPattern, (_, url: string) => {
    urls.push(url)
    return `\n\n${placeholder(urls.length - 1)}\n\n`
  })
  const state = convertMarkdownToLexical({ editorConfig, markdown: normalizeListIndent(prepared) })
  const swap = (nodes: Node[]): Node[] =>
    rejoinNestedLists(nodes).flatMap((node) => {
      const only = node.children?.length === 1 ? node.children[0] : null
      const match =
        node.type === 'paragraph' && only?.type === 'text'
          ? /^ROAMPRESSIMAGE(\d+)X$/.exec(only.text?.trim() ?? '')
          : null
      if (match) {
        const mediaID = images.get(urls[Number(match[1])])
        return mediaID === undefined || mediaID === null ? [] : [uploadNode(mediaID)]
      }
      return node.children ? [{ ...node, children: swap(node.children) }] : [node]
    })
  const root = state.root as unknown as Node
  return { ...state, root: { ...root, children: swap(root.children ?? []) } } as typeof state
}

/** True when a converted document holds nothing but empty paragraphs. */
export const isEmptyLexical = (state: { root: { children?: unknown[] } }) =>
  !(state.root.children ?? []).some(
    (node) => (node as Node).type !== 'paragraph' || ((node as Node).children ?? []).length > 0,
  )
