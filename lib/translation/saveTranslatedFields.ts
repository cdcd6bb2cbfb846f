import type { Payload } from 'payload'

import type { LocaleCode } from '@/i18n/locales'
import { saveGuide, type GuideChanges } from '@/lib/guides/saveGuide'
import type { ActingUser } from './guideTranslationReport'
import { sourceFields, type TranslatableContent } from './fingerprints'

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

const richTextPaths = /^(body|steps\.\d+\.body|faq\.\d+\.answer)$/

/** The fields a translation may set: localized text, never shared fields or anything else. */
const translatablePaths =
  /^(title|slug|summary|body|meta\.(title|description)|steps\.\d{1,3}\.(title|body)|faq\.\d{1,3}\.(question|answer))$/

export const isTranslatablePath = (path: string): boolean => translatablePaths.test(path)

/**
 * Saves the fields a translator edited in the side-by-side view as a draft of that locale.
 * Only fields whose text actually changed are written, so untouched rich text keeps its
 * formatting; edited rich text is stored as plain paragraphs.
 */
export const saveTranslatedFields = async ({
  edits,
  guideID,
  loadedRevision,
  locale,
  payload,
  richTextValues = {},
  user,
}: {
  edits: Record<string, string>
  guideID: ID
  /** The revision the translator's form was loaded at (see detectEditConflict). */
  loadedRevision?: number
  locale: LocaleCode
  payload: Payload
  /** Rich text to store for a path instead of plain paragraphs of its text (XLIFF import). */
  richTextValues?: Record<string, unknown>
  user: ActingUser
}): Promise<string[]> => {
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
    ([path, text]) => isTranslatablePath(path) && (before[path] ?? '') !== text.trim(),
  )
  if (changed.length === 0) return []

  const data = {
    faq: structuredClone(current.faq ?? []) as Record<string, unknown>[],
    meta: { ...(current.meta ?? {}) } as Record<string, unknown>,
    steps: structuredClone(current.steps ?? []) as Record<string, unknown>[],
  } as Record<string, unknown> & {
    faq: Record<string, unknown>[]
    meta: Record<string, unknown>
    steps: Record<string, unknown>[]
  }

  for (const [path, raw] of changed) {
    const text = raw.trim()
    const value = richTextPaths.test(path) ? (richTextValues[path] ?? paragraphs(text)) : text
    const [head, index, leaf] = path.split('.')
    if ((head === 'steps' || head === 'faq') && index !== undefined && leaf) {
      const rows = data[head]
      rows[Number(index)] = { ...(rows[Number(index)] ?? {}), [leaf]: value }
    } else if (head === 'meta' && index) {
      data.meta[index] = text
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
  return changed.map(([path]) => path)
}
