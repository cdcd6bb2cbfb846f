import { afterEach, describe, expect, it } from 'vitest'

import { isJobRunnerRequest, jobRunnerToken } from '@/jobs/jobRunnerAuthorization'

const saved = { cron: process.env.CRON_SECRET, secret: process.env.PAYLOAD_SECRET }

afterEach(() => {
  process.env.CRON_SECRET = saved.cron
  process.env.PAYLOAD_SECRET = saved.secret
  if (saved.cron === undefined) delete process.env.CRON_SECRET
})

describe('job runner authorization', () => {
  it('should accept the bearer token derived from the Payload secret and nothing else', () => {
    delete process.env.CRON_SECRET
    process.env.PAYLOAD_SECRET = 'one-secret'
    const token = jobRunnerToken()
    expect([
      isJobRunnerRequest(`Bearer ${token}`),
      isJobRunnerRequest(token),
      isJobRunnerRequest(`Bearer ${token}x`),
      isJobRunnerRequest(null),
    ]).toEqual([true, false, false, false])
  })

  it('should change the token with the Payload secret', () => {
    delete process.env.CRON_SECRET
    process.env.PAYLOAD_SECRET = 'one-secret'
    const first = jobRunnerToken()
    process.env.PAYLOAD_SECRET = 'another-secret'
    expect(isJobRunnerRequest(`Bearer ${first}`)).toBe(false)
  })

  it('should use CRON_SECRET when it is set', () => {
    process.env.CRON_SECRET = 'from-the-cron'
    expect(isJobRunnerRequest('Bearer from-the-cron')).toBe(true)
  })
})
