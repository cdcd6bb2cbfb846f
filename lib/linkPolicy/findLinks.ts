/** One link found in a guide: the field it is in (`body`, `steps.2.body`) and its address. */
export type FoundLink = { field: string; url: string }

/** Addresses written as plain text (`https://…`, `www.…`, `t.me/…`) rather than as links. */
const textUrlPattern =
  /\b(?:https?:\/\/[^\s<>()\[\]"'，。、！？）】]+|www\.[^\s<>()\[\]"'，。、！？）】]+|(?:t\.me|wa\.me|discord\.gg|chat\.whatsapp\.com)\/[^\s<>()\[\]"'，。、！？）】]*)/gi

export const urlsInText = (text: string): string[] =>
  [...text.matchAll(textUrlPattern)].map((match) => match[0].replace(/[.,;:!?]+$/, ''))

type LexicalNode = {
  children?: LexicalNode[]
  fields?: { url?: unknown } | null
  text?: unknown
  type?: unknown
  url?: unknown
}

/** Link nodes (their `url`) and addresses typed into text nodes of a Lexical document. */
export const urlsInRichText = (value: unknown): string[] => {
  const found: string[] = []
  const visit = (node: LexicalNode | undefined) => {
    if (!node || typeof node !== 'object') return
    const linkURL = node.fields?.url ?? node.url
    if ((node.type === 'link' || node.type === 'autolink') && typeof linkURL === 'string')
      found.push(linkURL)
    if (typeof node.text === 'string') found.push(...urlsInText(node.text))
    node.children?.forEach(visit)
  }
  visit((value as { root?: LexicalNode } | null)?.root)
  return found
}

type GuideLinkFields = {
  body?: unknown
  faq?: { answer?: unknown; question?: string | null }[] | null
  sources?: { note?: string | null; url?: string | null }[] | null
  steps?: { body?: unknown; title?: string | null }[] | null
  summary?: string | null
  title?: string | null
}

const fromText = (field: string, text: string | null | undefined): FoundLink[] =>
  urlsInText(text ?? '').map((url) => ({ field, url }))

const fromRichText = (field: string, value: unknown): FoundLink[] =>
  urlsInRichText(value).map((url) => ({ field, url }))

/** Every link in the fields of one locale of a guide, as a save hands them to the hooks. */
export const findGuideLinks = (guide: GuideLinkFields): FoundLink[] => [
  ...fromText('title', guide.title),
  ...fromText('summary', guide.summary),
  ...(guide.steps ?? []).flatMap((step, index) => [
    ...fromText(`steps.${index + 1}.title`, step.title),
    ...fromRichText(`steps.${index + 1}.body`, step.body),
  ]),
  ...(guide.faq ?? []).flatMap((entry, index) => [
    ...fromText(`faq.${index + 1}.question`, entry.question),
    ...fromRichText(`faq.${index + 1}.answer`, entry.answer),
  ]),
  ...fromRichText('body', guide.body),
  ...(guide.sources ?? []).flatMap((source, index) => [
    ...(source.url ? [{ field: `sources.${index + 1}.url`, url: source.url }] : []),
    ...fromText(`sources.${index + 1}.note`, source.note),
  ]),
]
