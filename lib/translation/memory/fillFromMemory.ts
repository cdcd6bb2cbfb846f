import type { Payload } from 'payload'

import type { LocaleCode } from '@/i18n/locales'
import { idOf } from '@/lib/ids'
import { sourceFields, type TranslatableContent } from '../fingerprints'
import type { ActingUser } from '../guideTranslationReport'
import { saveTranslatedFields } from '../saveTranslatedFields'
import { sourceLocaleOf } from '../translationActions'
import { isRichTextPath } from '../richTextPaths'
import { fieldValues } from '../xliff/guideUnits'
import { lexicalToPlainText } from '@/lib/richText/plainText'
import { splitSentences } from './memorySegments'
import { findMemoryMatches } from './translationMemory'

type ID = number | string

const asPaths = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((path): path is string => typeof path === 'string') : []

/** A rich-text field's paragraphs, each as its sentences. */
const paragraphSentences = (value: unknown): string[][] =>
  lexicalToPlainText(value)
    .split(/\n+/)
    .map((paragraph) => splitSentences(paragraph))
    .filter((sentences) => sentences.length > 0)

/** Chinese joins sentences without a space; the other locales with one. */
const sentenceJoiner = (locale: LocaleCode) => (locale.startsWith('zh') ? '' : ' ')

/**
 * Rich-text fields the memory knows sentence by sentence (a guide that reuses, reorders or
 * recombines sentences of confirmed ones): each is composed, paragraph by paragraph, when every
 * one of its sentences has an exact match; a field with one unknown sentence is left for the
 * translator rather than half filled.
 */
const composeFromSentences = async ({
  locale,
  lookup,
  values,
}: {
  locale: LocaleCode
  lookup: (texts: Record<string, string>) => ReturnType<typeof findMemoryMatches>
  values: [string, unknown][]
}): Promise<Record<string, string>> => {
  const paragraphs = new Map(values.map(([path, value]) => [path, paragraphSentences(value)]))
  const texts: Record<string, string> = {}
  for (const [path, sentences] of paragraphs) {
    sentences.forEach((paragraph, p) =>
      paragraph.forEach((sentence, n) => {
        texts[`${path}\u0000${p}\u0000${n}`] = sentence
      }),
    )
  }
  if (Object.keys(texts).length === 0) return {}
  const matches = await lookup(texts)
  const exact = (key: string) => matches[key]?.find((match) => match.score === 100)?.targetText
  const composed: Record<string, string> = {}
  for (const [path, sentences] of paragraphs) {
    const translated = sentences.map((paragraph, p) =>
      paragraph.map((_, n) => exact(`${path}\u0000${p}\u0000${n}`)),
    )
    if (translated.flat().every(Boolean)) {
      composed[path] = translated
        .map((paragraph) => paragraph.join(sentenceJoiner(locale)))
        .join('\n\n')
    }
  }
  return composed
}

/**
 * Fills the locale's empty fields whose source text the memory knows exactly (rich text also
 * sentence by sentence, see composeFromSentences), through the
 * side-by-side save, and marks them memory-drafted: like OpenCC drafts they must be reviewed
 * (the translation confirmed) before the locale can be published.
 */
export const fillFromMemory = async ({
  guideID,
  locale,
  payload,
  user,
}: {
  guideID: ID
  locale: LocaleCode
  payload: Payload
  user: ActingUser
}): Promise<{ filled: string[] }> => {
  const sourceLocale = await sourceLocaleOf(payload, guideID, user)
  const read = (code: LocaleCode) =>
    payload.findByID({
      collection: 'guides',
      depth: 0,
      draft: true,
      fallbackLocale: false,
      id: guideID,
      locale: code,
      overrideAccess: false,
      user,
    })
  const [source, target] = await Promise.all([read(sourceLocale), read(locale)])
  const sourceTexts = sourceFields(source as unknown as TranslatableContent)
  const targetTexts = sourceFields(target as unknown as TranslatableContent)
  const empty = Object.fromEntries(
    Object.entries(sourceTexts).filter(([path]) => !targetTexts[path]),
  )
  const lookup = (texts: Record<string, string>) =>
    findMemoryMatches({
      payload,
      sourceLocale,
      targetLocale: locale,
      tenantID: idOf(source.tenant) as ID,
      texts,
      user,
    })
  const matches = await lookup(empty)
  const edits: Record<string, string> = Object.fromEntries(
    Object.entries(matches).flatMap(([path, found]) => {
      const exact = found.find((match) => match.score === 100 && match.kind === 'field')
      return exact ? [[path, exact.targetText]] : []
    }),
  )
  Object.assign(
    edits,
    await composeFromSentences({
      locale,
      lookup,
      values: fieldValues(source as unknown as TranslatableContent).filter(
        ([path]) => isRichTextPath(path) && path in empty && !(path in edits),
      ),
    }),
  )
  const saved = await saveTranslatedFields({ edits, guideID, locale, payload, user })
  if (saved.length === 0) return { filled: [] }
  const current = await read(locale)
  const translation = current.translation ?? {}
  await payload.update({
    collection: 'guides',
    data: {
      translation: {
        ...translation,
        machineDrafted: [...new Set([...asPaths(translation.machineDrafted), ...saved])],
        memoryDrafted: [...new Set([...asPaths(translation.memoryDrafted), ...saved])],
        state: 'in-progress',
      },
    },
    depth: 0,
    draft: true,
    id: guideID,
    locale,
    overrideAccess: false,
    user,
  })
  return { filled: saved }
}
