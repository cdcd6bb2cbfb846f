/**
 * Fails when the collections describe a schema the committed migrations do not create: a
 * production server would then boot on tables that lack the new columns. Compares against the
 * SQLite migrations (the PostgreSQL ones are generated from the same schema by migrate:create).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const dir = path.join(process.cwd(), 'migrations', 'sqlite')
const before = new Set(readdirSync(dir))
const run = spawnSync('npx', ['payload', 'migrate:create', 'schema-drift', '--skip-empty'], {
  env: {
    ...process.env,
    DATABASE_URI: `file:${path.join(mkdtempSync(path.join(tmpdir(), 'roampress-drift-')), 'drift.db')}`,
    NODE_OPTIONS: '--conditions=production',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
})
const added = readdirSync(dir).filter((file) => !before.has(file))
for (const file of added) rmSync(path.join(dir, file))

if (run.status !== 0) {
  console.error(run.stderr.toString() || run.stdout.toString())
  process.exit(run.status ?? 1)
}
if (added.length > 0) {
  // migrate:create also lists the new file in index.ts; put that back as it was.
  spawnSync('git', ['checkout', '--', path.join(dir, 'index.ts')])
  console.error(
    'The collections changed but no migration records it. Run `npm run migrate:create -- <name>` and commit both migration folders.',
  )
  process.exit(1)
}
console.log('Migrations match the collections.')
