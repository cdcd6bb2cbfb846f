/**
 * npm run cluster: the several-server topology on one machine. PostgreSQL (DATABASE_URI, default
 * the roampress_cluster database on 127.0.0.1:5432, created if missing), Redis (REDIS_URL,
 * default 127.0.0.1:6379), two production servers on ports 3081 and 3082, Varnish in front of
 * both on CLUSTER_PORT (default 3080). Ctrl+C stops everything it started.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { seedTenants } from '@/seed/data/tenants'
import { demoAccounts, demoPassword } from '@/seed/demoAccounts'
import { clearPageCache } from './lib/clearPageCache'
import {
  checkRedis,
  checkXkeyModule,
  ensurePostgresDatabase,
  findVarnishd,
} from './lib/cluster/checkPrerequisites'
import { startCluster } from './lib/cluster/startCluster'
import { ensureProductionBuild } from './lib/ensureProductionBuild'

const root = process.cwd()
const varnishPort = Number(process.env.CLUSTER_PORT || 3080)
const appPorts: [number, number] = [3081, 3082]
const databaseURI =
  process.env.DATABASE_URI || 'postgres://postgres@127.0.0.1:5432/roampress_cluster'
const redisURL = process.env.REDIS_URL || 'redis://127.0.0.1:6379'
const dataDir = path.join(root, 'data', 'cluster')
mkdirSync(dataDir, { recursive: true })

/** Kept between runs, like the demo's: sessions and the seeded accounts stay valid. */
const secretIn = (name: string): string => {
  const file = path.join(dataDir, name)
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'))
  return readFileSync(file, 'utf8').trim()
}

const main = async () => {
  if (!databaseURI.startsWith('postgres')) {
    throw new Error('npm run cluster needs PostgreSQL: set DATABASE_URI to a postgres:// address.')
  }
  const varnishd = findVarnishd()
  checkXkeyModule(varnishd)
  await checkRedis(redisURL)
  await ensurePostgresDatabase(databaseURI, false)

  // One build serves one server or several: Redis is a choice made when servers start.
  const buildEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
  }
  delete buildEnv.REDIS_URL
  ensureProductionBuild(root, buildEnv)
  clearPageCache(root)

  console.log(
    `Starting two servers (ports ${appPorts.join(' and ')}) on ${databaseURI}, Redis ${redisURL}, then Varnish on ${varnishPort}...`,
  )
  const cluster = await startCluster({
    appPorts,
    databaseURI,
    mediaDir: path.join(dataDir, 'media'),
    payloadSecret: process.env.PAYLOAD_SECRET || secretIn('payload-secret'),
    purgeSecret: process.env.VARNISH_PURGE_SECRET || secretIn('purge-secret'),
    redisKeyPrefix: process.env.REDIS_KEY_PREFIX || 'roampress-cluster:',
    redisURL,
    root,
    showServerOutput: true,
    varnishAdminPort: Number(process.env.VARNISH_ADMIN_PORT || 6093),
    varnishd,
    varnishPort,
  })
  let isStopping = false
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (isStopping) return
      isStopping = true
      console.log('\nStopping Varnish and both servers...')
      void cluster.stop().then(() => process.exit(0))
    })
  }

  const front = `http://localhost:${varnishPort}`
  const labelWidth =
    Math.max(...seedTenants.map((tenant) => tenant.name.length), 'Server 1'.length) + 1
  console.log(
    [
      '',
      'Roampress cluster is running.',
      `  ${'Admin'.padEnd(labelWidth)} ${front}/admin`,
      ...seedTenants.flatMap((tenant) =>
        tenant.domains.map(
          (domain) => `  ${tenant.name.padEnd(labelWidth)} http://${domain}:${varnishPort}`,
        ),
      ),
      `  ${'Server 1'.padEnd(labelWidth)} http://localhost:${appPorts[0]} (behind Varnish)`,
      `  ${'Server 2'.padEnd(labelWidth)} http://localhost:${appPorts[1]} (behind Varnish)`,
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
    ].join('\n'),
  )
}

main().catch((error: Error) => {
  console.error(error.message)
  process.exit(1)
})
