/**
 * Prints the single closing line CI reads ("N passed, N failed") from the JSON reports that Vitest
 * and Playwright write under reports/ (Playwright empties test-results/ when it starts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

type Counts = { failed: number; passed: number; skipped: number }

const dir = path.join(process.cwd(), 'reports')
const files = existsSync(dir)
  ? readdirSync(dir).filter((name) =>
      /^(int-[a-z]+|e2e(-[a-z]+)?|reliability-[a-z]+)\.json$/.test(name),
    )
  : []

const countVitest = (report: {
  numFailedTests: number
  numPassedTests: number
  numPendingTests: number
  numTodoTests?: number
}): Counts => ({
  failed: report.numFailedTests,
  passed: report.numPassedTests,
  skipped: report.numPendingTests + (report.numTodoTests ?? 0),
})

const countPlaywright = (report: {
  stats: { expected: number; flaky: number; skipped: number; unexpected: number }
}): Counts => ({
  failed: report.stats.unexpected,
  passed: report.stats.expected + report.stats.flaky,
  skipped: report.stats.skipped,
})

const total: Counts = { failed: 0, passed: 0, skipped: 0 }
for (const file of files) {
  const report = JSON.parse(readFileSync(path.join(dir, file), 'utf8'))
  const counts = 'stats' in report ? countPlaywright(report) : countVitest(report)
  console.log(
    `${file}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
  )
  total.failed += counts.failed
  total.passed += counts.passed
  total.skipped += counts.skipped
}
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
