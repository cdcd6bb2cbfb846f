import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { idFromText, type ID } from '@/lib/ids'
import { refreshTenantTranslationWorkBatch } from '@/lib/translation/work/refreshTranslationWork'

const slug = 'refreshTranslationWork'
const queue = 'translation'

type Input = { afterID?: ID | null; tenant: ID }

/**
 * Queues the recomputation of a publication's translation state from its first guide, unless one
 * that has not started yet is already waiting (ten glossary edits in a row redo the guides once).
 */
export const queueTranslationWorkRefresh = async (
  payload: Payload,
  tenantID: ID,
  req?: PayloadRequest,
) => {
  const { docs: waiting } = await payload.find({
    collection: 'payload-jobs',
    depth: 0,
    limit: 100,
    overrideAccess: true,
    pagination: false,
    req,
    where: {
      and: [
        { taskSlug: { equals: slug } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
  })
  const isWaiting = waiting.some((job) => {
    const input = job.input as Input | undefined
    return String(input?.tenant) === String(tenantID) && !input?.afterID
  })
  if (isWaiting) return
  await payload.jobs.queue({
    input: { afterID: null, tenant: String(tenantID) },
    queue,
    req,
    task: slug,
  })
}

/**
 * Recomputes one batch of a publication's translation state, then queues the next batch: a
 * publication of 50,000 guides is redone in short runs that never hold the job runner for long.
 */
const handler: TaskConfig['handler'] = async ({ input, req }) => {
  const { afterID = null, tenant } = input as Input
  // Task input is stored as text: IDs go back to the database's own type.
  const asID = (value: ID): ID => idFromText(req.payload.db.defaultIDType, value)
  const batch = await refreshTenantTranslationWorkBatch(
    req.payload,
    asID(tenant),
    afterID === null || afterID === '' ? null : asID(afterID),
  )
  req.payload.logger.info(
    `Translation state of publication ${tenant}: ${batch.done} guides redone, ${batch.remaining} to go`,
  )
  if (batch.remaining > 0 && batch.lastID !== null) {
    await req.payload.jobs.queue({
      input: { afterID: String(batch.lastID), tenant: String(tenant) },
      queue,
      req,
      task: slug,
    })
  }
  return { output: { done: batch.done, remaining: batch.remaining } }
}

export const refreshTranslationWorkTask = {
  slug,
  handler,
  inputSchema: [
    { name: 'tenant', type: 'text', required: true },
    { name: 'afterID', type: 'text' },
  ],
  outputSchema: [
    { name: 'done', type: 'number' },
    { name: 'remaining', type: 'number' },
  ],
  queue,
  retries: 2,
} satisfies TaskConfig & { queue: string }
