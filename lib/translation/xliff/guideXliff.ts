import type { Payload } from 'payload'

import { isLocaleCode, type LocaleCode } from '@/i18n/locales'
import { idOf, sameID } from '@/lib/ids'
import { lexicalToPlainText } from '@/lib/richText/plainText'
import { fieldLabel } from '../fieldLabels'
import { normalizeFieldText, type TranslatableContent } from '../fingerprints'
import { loadGlossary, type ActingUser } from '../guideTranslationReport'
import { isRichTextPath } from '../richTextPaths'
import { saveTranslatedFields } from '../saveTranslatedFields'
import { workLocalesFor } from '@/access/memberships'
import { inlineText, inlineToLexical, type Inline, type LexicalNode } from './inline'
import {
  currentTargetText,
  fieldValues,
  guideUnits,
  inlineChildren,
  lexicalBlocks,
  type GuideUnit,
} from './guideUnits'
import {
  readXliff,
  writeXliff,
  type XliffNote,
  type XliffState,
  type XliffUnit,
} from './xliffDocument'

type ID = number | string

/** A request the person may not make, or a file that does not fit the guide: status and reason. */
export class TranslationFileError extends Error {
  constructor(
    public status: number,
    message: string,
    public details?: unknown,
  ) {
    super(message)
  }
}

type GuideLocales = {
  editRevision: number
  guideID: ID
  source: TranslatableContent
  sourceLocale: LocaleCode
  state: {
    confirmedAt?: string | null
    confirmedSource?: Record<string, string> | null
  }
  target: TranslatableContent
  tenantID: ID
}

/**
 * The guide read with the person's own access, checked the way the side-by-side view checks it:
 * a locale the publication offers, never its source locale, a translator's own locales only.
 */
const loadGuideLocales = async ({
  guideID,
  locale,
  payload,
  user,
}: {
  guideID: ID
  locale: string
  payload: Payload
  user: ActingUser
}): Promise<GuideLocales> => {
  if (!isLocaleCode(locale))
    throw new TranslationFileError(400, `"${locale}" is not a locale of this installation.`)
  const doc = await payload
    .findByID({
      collection: 'guides',
      depth: 0,
      draft: true,
      fallbackLocale: false,
      id: guideID,
      locale: 'all',
      overrideAccess: false,
      user,
    })
    .catch(() => null)
  if (!doc) throw new TranslationFileError(404, 'There is no such guide in your publications.')
  const tenantID = idOf(doc.tenant) as ID
  const tenant = await payload.findByID({
    collection: 'tenants',
    depth: 0,
    id: tenantID,
    overrideAccess: false,
    user,
  })
  const sourceLocale = tenant.defaultLocale as LocaleCode
  if (locale === sourceLocale)
    throw new TranslationFileError(
      403,
      `${locale} is the source language of this publication; it is written, not translated.`,
    )
  if (!(tenant.enabledLocales ?? []).includes(locale))
    throw new TranslationFileError(400, `${tenant.name} does not offer ${locale}.`)
  const allowed = workLocalesFor(user, tenantID)
  if (allowed && !allowed.includes(locale))
    throw new TranslationFileError(403, `You do not translate into ${locale} for ${tenant.name}.`)
  const pick = (value: unknown, code: LocaleCode) =>
    (value as Partial<Record<LocaleCode, unknown>> | null | undefined)?.[code] ?? null
  const record = doc as unknown as Record<string, unknown>
  const contentIn = (code: LocaleCode): TranslatableContent =>
    ({
      body: pick(record.body, code),
      faq: pick(record.faq, code),
      meta: {
        description: pick((record.meta as Record<string, unknown>)?.description, code),
        title: pick((record.meta as Record<string, unknown>)?.title, code),
      },
      steps: pick(record.steps, code),
      summary: pick(record.summary, code),
      title: pick(record.title, code),
    }) as TranslatableContent
  return {
    editRevision: Number(record.editRevision ?? 0),
    guideID: doc.id,
    source: contentIn(sourceLocale),
    sourceLocale,
    state: (pick(record.translation, locale) ?? {}) as GuideLocales['state'],
    target: contentIn(locale),
    tenantID,
  }
}

const keepTermsOf = async (payload: Payload, tenantID: ID, user: ActingUser) =>
  (await loadGlossary(payload, tenantID, user))
    .filter((entry) => entry.isKeptAsIs)
    .map((entry) => entry.term)

