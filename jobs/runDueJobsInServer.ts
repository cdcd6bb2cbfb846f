import type { Payload } from 'payload'

import { jobRunnerToken } from './jobRunnerAuthorization'
import { publishOnScheduleTask } from './publishOnSchedule'
import { releaseInterruptedJobs } from './releaseInterruptedJobs'
import { shouldRunJobsInServer } from './shouldRunJobsInServer'

const everyMs = 15_000
let isRunning = false

const runDueJobs = async (payload: Payload, url: string) => {
  await releaseInterruptedJobs(payload)
  const response = await fetch(url, { headers: { Authorization: `Bearer ${jobRunnerToken()}` } })
  if (!response.ok) {
    console.error(`Running due jobs failed: ${response.status} ${await response.text()}`)
  }
}

/**
 * Runs due scheduled changes from inside the web server, started once Payload has initialized.
 * The jobs run through the server's own `/api/payload-jobs/run` endpoint rather than straight
 * from the timer because expiring Next's page cache needs a request: a publish made outside one
 * would never reach readers. Only a Next.js server runs it (not tests or the Payload CLI). Each
 * round first hands back jobs that a server killed while running them left behind.
 */
export const startRunningDueJobs = (payload: Payload) => {
  if (isRunning || process.env.NEXT_RUNTIME !== 'nodejs' || !shouldRunJobsInServer()) return
  isRunning = true
  const port = process.env.PORT || '3000'
  const url = `http://127.0.0.1:${port}/api/payload-jobs/run?queue=${publishOnScheduleTask.queue}&limit=20&silent=true`
  const timer = setInterval(() => {
    runDueJobs(payload, url).catch((error: Error) =>
      console.error(`Running due jobs failed: ${error.message}`),
    )
  }, everyMs)
  timer.unref()
}
