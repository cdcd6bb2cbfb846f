import { Converter, type ConverterFunction } from 'opencc-js'

import { compareFieldPaths, normalizeFieldText, type TranslatableContent } from './fingerprints'
import { lexicalToPlainText } from '@/lib/richText/plainText'

export type ChineseLocale = 'zh-Hans' | 'zh-Hant'

/** OpenCC presets: Simplified as used in mainland China; Traditional as used in Taiwan, with its phrases (软件 → 軟體). */
const presets: Record<ChineseLocale, string> = { 'zh-Hans': 'cn', 'zh-Hant': 'twp' }

const converters = new Map<string, ConverterFunction>()

const converterFor = (from: ChineseLocale, to: ChineseLocale): ConverterFunction => {
  const key = `${from}>${to}`
  let converter = converters.get(key)
  if (!converter) {
    converter = Converter({ from: presets[from], to: presets[to] })
    converters.set(key, converter)
  }
  return converter
}

/** Simplified ↔ Traditional (Taiwan) text. Non-Chinese characters pass through; from === to returns the text. */
export const convertChinese = (
  text: string,
  { from, to }: { from: ChineseLocale; to: ChineseLocale },
): string => (from === to || !text ? text : converterFor(from, to)(text))

// ---------------------------------------------------------------------------------------------
// Lexical

/** Deeper than any real document; a corrupt value is cut off rather than exhausting the stack. */
const maxDepth = 64

/**
 * A deep copy of a Lexical value with every node's `text` converted. Only the `text` of objects
 * with a string `type` changes; URLs, ids and formatting are copied as they are.
 */
export const convertLexical = <T>(value: T, convert: (text: string) => string): T => {
  const copy = (node: unknown, depth: number): unknown => {
    if (depth > maxDepth) return null
    if (Array.isArray(node)) return node.map((item) => copy(item, depth + 1))
    if (typeof node !== 'object' || node === null) return node
    const record = node as Record<string, unknown>
    const isNode = typeof record.type === 'string'
    return Object.fromEntries(
      Object.entries(record).map(([key, child]) => [
        key,
        isNode && key === 'text' && typeof child === 'string'
          ? convert(child)
          : copy(child, depth + 1),
      ]),
    )
  }
  return copy(value, 0) as T
}

// ---------------------------------------------------------------------------------------------
// Drafting one Chinese locale from the other

const isEmptyText = (value: string | null | undefined): boolean => !normalizeFieldText(value ?? '')
const isEmptyRichText = (value: unknown): boolean => !normalizeFieldText(lexicalToPlainText(value))

type Steps = NonNullable<TranslatableContent['steps']>
type Faq = NonNullable<TranslatableContent['faq']>

export type DraftChineseLocaleArgs = {
  /** The locale to convert from, e.g. the zh-Hans values. */
  source: TranslatableContent
  /** The locale being drafted, as it is now (null when it has no values yet). */
  target: TranslatableContent | null | undefined
  from: ChineseLocale
  to: ChineseLocale
}

export type DraftChineseLocaleResult = {
  content: TranslatableContent
  /** Field paths (fingerprint scheme) that were empty in the target and now hold converted text. */
  machineDraftedFields: string[]
}

/**
 * Fills the target's empty fields with OpenCC conversions of the source's. A field that has text
 * in the target is never changed. Missing step and FAQ rows are appended (without an id, so the
 * CMS gives them new ones); existing rows keep their id and any text they have. Rich text is a
 * converted deep copy of the source's Lexical value. Inputs are not modified.
 */
export const draftChineseLocale = ({
  source,
  target,
  from,
  to,
}: DraftChineseLocaleArgs): DraftChineseLocaleResult => {
  const convert = (text: string) => convertChinese(text, { from, to })
  const filled: string[] = []
  // A deep copy, so the result never shares rows or Lexical nodes with the caller's target.
  const content: TranslatableContent = target ? convertLexical(target, (text) => text) : {}

  /** The converted source text when the target's is empty and the source's is not, else undefined. */
  const draftText = (
    path: string,
    current: string | null | undefined,
    value: string | null | undefined,
  ) => {
    if (!isEmptyText(current) || value == null || isEmptyText(value)) return undefined
    filled.push(path)
    return convert(value)
  }
  const draftRichText = <T>(
    path: string,
    current: T | null | undefined,
    value: T | null | undefined,
  ) => {
    if (!isEmptyRichText(current) || value == null || isEmptyRichText(value)) return undefined
    filled.push(path)
    return convertLexical(value, convert)
  }

  const title = draftText('title', content.title, source.title)
  if (title !== undefined) content.title = title
  const summary = draftText('summary', content.summary, source.summary)
  if (summary !== undefined) content.summary = summary
  const metaTitle = draftText('meta.title', content.meta?.title, source.meta?.title)
  const metaDescription = draftText(
    'meta.description',
    content.meta?.description,
    source.meta?.description,
  )
  if (metaTitle !== undefined || metaDescription !== undefined) {
    content.meta = {
      ...content.meta,
      ...(metaTitle !== undefined ? { title: metaTitle } : {}),
      ...(metaDescription !== undefined ? { description: metaDescription } : {}),
    }
  }

  const steps: Steps = [...(content.steps ?? [])]
  ;(source.steps ?? []).forEach((want, index) => {
    const row = steps[index] ?? { title: '' }
    const stepTitle = draftText(`steps.${index}.title`, row.title, want?.title)
    const stepBody = draftRichText(`steps.${index}.body`, row.body, want?.body)
    if (steps[index] && stepTitle === undefined && stepBody === undefined) return
    steps[index] = {
      ...row,
      ...(stepTitle !== undefined ? { title: stepTitle } : {}),
      ...(stepBody !== undefined ? { body: stepBody } : {}),
    }
  })
  if (steps.length > 0) content.steps = steps

  const faq: Faq = [...(content.faq ?? [])]
  ;(source.faq ?? []).forEach((want, index) => {
    const row = faq[index] ?? { question: '' }
    const question = draftText(`faq.${index}.question`, row.question, want?.question)
    const answer = draftRichText(`faq.${index}.answer`, row.answer, want?.answer)
    if (faq[index] && question === undefined && answer === undefined) return
    faq[index] = {
      ...row,
      ...(question !== undefined ? { question } : {}),
      ...(answer !== undefined ? { answer } : {}),
    }
  })
  if (faq.length > 0) content.faq = faq

  const body = draftRichText('body', content.body, source.body)
  if (body !== undefined) content.body = body

  return { content, machineDraftedFields: filled.sort(compareFieldPaths) }
}