/** The current target of a unit as segment content, with the source's placeholders where they fit. */
const targetContent = (unit: GuideUnit, text: string): Inline[] => {
  let rest = text
  const parts: Inline[] = []
  const placeholders = unit.lockedPlaceholders.map((id) => {
    const ph = findPlaceholder(unit.content, id)
    return { dataRef: ph?.dataRef, id, text: ph?.dataRef ? unit.data[ph.dataRef] : '' }
  })
  // Tokens the translation carries over become placeholders again, in the order they appear.
  for (;;) {
    const next = placeholders
      .map((ph) => ({ ...ph, at: ph.text ? rest.indexOf(ph.text) : -1 }))
      .filter((ph) => ph.at >= 0)
      .sort((a, b) => a.at - b.at)[0]
    if (!next) break
    if (next.at > 0) parts.push({ kind: 'text', text: rest.slice(0, next.at) })
    parts.push({ dataRef: next.dataRef, id: next.id, kind: 'ph' })
    placeholders.splice(
      placeholders.findIndex((ph) => ph.id === next.id),
      1,
    )
    rest = rest.slice(next.at + next.text.length)
  }
  if (rest) parts.push({ kind: 'text', text: rest })
  return parts
}

const findPlaceholder = (content: Inline[], id: string): Extract<Inline, { kind: 'ph' }> | null => {
  for (const part of content) {
    if (part.kind === 'ph' && part.id === id) return part
    if (part.kind === 'pc') {
      const found = findPlaceholder(part.children, id)
      if (found) return found
    }
  }
  return null
}

/**
 * XLIFF 2.0 of one guide's locale: one unit per field, step, FAQ entry and rich-text block, with
 * the current translation as target, protected tokens and kept glossary terms as placeholders,
 * and a note on every unit whose source changed since the translation was confirmed.
 */
export const exportGuideXliff = async ({
  guideID,
  locale,
  payload,
  user,
}: {
  guideID: ID
  locale: string
  payload: Payload
  user: ActingUser
}): Promise<{ fileName: string; xml: string }> => {
  const guide = await loadGuideLocales({ guideID, locale, payload, user })
  const keepTerms = await keepTermsOf(payload, guide.tenantID, user)
  const units = guideUnits(guide.source, keepTerms)
  const confirmed = guide.state.confirmedSource ?? null
  const xmlUnits: XliffUnit[] = units.map((unit) => {
    const current = normalizeFieldText(currentTargetText(guide.target, unit))
    const notes: XliffNote[] = [
      { category: 'location', text: fieldLabel(unit.field, 'en', unit.block) },
    ]
    const before = confirmed?.[unit.field]
    const fieldSourceNow = fieldSourceText(guide.source, unit.field)
    const isChanged = confirmed !== null && (before ?? '') !== fieldSourceNow
    if (isChanged) {
      notes.push({
        category: 'source-change',
        text: before
          ? `The source changed after the translation was confirmed${guide.state.confirmedAt ? ` on ${guide.state.confirmedAt.slice(0, 10)}` : ''}. It said before: ${before}`
          : 'This source text is new since the translation was confirmed.',
      })
    }
    if (keepTerms.some((term) => unit.sourceText.includes(term))) {
      notes.push({
        category: 'glossary',
        text: `Keep as is: ${keepTerms.filter((term) => unit.sourceText.includes(term)).join(', ')}`,
      })
    }
    const state: XliffState = !current
      ? 'initial'
      : confirmed && !isChanged
        ? 'reviewed'
        : 'translated'
    return {
      data: unit.data,
      id: unit.id,
      name: fieldLabel(unit.field, 'en', unit.block),
      notes,
      source: unit.content,
      sourceHash: unit.sourceHash,
      state,
      target: current ? targetContent(unit, current) : null,
    }
  })
  const xml = writeXliff({
    guideID: String(guide.guideID),
    original: `guides/${guide.guideID}`,
    revision: guide.editRevision,
    sourceLanguage: guide.sourceLocale,
    targetLanguage: locale,
    units: xmlUnits,
  })
  return { fileName: `guide-${guide.guideID}-${locale}-r${guide.editRevision}.xlf`, xml }
}

const fieldSourceText = (source: TranslatableContent, field: string): string => {
  const value = fieldValues(source).find(([path]) => path === field)?.[1]
  return normalizeFieldText(typeof value === 'string' ? value : lexicalToPlainText(value))
}

// ---------------------------------------------------------------------------------------------
// Import

export type UnitOutcome = {
  id: string
  message: string
  outcome: 'applied' | 'unchanged' | 'untranslated' | 'source-changed' | 'refused'
}

export type ImportReport = {
  /** Field paths whose translation was saved. */
  saved: string[]
  units: UnitOutcome[]
}

