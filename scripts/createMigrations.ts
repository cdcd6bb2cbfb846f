/**
 * npm run migrate:create -- <name>: writes a migration for each SQL database from the current
 * schema. SQLite and PostgreSQL keep separate folders because their SQL differs; MongoDB needs
 * none. Commit both folders together.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const name = process.argv[2]
if (!name || !/^[a-z0-9_-]+$/.test(name)) {
  console.error('Usage: npm run migrate:create -- <name>   (lower-case letters, digits, - and _)')
  process.exit(1)
}

const postgresUri = process.env.MIGRATIONS_POSTGRES_URI || 'postgres://postgres@127.0.0.1:5432/test'
const targets = [
  {
    label: 'SQLite',
    uri: `file:${path.join(mkdtempSync(path.join(tmpdir(), 'roampress-migrate-')), 'schema.db')}`,
  },
  { label: 'PostgreSQL', uri: postgresUri },
]

for (const target of targets) {
  console.log(`Creating the ${target.label} migration "${name}"...`)
  const run = spawnSync('npx', ['payload', 'migrate:create', name], {
    env: {
      ...process.env,
      DATABASE_URI: target.uri,
      // Payload's CLI can exit silently on Node 20 without an explicit condition (see README).
      NODE_OPTIONS: '--conditions=production',
    },
    stdio: 'inherit',
  })
  if (run.status !== 0) process.exit(run.status ?? 1)
}
