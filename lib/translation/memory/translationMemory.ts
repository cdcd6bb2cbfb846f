import type { Payload } from 'payload'

import type { LocaleCode } from '@/i18n/locales'
import { hashText, normalizeFieldText, type TranslatableContent } from '../fingerprints'
import type { ActingUser } from '../guideTranslationReport'
import { memorySegments, similarity, splitSentences } from './memorySegments'

type ID = number | string

/**
 * Stores what a confirmed translation teaches the memory. Runs after the person's confirmation
 * was accepted with their own access; the memory belongs to the publication, and people cannot
 * write it directly, so the entries are written by the system (overrideAccess).
 */
export const recordTranslationMemory = async ({
  confirmedBy,
  guideID,
  originTitle,
  payload,
  source,
  sourceLocale,
  target,
  targetLocale,
  tenantID,
}: {
  confirmedBy: string
  guideID: ID
  originTitle: string
  payload: Payload
  source: TranslatableContent
  sourceLocale: LocaleCode
  target: TranslatableContent
  targetLocale: LocaleCode
  tenantID: ID
}): Promise<number> => {
  const confirmedAt = new Date().toISOString()
  const segments = memorySegments(source, target)
  for (const segment of segments) {
    const sourceHash = hashText(segment.sourceText)
    const data = {
      confirmedAt,
      confirmedBy,
      originField: segment.field,
      originGuideID: String(guideID),
      originTitle,
      segmentKind: segment.kind,
      sourceHash,
      sourceLocale,
      sourceText: segment.sourceText,
      targetLocale,
      targetText: segment.targetText,
      tenant: tenantID,
    }
    const { docs } = await payload.find({
      collection: 'translation-memory',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      where: {
        and: [
          { tenant: { equals: tenantID } },
          { sourceLocale: { equals: sourceLocale } },
          { targetLocale: { equals: targetLocale } },
          { sourceHash: { equals: sourceHash } },
        ],
      },
    })
    // The newest confirmed translation of a segment replaces the older one.
    if (docs[0]) {
      await payload.update({
        collection: 'translation-memory',
        data: data as never,
        depth: 0,
        id: docs[0].id,
        overrideAccess: true,
      })
    } else {
      await payload.create({
        collection: 'translation-memory',
        data: data as never,
        depth: 0,
        overrideAccess: true,
      })
    }
  }
  return segments.length
}

export type MemoryMatch = {
  confirmedAt: string | null
  kind: 'field' | 'sentence'
  originField: string | null
  originTitle: string | null
  /** 100 for an exact match, lower for a fuzzy one. */
  score: number
  sourceText: string
  targetText: string
}

/** Fuzzy matches below this score are not worth showing. */
export const minFuzzyScore = 70

/** Most recent entries a fuzzy search compares against, per language pair and publication. */
export const fuzzyCandidates = 2000

/**
 * Memory matches for each text (a field's source, or its sentences), best first: exact matches by
 * hash, fuzzy ones by similarity over the publication's most recent entries. Read with the
 * person's own access.
 */
export const findMemoryMatches = async ({
  payload,
  sourceLocale,
  targetLocale,
  tenantID,
  texts,
  user,
}: {
  payload: Payload
  sourceLocale: LocaleCode
  targetLocale: LocaleCode
  tenantID: ID
  texts: Record<string, string>
  user: ActingUser
}): Promise<Record<string, MemoryMatch[]>> => {
  const { docs } = await payload.find({
    collection: 'translation-memory',
    depth: 0,
    limit: fuzzyCandidates,
    overrideAccess: false,
    pagination: false,
    sort: '-confirmedAt',
    user,
    where: {
      and: [
        { tenant: { equals: tenantID } },
        { sourceLocale: { equals: sourceLocale } },
        { targetLocale: { equals: targetLocale } },
      ],
    },
  })
  const matches: Record<string, MemoryMatch[]> = {}
  for (const [key, raw] of Object.entries(texts)) {
    const text = normalizeFieldText(raw)
    if (!text) continue
    const queries = [text, ...splitSentences(raw).filter((sentence) => sentence !== text)]
    const found: MemoryMatch[] = []
    for (const query of queries) {
      const hash = hashText(query)
      for (const doc of docs) {
        const score =
          doc.sourceHash === hash ? 100 : Math.floor(similarity(query, doc.sourceText) * 100)
        if (score < minFuzzyScore) continue
        found.push({
          confirmedAt: doc.confirmedAt ?? null,
          kind: query === text ? 'field' : 'sentence',
          originField: doc.originField ?? null,
          originTitle: doc.originTitle ?? null,
          score: score === 100 && doc.sourceHash !== hash ? 99 : score,
          sourceText: doc.sourceText,
          targetText: doc.targetText,
        })
      }
    }
    const seen = new Set<string>()
    matches[key] = found
      .sort((a, b) => b.score - a.score)
      .filter((match) => {
        const id = `${match.sourceText}\u0000${match.targetText}`
        if (seen.has(id)) return false
        seen.add(id)
        return true
      })
      .slice(0, 3)
  }
  return matches
}