/** Placeholder ids of segment content, spans included, with their data references. */
const placeholdersIn = (content: Inline[]): { dataRef?: string; id: string }[] =>
  content.flatMap((part) =>
    part.kind === 'ph'
      ? [{ dataRef: part.dataRef, id: part.id }]
      : part.kind === 'pc'
        ? placeholdersIn(part.children)
        : [],
  )

const spansIn = (content: Inline[]): string[] =>
  content.flatMap((part) => (part.kind === 'pc' ? [part.id, ...spansIn(part.children)] : []))

/** Why a translated unit's placeholders do not match the source's, or null when they do. */
const placeholderProblem = (file: XliffUnit, unit: GuideUnit): string | null => {
  for (const [id, text] of Object.entries(unit.data)) {
    if (file.data[id] !== undefined && file.data[id] !== text)
      return `the protected text "${text}" was changed to "${file.data[id]}"`
  }
  const found = placeholdersIn(file.target ?? [])
  for (const id of unit.lockedPlaceholders) {
    const expected = findPlaceholder(unit.content, id)
    const matches = found.filter((ph) => ph.id === id)
    const text = expected?.dataRef ? unit.data[expected.dataRef] : id
    if (matches.length === 0) return `the protected text "${text}" is missing`
    if (matches.length > 1) return `the protected text "${text}" appears more than once`
    if (matches[0].dataRef !== expected?.dataRef) return `the placeholder for "${text}" was changed`
  }
  const unknown = found.find(
    (ph) => !unit.lockedPlaceholders.includes(ph.id) && !/^[bt]\d+$/.test(ph.id),
  )
  if (unknown) return `it has a placeholder "${unknown.id}" the source does not have`
  const spans = spansIn(file.target ?? [])
  const unknownSpan = spans.find((id) => !(id in unit.spans))
  if (unknownSpan) return `it has formatting "${unknownSpan}" the source does not have`
  return null
}

const sourceMatches = (file: XliffUnit, unit: GuideUnit): boolean =>
  file.sourceHash
    ? file.sourceHash === unit.sourceHash
    : normalizeFieldText(inlineText(file.source, { ...unit.data, ...file.data })) ===
      unit.sourceText

/**
 * Applies a translated XLIFF file to the guide's locale as a draft, through the same save as the
 * side-by-side view. The file must be for this guide and language and no newer than the guide;
 * every unit must be known and keep its placeholders, or nothing is saved. A file made for an
 * older revision is applied only to units whose source did not change since; the rest are listed.
 */
