import { jobRunnerToken } from './jobRunnerAuthorization'
import { publishOnScheduleTask } from './publishOnSchedule'
import { shouldRunJobsInServer } from './shouldRunJobsInServer'

const everyMs = 15_000
let isRunning = false

/**
 * Runs due scheduled changes from inside the web server, started once Payload has initialized.
 * The jobs run through the server's own `/api/payload-jobs/run` endpoint rather than straight
 * from the timer because expiring Next's page cache needs a request: a publish made outside one
 * would never reach readers. Only a Next.js server runs it (not tests or the Payload CLI).
 */
export const startRunningDueJobs = () => {
  if (isRunning || process.env.NEXT_RUNTIME !== 'nodejs' || !shouldRunJobsInServer()) return
  isRunning = true
  const port = process.env.PORT || '3000'
  const url = `http://127.0.0.1:${port}/api/payload-jobs/run?queue=${publishOnScheduleTask.queue}&limit=20&silent=true`
  const timer = setInterval(() => {
    fetch(url, { headers: { Authorization: `Bearer ${jobRunnerToken()}` } })
      .then(async (response) => {
        if (!response.ok) {
          console.error(`Running due jobs failed: ${response.status} ${await response.text()}`)
        }
      })
      .catch((error: Error) => console.error(`Running due jobs failed: ${error.message}`))
  }, everyMs)
  timer.unref()
}
