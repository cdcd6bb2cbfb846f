import type { Payload, PayloadRequest } from 'payload'

import type { Guide, User } from '@/payload-types'
import { isLocaleCode, type LocaleCode } from '@/i18n/locales'
import { idOf } from '@/lib/ids'
import { isPublishedIn } from '@/lib/data/localized'
import { internalReadContext } from '@/lib/data/internalRead'
import {
  fingerprintFields,
  hashText,
  sourceFields,
  type FieldMap,
  type TranslatableContent,
} from './fingerprints'
import { glossaryViolations, type GlossaryTerm } from './glossary'
import { compareProtectedTokens } from './protectedTokens'
import { isRichTextPath, valueAtPath } from './richTextPaths'
import { sourceDiff, translationStatus, type DiffSegment, type TranslationStatus } from './status'

type ID = number | string
type PerLocale<T> = Partial<Record<LocaleCode, T>> | null | undefined
export type ActingUser = User & { collection: 'users' }

type TranslationState = {
  confirmedAt?: string | null
  confirmedBy?: string | null
  confirmedSource?: unknown
  machineDrafted?: unknown
  memoryDrafted?: unknown
  state?: 'in-progress' | 'ready-for-review' | null
}

export type FieldReport = {
  /** What changed in the source since the translation was confirmed (null: nothing to compare). */
  diff: DiffSegment[] | null
  glossary: { expected: string; term: string }[]
  isChanged: boolean
  isMachineDrafted: boolean
  path: string
  /** A rich-text field's Lexical values (its `source` and `target` are their plain text). */
  richText?: { source: unknown; target: unknown }
  source: string
  target: string
  tokens: { missing: string[]; unexpected: string[] }
}

export type LocaleReport = {
  changedFields: string[]
  confirmedAt: string | null
  confirmedBy: string | null
  fields: FieldReport[]
  /** Readers see this locale: it is published (its latest draft may still differ). */
  isPublished: boolean
  locale: LocaleCode
  machineDrafted: string[]
  /** Of the machine-drafted fields, those filled from translation memory (not OpenCC). */
  memoryDrafted: string[]
  /** The locale's own slug ('' when it has none yet). */
  slug: string
  state: 'in-progress' | 'ready-for-review' | null
  status: TranslationStatus
  warningCount: number
}

export type GuideTranslationReport = {
  /** The revision the report was read at: a save made from it is refused if someone saved since. */
  editRevision: number
  guideID: ID
  locales: LocaleReport[]
  sourceLocale: LocaleCode
  sourceSlug: string
  sourceTitle: string
  sourceUpdatedAt: string
  tenantID: ID
}

const contentIn = (doc: Record<string, unknown>, locale: LocaleCode): TranslatableContent => {
  const pick = <T>(value: unknown): T | undefined => (value as PerLocale<T>)?.[locale]
  const meta = doc.meta as
    { description?: PerLocale<string>; title?: PerLocale<string> } | undefined
  return {
    body: pick<Guide['body']>(doc.body) ?? null,
    faq: pick<Guide['faq']>(doc.faq) ?? null,
    meta: {
      description: meta?.description?.[locale] ?? null,
      title: meta?.title?.[locale] ?? null,
    },
    steps: pick<Guide['steps']>(doc.steps) ?? null,
    summary: pick<string>(doc.summary) ?? null,
    title: pick<string>(doc.title) ?? null,
  }
}

const asFieldMap = (value: unknown): FieldMap | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as FieldMap) : null

const asPaths = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((path): path is string => typeof path === 'string') : []

/**
 * Reads with a person's own access, or, for bookkeeping that runs inside a save (no person), with
 * full access and in the save's transaction.
 */
type ReadAs = { req?: PayloadRequest; user?: ActingUser }

const accessFor = ({ req, user }: ReadAs) =>
  user
    ? { overrideAccess: false, req, user }
    : { context: { [internalReadContext]: true }, overrideAccess: true, req }

/** The tenant's glossary with each term's agreed spelling per locale (empty = unchanged). */
export const loadGlossary = async (
  payload: Payload,
  tenantID: ID,
  user?: ActingUser,
  req?: PayloadRequest,
): Promise<GlossaryTerm[]> => {
  const { docs } = await payload.find({
    collection: 'glossary',
    depth: 0,
    limit: 1000,
    locale: 'all',
    pagination: false,
    ...accessFor({ req, user }),
    where: { tenant: { equals: tenantID } },
  })
  return docs.map((doc) => {
    const spellings = (doc.spelling ?? {}) as unknown as Partial<Record<LocaleCode, string>>
    return { isKeptAsIs: Boolean(doc.keepAsIs), term: doc.term, translations: { ...spellings } }
  })
}