export const importGuideXliff = async ({
  guideID,
  locale,
  payload,
  user,
  xml,
}: {
  guideID: ID
  locale: string
  payload: Payload
  user: ActingUser
  xml: string
}): Promise<ImportReport> => {
  const guide = await loadGuideLocales({ guideID, locale, payload, user })
  const file = readXliff(xml)
  if (!sameID(file.guideID, guide.guideID))
    throw new TranslationFileError(
      409,
      file.guideID
        ? `This file is for guide ${file.guideID}, not guide ${guide.guideID}.`
        : 'This file does not say which guide it is for (rp:guide on <file>); export it from this guide.',
    )
  if (file.sourceLanguage !== guide.sourceLocale || file.targetLanguage !== locale)
    throw new TranslationFileError(
      409,
      `This file translates ${file.sourceLanguage} into ${file.targetLanguage}; this address expects ${guide.sourceLocale} into ${locale}.`,
    )
  if (file.revision === undefined)
    throw new TranslationFileError(
      409,
      'This file does not say which revision of the guide it was made from (rp:revision).',
    )
  if (file.revision > guide.editRevision)
    throw new TranslationFileError(
      409,
      `This file names revision ${file.revision}, newer than the guide (revision ${guide.editRevision}).`,
    )
  const isCurrent = file.revision === guide.editRevision

  const keepTerms = await keepTermsOf(payload, guide.tenantID, user)
  const units = new Map(guideUnits(guide.source, keepTerms).map((unit) => [unit.id, unit]))
  const outcomes: UnitOutcome[] = []
  const refused: UnitOutcome[] = []
  const accepted = new Map<string, { file: XliffUnit; unit: GuideUnit }>()
  for (const fileUnit of file.units) {
    const unit = units.get(fileUnit.id)
    if (!unit || !sourceMatches(fileUnit, unit)) {
      if (isCurrent) {
        refused.push({
          id: fileUnit.id,
          message: unit
            ? 'Its source text is not the guide’s source text.'
            : 'The guide has no such unit.',
          outcome: 'refused',
        })
      } else {
        outcomes.push({
          id: fileUnit.id,
          message: `The source changed after revision ${file.revision}; translate it again from a new export.`,
          outcome: 'source-changed',
        })
      }
      continue
    }
    const target = fileUnit.target
    if (!target || !normalizeFieldText(inlineText(target, { ...unit.data }))) {
      outcomes.push({
        id: fileUnit.id,
        message: 'No translation in the file.',
        outcome: 'untranslated',
      })
      continue
    }
    // A target left as exported is not a change, even where the translation lacks a token.
    const targetText = normalizeFieldText(inlineText(target, { ...unit.data, ...fileUnit.data }))
    if (targetText === normalizeFieldText(currentTargetText(guide.target, unit))) {
      outcomes.push({
        id: fileUnit.id,
        message: 'Same as the current translation.',
        outcome: 'unchanged',
      })
      continue
    }
    const problem = placeholderProblem(fileUnit, unit)
    if (problem) {
      refused.push({ id: fileUnit.id, message: `Refused: ${problem}.`, outcome: 'refused' })
      continue
    }
    accepted.set(unit.id, { file: fileUnit, unit })
  }
  if (refused.length > 0)
    throw new TranslationFileError(
      422,
      `Nothing was saved: ${refused.length} unit${refused.length === 1 ? '' : 's'} cannot be applied (${refused.map((entry) => entry.id).join(', ')}).`,
      { units: [...refused, ...outcomes] },
    )

  const { edits, richTextValues } = editsFrom(accepted, guide)
  const saved = await saveTranslatedFields({
    edits,
    guideID: guide.guideID,
    loadedRevision: guide.editRevision,
    locale: locale as LocaleCode,
    payload,
    richTextValues,
    user,
  })
  for (const { unit } of accepted.values()) {
    const isSaved = saved.includes(unit.field)
    outcomes.push({
      id: unit.id,
      message: isSaved ? 'Saved as a draft.' : 'Same as the current translation.',
      outcome: isSaved ? 'applied' : 'unchanged',
    })
  }
  const order = [...file.units.map((unit) => unit.id)]
  outcomes.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
  return { saved, units: outcomes }
}

/**
 * Field texts and rich-text values from the accepted units. A rich-text field is rebuilt on the
 * source's structure: each block holds its translation from the file, or the translation it has
 * now when the file has none for it; blocks with neither are left out.
 */
const editsFrom = (
  accepted: Map<string, { file: XliffUnit; unit: GuideUnit }>,
  guide: GuideLocales,
) => {
  const edits: Record<string, string> = {}
  const richTextValues: Record<string, unknown> = {}
  const fields = new Set([...accepted.values()].map(({ unit }) => unit.field))
  for (const field of fields) {
    const entries = [...accepted.values()].filter(({ unit }) => unit.field === field)
    if (!isRichTextPath(field)) {
      const { file, unit } = entries[0]
      edits[field] = normalizeFieldText(inlineText(file.target ?? [], unit.data))
      continue
    }
    const sourceValue = fieldValues(guide.source).find(([path]) => path === field)?.[1]
    const targetValue = fieldValues(guide.target).find(([path]) => path === field)?.[1]
    const copy = structuredClone(sourceValue) as { root: LexicalNode }
    const sourceBlocks = lexicalBlocks(copy)
    const targetBlocks = lexicalBlocks(targetValue)
    const emptied = new Set<LexicalNode>()
    sourceBlocks.forEach((block, index) => {
      const translated = entries.find(({ unit }) => unit.block === index)
      const others = (
        Array.isArray(block.children) ? (block.children as LexicalNode[]) : []
      ).filter((child) => !inlineChildren({ children: [child] }).length)
      if (translated) {
        block.children = [
          ...inlineToLexical(translated.file.target ?? [], translated.unit),
          ...others,
        ]
      } else if (targetBlocks[index]) {
        block.children = [...inlineChildren(targetBlocks[index]), ...others]
      } else {
        block.children = others
        emptied.add(block)
      }
    })
    // Blocks that end up with nothing to say are dropped rather than saved empty.
    const prune = (node: LexicalNode) => {
      if (!Array.isArray(node.children)) return
      node.children = (node.children as LexicalNode[]).filter(
        (child) => !(emptied.has(child) && (child.children as unknown[]).length === 0),
      )
      ;(node.children as LexicalNode[]).forEach(prune)
    }
    prune(copy.root)
    richTextValues[field] = copy
    edits[field] = normalizeFieldText(lexicalToPlainText(copy))
  }
  return { edits, richTextValues }
}
