import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { interruptedAfterMs, releaseInterruptedJobs } from '@/jobs/releaseInterruptedJobs'
import {
  actingAs,
  createTenantWorld,
  guideData,
  unique,
  type TenantWorld,
} from '@/tests/helpers/fixtures'
import { startPayload, type TestPayload } from '@/tests/helpers/startPayload'

/**
 * A server killed while it runs a scheduled change leaves that job marked as processing, which
 * no runner picks up again: such jobs are handed back once they are clearly abandoned, and the
 * scheduled change is then done.
 */

let app: TestPayload
let payload: Payload
let world: TenantWorld

beforeAll(async () => {
  app = await startPayload()
  payload = app.payload
  world = await createTenantWorld(payload)
})

afterAll(async () => app?.stop())

/** A draft guide with a publication of its en locale that is due now, and that change's job. */
const scheduleDuePublication = async () => {
  const guide = await payload.create({
    collection: 'guides',
    data: guideData({
      _status: 'draft',
      country: world.country.id,
      tenant: world.tenantA.id,
      title: unique('Port a number to Ufone'),
    }),
    depth: 0,
    draft: true,
  })
  const entry = await payload.create({
    collection: 'scheduled-publications',
    data: {
      action: 'publish',
      guide: guide.id,
      locale: 'en',
      runAt: new Date(Date.now() + 1000).toISOString(),
      tenant: world.tenantA.id,
    } as never,
    depth: 0,
    ...actingAs(world.users.editorA),
  })
  await new Promise((resolve) => setTimeout(resolve, 1200))
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    depth: 0,
    where: { 'input.scheduledPublication': { equals: String(entry.id) } },
  })
  return { entry, guide, job: docs[0] }
}

/** What a runner that died half-way leaves behind: the job marked processing since `since`. */
const abandon = (jobID: number | string, since: Date) =>
  payload.db.updateOne({
    collection: 'payload-jobs',
    data: { processing: true, updatedAt: since.toISOString() },
    id: jobID,
  })

const stateOf = async (id: number | string) =>
  (await payload.findByID({ collection: 'scheduled-publications', depth: 0, id })).state

const runDueJobs = () => payload.jobs.run({ queue: 'publishing' })

describe('scheduled changes a killed server was running', () => {
  it('should run the change once its abandoned job is handed back', async () => {
    const { entry, guide, job } = await scheduleDuePublication()
    await abandon(job.id, new Date(Date.now() - interruptedAfterMs - 1000))
    await runDueJobs()
    const stuck = await stateOf(entry.id)

    const released = await releaseInterruptedJobs(payload)
    await runDueJobs()
    const published = await payload.findByID({
      collection: 'guides',
      depth: 0,
      id: guide.id,
      locale: 'en',
    })
    expect([stuck, released, await stateOf(entry.id), published._status]).toEqual([
      'pending',
      1,
      'done',
      'published',
    ])
  })

  it('should leave a job alone while another server may still be running it', async () => {
    const { entry, job } = await scheduleDuePublication()
    await abandon(job.id, new Date())
    const released = await releaseInterruptedJobs(payload)
    await runDueJobs()
    expect([released, await stateOf(entry.id)]).toEqual([0, 'pending'])
  })
})
