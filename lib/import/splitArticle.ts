import {
  childrenOf,
  outlineOf,
  plainInline,
  sectionContent,
  trimBlank,
  type Section,
} from './markdownOutline'

export type ArticleStep = { markdown: string; title: string }
export type ArticleQuestion = { markdown: string; question: string }

export type ArticleParts = {
  bodyMarkdown: string
  faq: ArticleQuestion[]
  steps: ArticleStep[]
  summary: string
  title: string
}

const howToHeading =
  /步骤|步驟|流程|方法|如何|怎么|怎麼|教程|how to|steps|step by step|pasos|cómo|طریقہ|مراحل/i
const faqHeading =
  /faq|常见问题|常見問題|问答|問答|q\s*&\s*a|preguntas frecuentes|عام سوالات|اکثر پوچھے/i
const orderedItem = /^(\d+)[.)]\s+(.*)$/
const numberedHeading =
  /^(?:\d+[.)、]|[一二三四五六七八九十]+[、.]|step\s*\d+[:.]?|第[一二三四五六七八九十\d]+步[:：]?)\s*/i

/** A step's title is the bold lead of the item (`**Dial *123#**: …`) or its first sentence. */
const splitItem = (text: string): { rest: string; title: string } => {
  const bold = /^\*\*(.+?)\*\*\s*[:：]?\s*(.*)$/.exec(text)
  if (bold) return { rest: bold[2], title: plainInline(bold[1]) }
  const sentence = /^(.+?[。：:.!?！？])\s*(.*)$/.exec(text)
  if (sentence && sentence[2])
    return { rest: sentence[2], title: plainInline(sentence[1]).replace(/[。：:]$/, '') }
  return { rest: '', title: plainInline(text) }
}

/** Top-level ordered-list items of some lines, each with its continuation lines. */
const orderedItems = (lines: readonly string[]): { first: string; more: string[] }[] | null => {
  const items: { first: string; more: string[] }[] = []
  for (const line of lines) {
    const match = orderedItem.exec(line)
    if (match) items.push({ first: match[2], more: [] })
    else if (items.length > 0 && (/^\s+\S/.test(line) || !line.trim()))
      items[items.length - 1].more.push(line)
    else if (line.trim()) return null
  }
  return items.length >= 2 ? items : null
}

/** Steps from a "how to" section: a numbered list, or numbered subsections, never a mixture. */
const stepsOf = (
  lines: readonly string[],
  section: Section,
  outline: readonly Section[],
): ArticleStep[] | null => {
  const children = childrenOf(section, outline)
  if (children.length >= 2 && children.every((child) => numberedHeading.test(child.heading))) {
    return children.map((child) => ({
      markdown: sectionContent(lines, child).join('\n'),
      title: plainInline(child.heading.replace(numberedHeading, '')),
    }))
  }
  if (children.length > 0) return null
  const items = orderedItems(sectionContent(lines, section))
  return (
    items?.map(({ first, more }) => {
      const { rest, title } = splitItem(first)
      const continuation = trimBlank(more).map((line) => line.replace(/^ {1,4}/, ''))
      const parts = [rest, continuation.join('\n')].filter((part) => part.trim())
      return { markdown: parts.join('\n\n'), title }
    }) ?? null
  )
}

const questionLine = /^(?:\*\*)?(?:q[:：.]|问[:：]|問[:：]|\d+[.)、]\s*)?(.+?[?？])(?:\*\*)?\s*$/i

/** FAQ entries: one per subheading, or per question line (bold or ending in ?) and its answer. */
const faqOf = (
  lines: readonly string[],
  section: Section,
  outline: readonly Section[],
): ArticleQuestion[] => {
  const children = childrenOf(section, outline)
  if (children.length > 0) {
    return children.map((child) => ({
      markdown: sectionContent(lines, child).join('\n'),
      question: plainInline(child.heading.replace(numberedHeading, '')),
    }))
  }
  const entries: ArticleQuestion[] = []
  for (const line of sectionContent(lines, section)) {
    const question = questionLine.exec(line.trim())
    if (question) entries.push({ markdown: '', question: plainInline(question[1]) })
    else if (entries.length > 0)
      entries[entries.length - 1].markdown += `${line.replace(/^(?:a[:：]|答[:：])\s*/i, '')}\n`
  }
  return entries.map((entry) => ({ ...entry, markdown: entry.markdown.trim() }))
}

/**
 * An article's parts: the first heading is the title, the first paragraph the summary, a "how to"
 * section with a clear numbered structure the steps and a FAQ section the questions. What is
 * taken out is not repeated in the body.
 */
export const splitArticle = (markdown: string): ArticleParts => {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n')
  const outline = outlineOf(lines)
  const titleSection = outline[0]
  const title = titleSection ? plainInline(titleSection.heading) : ''
  const removed = new Set<number>()
  const remove = (from: number, to: number) => {
    for (let index = from; index < to; index += 1) removed.add(index)
  }
  if (titleSection) removed.add(titleSection.start)

  // The summary: the first paragraph of prose (not a list, quote, table or image).
  let summary = ''
  const firstHeadingAfterTitle =
    outline.find((section) => section !== titleSection)?.start ?? lines.length
  for (
    let index = titleSection ? titleSection.start + 1 : 0;
    index < firstHeadingAfterTitle;
    index += 1
  ) {
    if (!lines[index].trim()) continue
    if (/^\s*([-*+>|]|\d+[.)]|!\[)/.test(lines[index])) break
    let end = index
    while (end < lines.length && lines[end].trim() && !/^#/.test(lines[end])) end += 1
    summary = plainInline(lines.slice(index, end).join(' '))
    remove(index, end)
    break
  }

  let steps: ArticleStep[] = []
  const howTo = outline.find(
    (section) =>
      section !== titleSection &&
      howToHeading.test(section.heading) &&
      stepsOf(lines, section, outline),
  )
  if (howTo) {
    steps = stepsOf(lines, howTo, outline) ?? []
    remove(howTo.start, howTo.end)
  }
  let faq: ArticleQuestion[] = []
  const faqSection = outline.find(
    (section) => section !== titleSection && faqHeading.test(section.heading),
  )
  if (faqSection) {
    faq = faqOf(lines, faqSection, outline).filter((entry) => entry.question)
    if (faq.length > 0) remove(faqSection.start, faqSection.end)
  }

  const bodyMarkdown = trimBlank(lines.filter((_, index) => !removed.has(index)))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
  return { bodyMarkdown, faq, steps, summary, title }
}
