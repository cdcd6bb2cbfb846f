/**
 * Playwright's web server: the production build on a brand-new SQLite database seeded with the
 * demo content, so every run starts from the same known state.
 */
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'

import { ensureProductionBuild } from '../../scripts/lib/ensureProductionBuild'
import { seededServerEnv } from '../../scripts/lib/seededServerEnv'
import { e2ePort } from './e2ePort'

const root = process.cwd()
const env = seededServerEnv({
  dataDir: path.join(root, 'data', 'e2e'),
  port: e2ePort,
  secret: 'roampress-e2e-secret',
})

ensureProductionBuild(root, env)
// Next keeps its data cache (unstable_cache) and rendered pages on disk across restarts, while tag
// expiries live only in the old server's memory: reads cached by an earlier run (an empty tenant
// list, a title a test changed) would be served as fresh against this brand-new database.
for (const cache of [['cache', 'fetch-cache'], ['server', 'route-cache']]) {
  rmSync(path.join(root, '.next', ...cache), { force: true, recursive: true })
}
const server = spawn('npx', ['next', 'start', '-p', String(e2ePort)], { env, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.kill(signal))
}
server.on('exit', (code) => process.exit(code ?? 0))
