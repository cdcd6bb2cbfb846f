/**
 * npm run demo: build if the sources changed, start the production server on SQLite, wait until it
 * has migrated and seeded, then print where to go and how to sign in.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { seedTenants } from '@/seed/data/tenants'
import { demoAccounts, demoPassword } from '@/seed/demoAccounts'
import { clearPageCache } from './lib/clearPageCache'
import { ensureProductionBuild } from './lib/ensureProductionBuild'
import { startProductionServer } from './lib/startProductionServer'
import { waitForServer } from './lib/waitForServer'

const root = process.cwd()
const port = Number(process.env.PORT || 3000)
const dataDir = path.join(root, 'data')
mkdirSync(dataDir, { recursive: true })

const secretFile = path.join(dataDir, 'demo-secret')
if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString('hex'))
const env = {
  ...process.env,
  DATABASE_URI: process.env.DATABASE_URI || `file:${path.join(dataDir, 'roampress.db')}`,
  NODE_ENV: 'production' as const,
  NEXT_TELEMETRY_DISABLED: '1',
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || readFileSync(secretFile, 'utf8').trim(),
  PORT: String(port),
  ROAMPRESS_SEED: 'demo',
  SITE_ORIGIN_TEMPLATE: process.env.SITE_ORIGIN_TEMPLATE || `http://{host}:${port}`,
}

try {
  ensureProductionBuild(root, env)
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}

clearPageCache(root)
console.log(`Starting the server on port ${port} (database: ${env.DATABASE_URI})...`)
const server = startProductionServer(root, env)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.kill(signal))
}
server.on('exit', (code) => process.exit(code ?? 0))

const base = `http://localhost:${port}`
const labelWidth = Math.max(...seedTenants.map((tenant) => tenant.name.length), 'Admin'.length) + 1
waitForServer(`${base}/health`, 'Migrating and seeding the demo database')
  .then(() => {
    const lines = [
      '',
      'Roampress demo is running.',
      `  ${'Admin'.padEnd(labelWidth)} ${base}/admin`,
      ...seedTenants.flatMap((tenant) =>
        tenant.domains.map(
          (domain) => `  ${tenant.name.padEnd(labelWidth)} http://${domain}:${port}`,
        ),
      ),
      '',
      `Demo accounts (password: ${demoPassword()}):`,
      ...demoAccounts.map(
        (account) =>
          `  ${account.email.padEnd(26)} ${account.role}${account.tenant ? ` of ${account.tenant}` : ''}${
            account.languages ? ` (${account.languages.join(', ')})` : ''
          }`,
      ),
      '',
      'Press Ctrl+C to stop.',
    ]
    console.log(lines.join('\n'))
  })
  .catch((error: Error) => {
    console.error(error.message)
    server.kill('SIGTERM')
    process.exit(1)
  })
