import { publishOnScheduleTask } from './publishOnSchedule'
import { jobRunnerToken } from './jobRunnerAuthorization'

const everyMs = 15_000

/**
 * Runs due scheduled changes from inside the web server. The jobs run through the server's own
 * `/api/payload-jobs/run` endpoint rather than a bare timer because expiring Next's page cache
 * needs a request: a publish made outside one would never reach readers.
 */
export const startRunningDueJobs = () => {
  const port = process.env.PORT || '3000'
  const url = `http://127.0.0.1:${port}/api/payload-jobs/run?queue=${publishOnScheduleTask.queue}&limit=20&silent=true`
  const timer = setInterval(() => {
    fetch(url, { headers: { Authorization: `Bearer ${jobRunnerToken()}` } })
      .then(async (response) => {
        if (!response.ok)
          console.error(`Running due jobs failed: ${response.status} ${await response.text()}`)
      })
      .catch((error: Error) => console.error(`Running due jobs failed: ${error.message}`))
  }, everyMs)
  timer.unref()
}
