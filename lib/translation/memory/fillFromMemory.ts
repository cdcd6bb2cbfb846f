import type { Payload } from 'payload'

import type { LocaleCode } from '@/i18n/locales'
import { idOf } from '@/lib/ids'
import { sourceFields, type TranslatableContent } from '../fingerprints'
import type { ActingUser } from '../guideTranslationReport'
import { saveTranslatedFields } from '../saveTranslatedFields'
import { sourceLocaleOf } from '../translationActions'
import { findMemoryMatches } from './translationMemory'

type ID = number | string

const asPaths = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((path): path is string => typeof path === 'string') : []

/**
 * Fills the locale's empty fields whose source text the memory knows exactly, through the
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
  const matches = await findMemoryMatches({
    payload,
    sourceLocale,
    targetLocale: locale,
    tenantID: idOf(source.tenant) as ID,
    texts: empty,
    user,
  })
  const edits = Object.fromEntries(
    Object.entries(matches).flatMap(([path, found]) => {
      const exact = found.find((match) => match.score === 100 && match.kind === 'field')
      return exact ? [[path, exact.targetText]] : []
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
