import type { Payload } from 'payload'

import { publishOnScheduleTask } from './publishOnSchedule'
import { refreshTranslationWorkTask } from './refreshTranslationWork'

/**
 * A scheduled change takes well under a second to run, a batch of translation state a few
 * seconds; a job still marked as processing after this long was cut off when its server died.
 */
export const interruptedAfterMs = 120_000

/**
 * Payload marks a job as processing when a runner picks it up and never looks at it again when
 * that runner dies (a killed server, a crashed cron), so its scheduled change would stay pending
 * for ever. This hands such jobs back to the queue; the task re-reads its scheduled change, so a
 * job that had in fact finished does nothing the second time (a translation-state batch is simply
 * redone). Returns how many were released.
 */
export const releaseInterruptedJobs = async (payload: Payload, now = Date.now()) => {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    data: { processing: false },
    depth: 0,
    overrideAccess: true,
    where: {
      and: [
        { queue: { in: [publishOnScheduleTask.queue, refreshTranslationWorkTask.queue] } },
        { processing: { equals: true } },
        { updatedAt: { less_than: new Date(now - interruptedAfterMs).toISOString() } },
      ],
    },
  })
  return docs.length
}
