import type { Payload, PayloadRequest, Where } from 'payload'

import { withinRequest } from '@/lib/db/withinRequest'
import { asRelationID, type ID } from '@/lib/ids'
import { buildGuideTranslationReport } from '../guideTranslationReport'
import { translationWorkRows } from './translationWorkRows'

/** Removes a guide's translation work rows (the guide is going, or is being recomputed). */
export const forgetGuideTranslationWork = async (
  payload: Payload,
  guideID: ID,
  req?: PayloadRequest,
): Promise<void> => {
  await payload.delete({
    collection: 'translation-work',
    depth: 0,
    overrideAccess: true,
    req,
    where: { guide: { equals: guideID } },
  })
}

/**
 * Recomputes one guide's translation state for every target locale of its publication and stores
 * it, in the transaction of the request when there is one. A guide that no longer exists keeps
 * no rows.
 */
export const refreshGuideTranslationWork = async (
  payload: Payload,
  guideID: ID,
  req?: PayloadRequest,
): Promise<void> => {
  const run = async () => {
    const report = await buildGuideTranslationReport({
      guideID,
      payload,
      req,
      withSourceDiffs: false,
    }).catch((error: unknown) => {
      if ((error as { status?: number }).status === 404) return null
      throw error
    })
    await forgetGuideTranslationWork(payload, guideID, req)
    for (const row of report ? translationWorkRows(report) : []) {
      await payload.create({
        collection: 'translation-work',
        data: { ...row, guide: asRelationID(row.guide), tenant: asRelationID(row.tenant) },
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
  }
  await (req ? withinRequest(req, run) : run())
}

/** Guides recomputed per batch when a whole publication's state changes. */
export const refreshBatchSize = 100

export type RefreshBatch = { done: number; lastID: ID | null; remaining: number }

/**
 * Recomputes the next batch of a publication's guides, in ID order after `afterID` (after its
 * languages or its glossary changed). A batch at a time, so no run holds the server for long;
 * `remaining` says how many guides are still to do.
 */
export const refreshTenantTranslationWorkBatch = async (
  payload: Payload,
  tenantID: ID,
  afterID: ID | null = null,
): Promise<RefreshBatch> => {
  const where: Where = {
    and: [
      { tenant: { equals: tenantID } },
      ...(afterID === null ? [] : [{ id: { greater_than: afterID } } as Where]),
    ],
  }
  const { docs, totalDocs } = await payload.find({
    collection: 'guides',
    depth: 0,
    draft: true,
    limit: refreshBatchSize,
    overrideAccess: true,
    select: { tenant: true },
    sort: 'id',
    where,
  })
  for (const doc of docs) await refreshGuideTranslationWork(payload, doc.id)
  return {
    done: docs.length,
    lastID: docs.at(-1)?.id ?? afterID,
    remaining: totalDocs - docs.length,
  }
}