/**
 * Translation status of one guide for each of its tenant's locales, read with the person's own
 * access from the latest draft: status, which source fields changed since confirmation (with a
 * diff of each), machine-drafted fields, and warnings for protected tokens and glossary terms.
 */
export const buildGuideTranslationReport = async ({
  guideID,
  locales,
  payload,
  req,
  user,
  withSourceDiffs = true,
}: ReadAs & {
  guideID: ID
  /** Only these target locales (a translator's); all of the tenant's when omitted. */
  locales?: LocaleCode[]
  payload: Payload
  /**
   * Word diffs of the changed source fields, for a person reading the report; bookkeeping that
   * only counts changed fields skips them (up to 2,000 × 2,000 tokens a field, on every save).
   */
  withSourceDiffs?: boolean
}): Promise<GuideTranslationReport> => {
  const access = accessFor({ req, user })
  const doc = (await payload.findByID({
    collection: 'guides',
    depth: 0,
    draft: true,
    id: guideID,
    locale: 'all',
    ...access,
  })) as unknown as Record<string, unknown> & { tenant: unknown; updatedAt: string }
  const tenantID = idOf(doc.tenant as ID) as ID
  // Each locale is published on its own; the published document, not the draft, says which.
  const published = await payload
    .findByID({
      collection: 'guides',
      depth: 0,
      id: guideID,
      locale: 'all',
      select: { _status: true },
      ...access,
    })
    .catch(() => null)
  const tenant = await payload.findByID({
    collection: 'tenants',
    depth: 0,
    id: tenantID,
    ...access,
  })
  const sourceLocale = tenant.defaultLocale as LocaleCode
  const source = contentIn(doc, sourceLocale)
  const currentSource = sourceFields(source)
  const currentFingerprints = fingerprintFields(source)
  const glossary = await loadGlossary(payload, tenantID, user, req)
  const states = (doc.translation ?? {}) as PerLocale<TranslationState>
  const slugs = doc.slug as PerLocale<string>

  const targets = (tenant.enabledLocales ?? [])
    .filter((code): code is LocaleCode => isLocaleCode(code) && code !== sourceLocale)
    .filter((code) => !locales || locales.includes(code))

  const localeReports = targets.map((locale): LocaleReport => {
    const target = contentIn(doc, locale)
    const targetFields = sourceFields(target)
    const state = states?.[locale] ?? {}
    const confirmedSource = asFieldMap(state.confirmedSource)
    // The stored source text is already normalized by sourceFields, so it hashes as is.
    const confirmedFingerprints = confirmedSource
      ? Object.fromEntries(
          Object.entries(confirmedSource).map(([path, text]) => [path, hashText(text)]),
        )
      : null
    const { changedFields, status } = translationStatus({
      confirmedFingerprints,
      currentSourceFingerprints: currentFingerprints,
      target,
    })
    const machineDrafted = asPaths(state.machineDrafted)
    const fields = Object.keys(currentSource).map((path): FieldReport => {
      const sourceText = currentSource[path] ?? ''
      const targetText = targetFields[path] ?? ''
      const isChanged = changedFields.includes(path)
      return {
        diff:
          withSourceDiffs && isChanged && confirmedSource
            ? sourceDiff(confirmedSource[path] ?? '', sourceText)
            : null,
        glossary: targetText
          ? glossaryViolations({ sourceText, targetLocale: locale, targetText, terms: glossary })
          : [],
        isChanged,
        isMachineDrafted: machineDrafted.includes(path),
        path,
        ...(isRichTextPath(path)
          ? {
              richText: {
                source: valueAtPath(source, path) ?? null,
                target: valueAtPath(target, path) ?? null,
              },
            }
          : {}),
        source: sourceText,
        target: targetText,
        tokens: targetText
          ? compareProtectedTokens(sourceText, targetText)
          : { missing: [], unexpected: [] },
      }
    })
    const warningCount = fields.reduce(
      (count, field) =>
        count +
        field.tokens.missing.length +
        field.tokens.unexpected.length +
        field.glossary.length,
      0,
    )
    return {
      changedFields,
      confirmedAt: state.confirmedAt ?? null,
      confirmedBy: state.confirmedBy ?? null,
      fields,
      isPublished: isPublishedIn(published?._status, locale),
      locale,
      machineDrafted,
      memoryDrafted: asPaths(state.memoryDrafted),
      slug: slugs?.[locale] ?? '',
      state: state.state ?? null,
      status,
      warningCount,
    }
  })

  return {
    editRevision: Number(doc.editRevision ?? 0),
    guideID,
    locales: localeReports,
    sourceLocale,
    sourceSlug: slugs?.[sourceLocale] ?? '',
    sourceTitle: source.title ?? '',
    sourceUpdatedAt: doc.updatedAt,
    tenantID,
  }
}
