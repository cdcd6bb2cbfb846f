/**
 * npm run test:cluster: the several-server end-to-end suite (e2e/cluster), which needs varnishd
 * (with varnish-modules), PostgreSQL and Redis. It runs only when TEST_CLUSTER=1, as .ci/run
 * sets it; otherwise it says it was skipped.
 */
import { spawnSync } from 'node:child_process'

import { ensureProductionBuild } from './lib/ensureProductionBuild'

if (process.env.TEST_CLUSTER !== '1') {
  console.log(
    'Cluster end-to-end suite SKIPPED: set TEST_CLUSTER=1 to run it (needs varnishd with varnish-modules, PostgreSQL and Redis).',
  )
  process.exit(0)
}

const buildEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_ENV: 'production',
}
delete buildEnv.REDIS_URL
ensureProductionBuild(process.cwd(), buildEnv)
const run = spawnSync('npx', ['playwright', 'test', '-c', 'playwright.cluster.config.ts'], {
  stdio: 'inherit',
})
process.exit(run.status ?? 1)
