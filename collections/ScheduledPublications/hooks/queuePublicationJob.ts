import type { CollectionAfterChangeHook } from 'payload'

import { publishOnScheduleTask } from '@/jobs/publishOnSchedule'

/** A new pending change, or one moved to another time, gets a job that wakes up when it is due. */
export const queuePublicationJob: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const isNewTime = operation === 'create' || doc.runAt !== previousDoc?.runAt
  const isPending = doc.state === 'pending'
  const isReopened = previousDoc?.state !== 'pending'
  if (!isPending || (!isNewTime && !isReopened)) return doc
  await req.payload.jobs.queue({
    input: { scheduledPublication: String(doc.id) },
    queue: publishOnScheduleTask.queue,
    req,
    task: publishOnScheduleTask.slug,
    waitUntil: new Date(doc.runAt),
  })
  return doc
}
