import type { Payload } from 'payload'

import type { LocaleCode } from '@/i18n/locales'
import { saveGuide, type GuideChanges } from '@/lib/guides/saveGuide'
import type { ActingUser } from './guideTranslationReport'
import { sourceFields, type TranslatableContent } from './fingerprints'
import { isSameRichText, parseRichTextEdit } from './richTextEdit'
import { isRichTextPath, valueAtPath } from './richTextPaths'

type ID = number | string

const paragraphs = (text: string) => ({
  root: {
    children: text
      .split(/\n{2,}/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean)
      .map((paragraph) => ({
        children: [
          {
            detail: 0,
            format: 0,
            mode: 'normal',
            style: '',
            text: paragraph,
            type: 'text',
            version: 1,
          },
        ],
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        type: 'paragraph',
        version: 1,
      })),
    direction: null,
    format: '',
    indent: 0,
    type: 'root',
    version: 1,
  },
})

/** The fields a translation may set: localized text, never shared fields or anything else. */
const translatablePaths =
  /^(title|slug|summary|body|meta\.(title|description)|steps\.\d{1,3}\.(title|body)|faq\.\d{1,3}\.(question|answer))$/

export const isTranslatablePath = (path: string): boolean => translatablePaths.test(path)

/**
 * Saves the fields a translator edited in the side-by-side view as a draft of that locale.
 * Only fields whose content actually changed are written, so untouched rich text stays exactly as
 * stored. Rich text edited in the view's editor arrives as Lexical JSON and is stored with its
 * formatting once it passes the field's editor; plain text sent for a rich-text field (API clients)
 * becomes plain paragraphs.
 */
export const saveTranslatedFields = async ({
  edits,
  guideID,
  loadedRevision,
  locale,
  payload,
  richTextEdits = {},
  richTextValues = {},
  uiLocale,
  user,
}: {
  edits: Record<string, string>
  guideID: ID
  /** The revision the translator's form was loaded at (see detectEditConflict). */
  loadedRevision?: number
  locale: LocaleCode
  payload: Payload
  /**
   * Lexical JSON (text or object) typed in the view's rich-text editors, by path: compared and
   * stored with its formatting. A path here replaces the same path in `edits`.
   */
  richTextEdits?: Record<string, unknown>
  /** Rich text to store for a path instead of plain paragraphs of its text (XLIFF import). */
  richTextValues?: Record<string, unknown>
  /** The language refusals are worded in (the person's admin language). */
  uiLocale?: LocaleCode
  user: ActingUser
}): Promise<string[]> => {
  // Every edit is checked before anything is read or written: one bad field saves nothing.
  const richEdits = Object.entries(richTextEdits)
    .filter(([path]) => isTranslatablePath(path) && isRichTextPath(path))
    .map(([path, value]): [string, unknown] => [
      path,
      parseRichTextEdit({ path, payload, uiLocale, value }),
    ])
  const current = await payload.findByID({
    collection: 'guides',
    depth: 0,
    draft: true,
    fallbackLocale: false,
    id: guideID,
    locale,
    overrideAccess: false,
    user,
  })
  const before: Record<string, string> = {
    ...sourceFields(current as unknown as TranslatableContent),
    slug: current.slug ?? '',
  }
  // Any other path is not written, so it is not reported as saved either.
  const changed = Object.entries(edits).filter(
    ([path, text]) =>
      isTranslatablePath(path) &&
      !richEdits.some(([richPath]) => richPath === path) &&
      (before[path] ?? '') !== text.trim(),
  )
  const changedRich = richEdits.filter(
    ([path, value]) => !isSameRichText(payload, path, valueAtPath(current, path), value),
  )
  if (changed.length === 0 && changedRich.length === 0) return []

  const data = {
    faq: structuredClone(current.faq ?? []) as Record<string, unknown>[],
    meta: { ...(current.meta ?? {}) } as Record<string, unknown>,
    steps: structuredClone(current.steps ?? []) as Record<string, unknown>[],
  } as Record<string, unknown> & {
    faq: Record<string, unknown>[]
    meta: Record<string, unknown>
    steps: Record<string, unknown>[]
  }

  const values: [string, unknown][] = [
    ...changed.map(([path, raw]): [string, unknown] => {
      const text = raw.trim()
      return [path, isRichTextPath(path) ? (richTextValues[path] ?? paragraphs(text)) : text]
    }),
    ...changedRich,
  ]
  for (const [path, value] of values) {
    const [head, index, leaf] = path.split('.')
    if ((head === 'steps' || head === 'faq') && index !== undefined && leaf) {
      const rows = data[head]
      rows[Number(index)] = { ...(rows[Number(index)] ?? {}), [leaf]: value }
    } else if (head === 'meta' && index) {
      data.meta[index] = value
    } else {
      data[head] = value
    }
  }
  // Rows must have their required text; a new row gets the step or question text it was given.
  data.steps = data.steps.filter((row) => typeof row.title === 'string' && row.title)
  data.faq = data.faq.filter((row) => typeof row.question === 'string' && row.question)

  await saveGuide({
    // Rows are rebuilt from the edited paths, so the compiler cannot see their required fields.
    data: {
      ...data,
      translation: { ...current.translation, state: 'in-progress' },
    } as GuideChanges,
    draft: true,
    id: guideID,
    loadedRevision,
    locale,
    payload,
    user,
  })
  return values.map(([path]) => path)
}
