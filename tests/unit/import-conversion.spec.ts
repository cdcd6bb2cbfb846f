import { beforeAll, describe, expect, it } from 'vitest'

import { guideEditorConfigs, type GuideEditorConfigs } from '@/lib/import/editorConfigs'
import { markdownToLexical } from '@/lib/import/toLexical'
import { analyzeArticle } from '@/lib/import/analyzeArticle'
import { tenantLinkPolicy } from '@/lib/linkPolicy/tenantLinkPolicy'
import { chineseCancelArticle, englishEsimArticle } from '@/tests/helpers/importFixtures'

type Node = { children?: Node[]; type: string; [key: string]: unknown }

let configs: GuideEditorConfigs

beforeAll(async () => {
  // The configuration only: no database is opened.
  const config = await (await import('@/payload.config')).default
  configs = guideEditorConfigs(config)
})

const policy = tenantLinkPolicy({ coveredDomains: ['claro.com.pe'], stored: null })
const bodyOf = (text: string) =>
  analyzeArticle({ carriers: [], countries: [], policy, text }).parts.bodyMarkdown

const nodesOf = (node: Node): Node[] => [node, ...(node.children ?? []).flatMap(nodesOf)]
const typesIn = (state: { root: unknown }) => nodesOf(state.root as Node).map((node) => node.type)

describe('Markdown to Lexical', () => {
  it('should keep headings, emphasis, links and a table of a Chinese article', () => {
    const state = markdownToLexical({
      editorConfig: configs.body,
      markdown: bodyOf(chineseCancelArticle),
    })
    const nodes = nodesOf(state.root as unknown as Node)
    expect(typesIn(state)).toEqual(
      expect.arrayContaining(['heading', 'table', 'tablerow', 'tablecell', 'link']),
    )
    expect(nodes.find((node) => node.type === 'link')?.fields).toMatchObject({
      url: 'https://www.claro.com.pe/personas/',
    })
    expect(JSON.stringify(state)).toContain('注销手续费')
  })

  it('should keep a nested list as a list inside a list item', () => {
    const state = markdownToLexical({
      editorConfig: configs.body,
      markdown:
        '1. Open the settings:\n    - on iPhone, Cellular\n    - on Android, SIM manager\n2. Restart',
    })
    const lists = nodesOf(state.root as unknown as Node).filter((node) => node.type === 'list')
    expect(lists.map((list) => list.listType)).toEqual(['number', 'bullet'])
    const inner = nodesOf(lists[0]).filter((node) => node.type === 'list')[1]
    expect(nodesOf(inner).filter((node) => node.type === 'listitem')).toHaveLength(2)
  })

  it('should give a step with a sub-list that sub-list', () => {
    const { parts } = analyzeArticle({
      carriers: [],
      countries: [],
      policy,
      text: englishEsimArticle,
    })
    const state = markdownToLexical({
      editorConfig: configs.stepBody,
      markdown: parts.steps[1].markdown,
    })
    const lists = nodesOf(state.root as unknown as Node).filter((node) => node.type === 'list')
    expect(lists).toHaveLength(1)
    expect(lists[0].listType).toBe('bullet')
    expect((lists[0].children ?? []).map((item) => item.type)).toEqual(['listitem', 'listitem'])
  })

  it('should keep bold text as bold', () => {
    const state = markdownToLexical({
      editorConfig: configs.body,
      markdown: 'Dial **\\*123#** now.',
    })
    const bold = nodesOf(state.root as unknown as Node).find((node) => node.format === 1)
    expect(bold?.text).toBe('*123#')
  })

  it('should put stored images in as uploads and leave the others out', () => {
    const state = markdownToLexical({
      editorConfig: configs.body,
      images: new Map<string, number | null>([
        ['https://img.test/a.png', 7],
        ['https://img.test/b.png', null],
      ]),
      markdown: 'Before.\n\n![A](https://img.test/a.png)\n\n![B](https://img.test/b.png)\n\nAfter.',
    })
    const children = (state.root as unknown as Node).children ?? []
    expect(children.map((node) => node.type)).toEqual(['paragraph', 'upload', 'paragraph'])
    expect(children[1]).toMatchObject({ relationTo: 'media', value: 7 })
  })
})
