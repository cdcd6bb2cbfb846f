/**
 * npm run test:reliability: nothing lost when people edit at the same time or the server dies.
 *
 * On a fresh seeded database (SQLite, and PostgreSQL when TEST_POSTGRES_URI names a server), four
 * writers send numbered edits through the REST API (an editor and a tenant admin publishing en and
 * zh-Hans, a translator saving zh-Hant and ur drafts), each to three shared guides and one of its
 * own, while a reader polls the shared guides; the production server is killed with SIGKILL and
 * started again twice. Then every acknowledged edit must be stored, no locale may have gone back
 * to an older edit, every guide exists once with all its locales, each has one latest version,
 * the changes scheduled to fall due during the outage are done, and two simultaneous saves of one
 * locale end in one 200 and one 409. Prints one line per check, the figures, and "N passed,
 * N failed"; writes reports/reliability-<database>.json for scripts/ciSummary.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { createApi } from './reliability/api'
import { runChecks, type Check } from './reliability/checks'
import { createFixtures, scheduleChanges } from './reliability/fixtures'
import { startReliabilityServer, type DatabaseKind } from './reliability/server'
import { createLedger, runConflictRounds, runReader, runWriter } from './reliability/workload'
import { ensureProductionBuild } from './lib/ensureProductionBuild'

const root = process.cwd()
const writeSeconds = Number(process.env.RELIABILITY_SECONDS || 40)
const firstPort = Number(process.env.RELIABILITY_PORT || 3214)
/** When the server is killed, as fractions of the writing time, and how long it stays down. */
const killsAt = [0.3, 0.65]
const outageMs = 2000
const conflictRounds = 10

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const runOn = async (kind: DatabaseKind, port: number) => {
  console.log(`\n[${kind}] starting the production server on port ${port}...`)
  const server = await startReliabilityServer({ kind, port, root })
  try {
    console.log(`[${kind}] up in ${server.bootMs} ms; server log: ${server.logFile}`)
    const api = createApi(server.base)
    const fixtures = await createFixtures(api)
    const ledger = createLedger()
    const started = Date.now()
    const deadline = started + writeSeconds * 1000
    const isDone = () => Date.now() >= deadline
    const killTimes = killsAt.map((fraction) => started + fraction * writeSeconds * 1000)
    const scheduledEntries = await scheduleChanges(api, fixtures, new Date(killTimes[0] + 1000))

    const writers = fixtures.writers.map((writer, index) =>
      runWriter({
        api,
        guides: [...fixtures.sharedGuides, fixtures.ownGuides[index]],
        isDone,
        ledger,
        writer,
      }),
    )
    const reader = runReader({ api, fixtures, isDone })
    let kills = 0
    for (const killTime of killTimes) {
      await sleep(Math.max(0, killTime - Date.now()))
      await server.kill()
      kills += 1
      console.log(
        `[${kind}] killed the server (SIGKILL) after ${ledger.acknowledgedWrites} acknowledged writes`,
      )
      await sleep(outageMs)
      const bootMs = await server.restart()
      console.log(`[${kind}] restarted, answering again after ${bootMs} ms`)
    }
    await Promise.all(writers)
    const readerLog = await reader
    const conflictOutcomes = await runConflictRounds(api, fixtures, conflictRounds)
    const { checks, lost } = await runChecks({
      api,
      conflictOutcomes,
      fixtures,
      kills,
      ledger,
      reader: readerLog,
      scheduledEntries,
    })
    const figures = {
      acknowledgedWrites: ledger.acknowledgedWrites,
      failedWrites: ledger.errors.length,
      kills,
      lostEdits: lost,
      readerPolls: readerLog.polls,
      readerReverts: readerLog.reverts.length,
      retriedWrites: ledger.retried,
      writeSeconds,
    }
    return { checks, figures }
  } finally {
    await server.stop()
  }
}

const writeReport = (kind: DatabaseKind, body: Record<string, unknown>) => {
  mkdirSync(path.join(root, 'reports'), { recursive: true })
  writeFileSync(
    path.join(root, 'reports', `reliability-${kind}.json`),
    JSON.stringify(body, null, 2),
  )
}

const report = (kind: DatabaseKind, checks: Check[], figures: Record<string, unknown>) => {
  for (const check of checks) {
    console.log(`[${kind}] ${check.passed ? '✓' : '✗'} ${check.name} (${check.detail})`)
  }
  console.log(`[${kind}] figures: ${JSON.stringify(figures)}`)
  const passed = checks.filter((check) => check.passed).length
  // The shape of Vitest's JSON report, which scripts/ciSummary.ts counts.
  writeReport(kind, {
    checks,
    figures,
    numFailedTests: checks.length - passed,
    numPassedTests: passed,
    numPendingTests: 0,
  })
  return { failed: checks.length - passed, passed }
}

const main = async () => {
  ensureProductionBuild(root, {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
  })
  const total = { failed: 0, passed: 0 }
  const kinds: DatabaseKind[] = ['sqlite']
  if (process.env.TEST_POSTGRES_URI) kinds.push('postgres')
  else {
    writeReport('postgres', { numFailedTests: 0, numPassedTests: 0, numPendingTests: 1 })
    console.log(
      'PostgreSQL reliability run skipped: set TEST_POSTGRES_URI (for example ' +
        'postgres://postgres@127.0.0.1:5432/test) to run it.',
    )
  }
  for (const [index, kind] of kinds.entries()) {
    let result
    try {
      const { checks, figures } = await runOn(kind, firstPort + index)
      result = report(kind, checks, figures)
    } catch (error) {
      console.error(`[${kind}] the run broke off: ${(error as Error).stack}`)
      const broken = {
        detail: (error as Error).message,
        name: 'should complete the run',
        passed: false,
      }
      result = report(kind, [broken], {})
    }
    total.failed += result.failed
    total.passed += result.passed
  }
  console.log(`${total.passed} passed, ${total.failed} failed`)
  process.exit(total.failed === 0 ? 0 : 1)
}

void main()
