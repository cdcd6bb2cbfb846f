/**
 * Runs the integration suite again on PostgreSQL. It needs a server, so it runs only when
 * TEST_POSTGRES_URI names one (each test file creates and drops its own database there).
 */
import { spawnSync } from 'node:child_process'

const uri = process.env.TEST_POSTGRES_URI
if (!uri) {
  console.log(
    'PostgreSQL integration suite skipped: set TEST_POSTGRES_URI (for example ' +
      'postgres://postgres@127.0.0.1:5432/test) to run it.',
  )
  process.exit(0)
}

console.log(`PostgreSQL integration suite on ${uri.replace(/\/\/[^@]*@/, '//***@')}`)
const run = spawnSync('npx', ['vitest', 'run'], {
  env: { ...process.env, VITEST_RESULTS_NAME: 'int-postgres' },
  stdio: 'inherit',
})
process.exit(run.status ?? 1)
