import type { Payload } from 'payload'

import { APIError } from 'payload'
import { getEnabledNodes, type SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import { createHeadlessEditor } from '@payloadcms/richtext-lexical/lexical/headless'

import { getAdminMessages } from '@/i18n/adminMessages'
import type { LocaleCode } from '@/i18n/locales'
import { format } from '@/i18n/messages'
import { fieldLabel } from './fieldLabels'

/**
 * Far above any guide written so far (the longest imported article is about a tenth of it), low
 * enough that one request cannot make the server parse and store megabytes of JSON.
 */
export const maxRichTextLength = 400_000
const maxDepth = 48

/** Nodes Lexical registers in every editor; features add the rest. */
const coreNodeTypes = ['root', 'paragraph', 'text', 'linebreak', 'tab']

type Node = Record<string, unknown> & { children?: unknown; type?: unknown }

const isObject = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

type FieldWithEditor = {
  editor?: { editorConfig?: SanitizedServerEditorConfig }
  flattenedFields?: FieldWithEditor[]
  name?: string
}

/** The editor configured on the guide field the path names (`steps.2.body` → steps › body). */
const editorConfigFor = (payload: Payload, path: string): SanitizedServerEditorConfig => {
  const fields = payload.collections.guides.config.flattenedFields as unknown as FieldWithEditor[]
  const [head, , leaf] = path.split('.')
  const parent = fields.find((field) => field.name === head)
  const field = leaf ? parent?.flattenedFields?.find((sub) => sub.name === leaf) : parent
  const config = field?.editor?.editorConfig
  if (!config) throw new Error(`The guide field "${path}" has no Lexical editor.`)
  return config
}

type Editor = { config: SanitizedServerEditorConfig; linkFields: Set<string>; types: Set<string> }
const editors = new WeakMap<Payload, Map<string, Editor>>()

/** What the guide's own editor for that field allows: its node types and its link's fields. */
const editorFor = (payload: Payload, path: string): Editor => {
  const schemaPath = path.replace(/\.\d+\./, '.')
  const cache = editors.get(payload) ?? new Map<string, Editor>()
  editors.set(payload, cache)
  const cached = cache.get(schemaPath)
  if (cached) return cached
  const config = editorConfigFor(payload, path)
  const nodes = getEnabledNodes({ editorConfig: config })
  const link = config.resolvedFeatureMap.get('link') as
    { sanitizedServerFeatureProps?: { fields?: { name?: string }[] } } | undefined
  const editor: Editor = {
    config,
    linkFields: new Set(
      (link?.sanitizedServerFeatureProps?.fields ?? [])
        .map((field) => field.name)
        .filter((name): name is string => Boolean(name))
        .concat('id'),
    ),
    types: new Set([
      ...coreNodeTypes,
      ...nodes.map((node) => ('getType' in node ? node : node.replace).getType()),
    ]),
  }
  cache.set(schemaPath, editor)
  return editor
}

/** A 400 whose message names the field as the translator sees it. */
const refusal = (
  path: string,
  uiLocale: LocaleCode,
  pick: (t: ReturnType<typeof getAdminMessages>) => string,
  values: Record<string, string | number> = {},
) => {
  const t = getAdminMessages(uiLocale)
  return new APIError(
    format(pick(t), { ...values, field: fieldLabel(path, uiLocale) }),
    400,
    undefined,
    true,
  )
}

/** Web, mail and phone addresses, and links within the site; never `javascript:` or `data:`. */
const isSafeLinkAddress = (url: string): boolean =>
  /^(https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i.test(url.trim()) ||
  !/^[a-z][a-z0-9+.-]*:/i.test(url.trim())

/**
 * Checks every node against the editor before Lexical reads it, so the translator learns which
 * element is wrong instead of a parser's stack trace: known types only, children only as arrays,
 * a bounded depth, link fields the link feature defines, addresses that are links.
 */
const checkTree = (root: Node, editor: Editor, refuse: (error: Refusal) => never) => {
  const visit = (node: unknown, depth: number) => {
    if (!isObject(node) || typeof node.type !== 'string') refuse({ kind: 'notLexical' })
    if (depth > maxDepth) refuse({ kind: 'notLexical' })
    const type = node.type as string
    if (!editor.types.has(type) || (type === 'root') !== (depth === 0))
      refuse({ kind: 'unknownNode', type })
    if (type === 'link' || type === 'autolink') {
      const fields = node.fields
      if (!isObject(fields)) refuse({ kind: 'notLexical' })
      const forged = Object.keys(fields).find((name) => !editor.linkFields.has(name))
      if (forged) refuse({ kind: 'forged', property: `fields.${forged}`, type })
      if (typeof fields.url === 'string' && !isSafeLinkAddress(fields.url))
        refuse({ kind: 'unsafeLink', url: fields.url })
    }
    if (node.children !== undefined) {
      if (!Array.isArray(node.children)) refuse({ kind: 'notLexical' })
      for (const child of node.children) visit(child, depth + 1)
    }
  }
  visit(root, 0)
}

/**
 * Every property sent must be one Lexical's own node class writes back: anything else (an `href`
 * on a text node, a script in a paragraph) is forged and refused rather than silently stored.
 */
const findForgedProperty = (
  sent: unknown,
  parsed: unknown,
): { property: string; type: string } | null => {
  if (!isObject(sent) || !isObject(parsed)) return null
  for (const key of Object.keys(sent)) {
    if (!Object.hasOwn(parsed, key)) return { property: key, type: String(sent.type) }
  }
  const sentChildren = Array.isArray(sent.children) ? sent.children : []
  const parsedChildren = Array.isArray(parsed.children) ? parsed.children : []
  for (const [index, child] of sentChildren.entries()) {
    const forged = findForgedProperty(child, parsedChildren[index])
    if (forged) return forged
  }
  return null
}

type Refusal =
  | { kind: 'forged'; property: string; type: string }
  | { kind: 'invalidJSON' }
  | { kind: 'notLexical' }
  | { kind: 'tooLarge' }
  | { kind: 'unknownNode'; type: string }
  | { kind: 'unsafeLink'; url: string }

const messageFor = (path: string, uiLocale: LocaleCode, reason: Refusal) => {
  switch (reason.kind) {
    case 'forged':
      return refusal(path, uiLocale, (t) => t.richTextForgedProperty, reason)
    case 'invalidJSON':
      return refusal(path, uiLocale, (t) => t.richTextInvalidJSON)
    case 'notLexical':
      return refusal(path, uiLocale, (t) => t.richTextNotLexical)
    case 'tooLarge':
      return refusal(path, uiLocale, (t) => t.richTextTooLarge, { limit: maxRichTextLength })
    case 'unknownNode':
      return refusal(path, uiLocale, (t) => t.richTextUnknownNode, { type: reason.type })
    case 'unsafeLink':
      return refusal(path, uiLocale, (t) => t.richTextUnsafeLink, { url: reason.url })
  }
}

/**
 * Reads the rich text a translator sent for one field (Lexical JSON, as text or as an object) and
 * returns it as the guide's own editor serializes it. Refused with a 400 naming the field: text
 * that is not JSON, anything that is not a Lexical document, node types the field's editor does
 * not have, forged properties, unsafe link addresses and values over the size limit.
 */
export const parseRichTextEdit = ({
  path,
  payload,
  uiLocale = 'en',
  value,
}: {
  path: string
  payload: Payload
  uiLocale?: LocaleCode
  value: unknown
}): { root: Node } => {
  const refuse = (reason: Refusal): never => {
    throw messageFor(path, uiLocale, reason)
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value ?? null)
  if (text.length > maxRichTextLength) refuse({ kind: 'tooLarge' })
  let sent: unknown
  try {
    sent = JSON.parse(text)
  } catch {
    refuse({ kind: 'invalidJSON' })
  }
  if (!isObject(sent) || !isObject(sent.root) || Object.keys(sent).some((key) => key !== 'root'))
    refuse({ kind: 'notLexical' })
  const root = (sent as { root: Node }).root
  const editor = editorFor(payload, path)
  checkTree(root, editor, refuse)

  let parsed: { root: Node }
  try {
    const headless = createHeadlessEditor({
      nodes: getEnabledNodes({ editorConfig: editor.config }),
    })
    parsed = headless.parseEditorState(text).toJSON() as unknown as { root: Node }
  } catch {
    return refuse({ kind: 'notLexical' })
  }
  const forged = findForgedProperty(root, parsed.root)
  if (forged) refuse({ kind: 'forged', ...forged })
  return parsed
}

/** The same JSON whatever the order of its keys (PostgreSQL's jsonb does not keep it). */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    isObject(inner)
      ? Object.fromEntries(
          Object.keys(inner)
            .sort()
            .map((key) => [key, inner[key]]),
        )
      : inner,
  )

/**
 * Whether a translator's rich text says what is stored, formatting included. The stored value is
 * read through the same editor first, so properties Lexical adds on reading are no difference.
 */
export const isSameRichText = (
  payload: Payload,
  path: string,
  stored: unknown,
  edited: unknown,
): boolean => {
  if (!isObject(stored)) return false
  let storedState: unknown = stored
  try {
    const headless = createHeadlessEditor({
      nodes: getEnabledNodes({ editorConfig: editorFor(payload, path).config }),
    })
    storedState = headless.parseEditorState(JSON.stringify(stored)).toJSON()
  } catch {
    // A stored value the editor cannot read is compared as it is.
  }
  return canonical(storedState) === canonical(edited)
}
