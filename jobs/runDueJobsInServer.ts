import type { Payload } from 'payload'

import { connectRedis, type RedisClient } from '@/lib/redis/connectRedis'
import { runIfUnlocked } from '@/lib/redis/redisLock'
import { redisKeys, redisURL } from '@/lib/redis/redisSettings'
import { jobRunnerToken } from './jobRunnerAuthorization'
import { releaseInterruptedJobs } from './releaseInterruptedJobs'
import { shouldRunJobsInServer } from './shouldRunJobsInServer'

const everyMs = 15_000
/**
 * Longer than any run of 20 due jobs (scheduled changes, batches of translation state); frees
 * the turn if the server running it dies.
 */
const longestRunMs = 60_000
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
 * round first hands back jobs that a server killed while running them left behind. With
 * REDIS_URL (several servers) each round runs on one server only: whichever takes the runner
 * lock in Redis first; the others skip that round.
 */
export const startRunningDueJobs = (payload: Payload) => {
  if (isRunning || process.env.NEXT_RUNTIME !== 'nodejs' || !shouldRunJobsInServer()) return
  isRunning = true
  const port = process.env.PORT || '3000'
  const url = `http://127.0.0.1:${port}/api/payload-jobs/run?allQueues=true&limit=20&silent=true`
  const sharedURL = redisURL()
  const redis: RedisClient | undefined = sharedURL
    ? connectRedis(sharedURL, 'job runner')
    : undefined
  const lockKey = redisKeys().jobRunnerLock
  const timer = setInterval(() => {
    const round = redis
      ? redis.isReady
        ? runIfUnlocked(redis, lockKey, longestRunMs, () => runDueJobs(payload, url))
        : Promise.resolve(false)
      : runDueJobs(payload, url)
    round.catch((error: Error) => console.error(`Running due jobs failed: ${error.message}`))
  }, everyMs)
  timer.unref()
}
