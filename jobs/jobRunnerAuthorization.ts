import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The bearer token that lets a timer or an external cron call `/api/payload-jobs/run` without a
 * signed-in user: CRON_SECRET when set, otherwise derived from the Payload secret.
 */
export const jobRunnerToken = (): string =>
  process.env.CRON_SECRET ||
  createHmac('sha256', process.env.PAYLOAD_SECRET || 'roampress-development-secret-change-me')
    .update('run-due-jobs')
    .digest('hex')

export const isJobRunnerRequest = (authorization: null | string | undefined): boolean => {
  const expected = Buffer.from(`Bearer ${jobRunnerToken()}`)
  const given = Buffer.from(authorization ?? '')
  return expected.length === given.length && timingSafeEqual(expected, given)
}
