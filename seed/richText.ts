/**
 * Builds Lexical rich-text JSON from plain paragraphs, so sample content stays readable in code.
 * A paragraph starting with "- " items becomes a bulleted list.
 */
type LexicalNode = { [key: string]: unknown; type: string; version: number }

const textNode = (text: string): LexicalNode => ({
  type: 'text',
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text,
  version: 1,
})

const paragraph = (text: string): LexicalNode => ({
  type: 'paragraph',
  children: [textNode(text)],
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  version: 1,
})

const bulletList = (items: string[]): LexicalNode => ({
  type: 'list',
  children: items.map((item, index) => ({
    type: 'listitem',
    children: [textNode(item)],
    direction: null,
    format: '',
    indent: 0,
    value: index + 1,
    version: 1,
  })),
  direction: null,
  format: '',
  indent: 0,
  listType: 'bullet',
  start: 1,
  tag: 'ul',
  version: 1,
})

export type RichText = {
  root: {
    children: LexicalNode[]
    direction: null
    format: ''
    indent: number
    type: 'root'
    version: number
  }
}

export const richText = (blocks: string[]): RichText => ({
  root: {
    type: 'root',
    children: blocks.map((block) => {
      const lines = block.split('\n').map((line) => line.trim())
      return lines.every((line) => line.startsWith('- '))
        ? bulletList(lines.map((line) => line.slice(2)))
        : paragraph(block)
    }),
    direction: null,
    format: '',
    indent: 0,
    version: 1,
  },
})
