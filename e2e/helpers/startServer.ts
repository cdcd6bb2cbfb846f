/**
 * Playwright's web server: the production build on a brand-new SQLite database seeded with the
 * demo content, so every run starts from the same known state.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

import { ensureProductionBuild } from '../../scripts/lib/ensureProductionBuild'
import { e2ePort } from './e2ePort'

const root = process.cwd()
const dataDir = path.join(root, 'data', 'e2e')
rmSync(dataDir, { force: true, recursive: true })
mkdirSync(dataDir, { recursive: true })

const env = {
  ...process.env,
  DATABASE_URI: `file:${path.join(dataDir, 'roampress.db')}`,
  MEDIA_DIR: path.join(dataDir, 'media'),
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_ENV: 'production' as const,
  PAYLOAD_SECRET: 'roampress-e2e-secret',
  ROAMPRESS_SEED: 'demo',
  SITE_ORIGIN_TEMPLATE: `http://{host}:${e2ePort}`,
}

ensureProductionBuild(root, env)
const server = spawn('npx', ['next', 'start', '-p', String(e2ePort)], { env, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.kill(signal))
}
server.on('exit', (code) => process.exit(code ?? 0))
