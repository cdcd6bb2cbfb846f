/**
 * Playwright's web server: the production build on a brand-new SQLite database seeded with the
 * demo content, so every run starts from the same known state.
 */
import path from 'node:path'

import { clearPageCache } from '@/scripts/lib/clearPageCache'
import { ensureProductionBuild } from '@/scripts/lib/ensureProductionBuild'
import { startProductionServer } from '@/scripts/lib/startProductionServer'
import { seededServerEnv } from '@/scripts/lib/seededServerEnv'
import { e2ePort } from './e2ePort'

const root = process.cwd()
const env = seededServerEnv({
  dataDir: path.join(root, 'data', 'e2e'),
  port: e2ePort,
  secret: 'roampress-e2e-secret',
})

ensureProductionBuild(root, env)
clearPageCache(root)
const server = startProductionServer(root, env)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.kill(signal))
}
server.on('exit', (code) => process.exit(code ?? 0))
