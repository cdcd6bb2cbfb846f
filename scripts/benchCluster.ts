/**
 * npm run bench:cluster: the several-server topology measured side by side in one run.
 *
 * Starts what `npm run cluster` starts (two production servers on PostgreSQL and Redis, Varnish
 * in front) on a fresh database, then loads one cached guide page with autocannon: through
 * Varnish, from a plain Node server sending the same bytes (the ceiling for anything written in
 * Node), from one server's own page cache, and from Next's shared cache in Redis. Then
 * publish-to-live: an editor publishes on the first server, and the time until the new title
 * shows through Varnish and through the second server, over BENCH_ROUNDS (default 10) rounds.
 */
import { randomUUID } from 'node:crypto'
import { spawn, type ChildProcess } from 'node:child_process'
import { request as httpRequest } from 'node:http'
import { cpus } from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { demoPassword } from '@/seed/demoAccounts'
import {
  checkRedis,
  checkXkeyModule,
  deleteRedisKeys,
  dropPostgresDatabase,
  ensurePostgresDatabase,
  findVarnishd,
} from './lib/cluster/checkPrerequisites'
import { startCluster } from './lib/cluster/startCluster'
import { ensureProductionBuild } from './lib/ensureProductionBuild'

const seconds = Number(process.env.BENCH_SECONDS || 10)
const connections = Number(process.env.BENCH_CONNECTIONS || 32)
const rounds = Math.max(10, Number(process.env.BENCH_ROUNDS || 10))
const varnishPort = Number(process.env.CLUSTER_PORT || 3080)
const appPorts: [number, number] = [3081, 3082]
const plainPort = Number(process.env.BENCH_PLAIN_PORT || 3211)
const root = process.cwd()
const serverURI = process.env.BENCH_POSTGRES_URI || 'postgres://postgres@127.0.0.1:5432/postgres'
const databaseURI = Object.assign(new URL(serverURI), {
  pathname: '/roampress_cluster_bench',
}).toString()
const redisURL = process.env.REDIS_URL || 'redis://127.0.0.1:6379'
const redisKeyPrefix = `roampress-bench-cluster:${randomUUID()}:`
const host = `asia.localhost:${varnishPort}`
const guidePath = '/en/guides/cancel-jazz-sim-pakistan'

type Reply = {
  body: Buffer
  headers: Record<string, string | string[] | undefined>
  status: number
}

/** A request with an explicit Host header (fetch drops it, and it decides the tenant). */
const send = (
  port: number,
  pathname: string,
  options: { body?: unknown; headers?: Record<string, string>; method?: string } = {},
): Promise<Reply> =>
  new Promise((resolve, reject) => {
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body)
    const request = httpRequest(
      {
        headers: {
          host,
          ...options.headers,
          ...(payload ? { 'content-type': 'application/json' } : {}),
        },
        host: '127.0.0.1',
        method: options.method ?? 'GET',
        path: pathname,
        port,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            body: Buffer.concat(chunks),
            headers: response.headers,
            status: response.statusCode ?? 0,
          }),
        )
      },
    )
    request.on('error', reject)
    request.end(payload)
  })

/**
 * The ceiling: a bare node:http server answering every request with the page's bytes, in a
 * process of its own like every other target (autocannon would otherwise share its event loop).
 */
const startPlainServer = (body: Buffer, contentType: string): ChildProcess =>
  spawn(
    process.execPath,
    [
      '-e',
      `const body = Buffer.from(process.env.PAGE, 'base64')
require('node:http').createServer((request, response) => {
  response.writeHead(200, { 'content-type': process.env.TYPE })
  response.end(body)
}).listen(${plainPort}, '127.0.0.1')`,
    ],
    { env: { ...process.env, PAGE: body.toString('base64'), TYPE: contentType }, stdio: 'inherit' },
  )

const waitForPlainServer = async () => {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if ((await send(plainPort, guidePath).catch(() => null))?.status === 200) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`The plain server on port ${plainPort} did not start.`)
}

type Row = { errors: number; name: string; p50: number; p99: number; rate: number }

const load = async (name: string, port: number, headers: Record<string, string> = {}) => {
  const result = await autocannon({
    connections,
    duration: seconds,
    headers: { host, ...headers },
    url: `http://127.0.0.1:${port}${guidePath}`,
  })
  if (result.non2xx > 0) throw new Error(`${name}: ${result.non2xx} non-2xx responses`)
  return {
    errors: result.errors,
    name,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rate: result.requests.average,
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const publishToLive = async (): Promise<{ front: number[]; other: number[] }> => {
  const login = await send(appPorts[0], '/api/users/login', {
    body: { email: 'editor@asia.test', password: demoPassword() },
    method: 'POST',
  })
  const auth = { Authorization: `JWT ${JSON.parse(login.body.toString()).token}` }
  const found = await send(
    appPorts[0],
    '/api/guides?where[slug][equals]=cancel-jazz-sim-pakistan&locale=en&depth=0',
    { headers: auth },
  )
  const guide = JSON.parse(found.body.toString()).docs[0] as { id: number; title: string }
  const timings = { front: [] as number[], other: [] as number[] }
  const until = async (port: number, text: string, started: number) => {
    for (;;) {
      if ((await send(port, guidePath)).body.includes(text)) return performance.now() - started
      if (performance.now() - started > 30_000) throw new Error('the new title never appeared')
    }
  }
  for (let round = 1; round <= rounds; round += 1) {
    // Both readers hold the previous version in their caches before each publish.
    await send(varnishPort, guidePath)
    await send(appPorts[1], guidePath)
    const marker = `(checked ${round})`
    const started = performance.now()
    const saved = await send(appPorts[0], `/api/guides/${guide.id}?locale=en`, {
      body: { _status: 'published', title: `${guide.title} ${marker}` },
      headers: auth,
      method: 'PATCH',
    })
    if (saved.status !== 200) throw new Error(`publish failed: ${saved.status}`)
    const [front, other] = await Promise.all([
      until(varnishPort, marker, started),
      until(appPorts[1], marker, started),
    ])
    timings.front.push(front)
    timings.other.push(other)
  }
  return timings
}

const main = async () => {
  const varnishd = findVarnishd()
  checkXkeyModule(varnishd)
  await checkRedis(redisURL)
  await ensurePostgresDatabase(databaseURI, true)
  const buildEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
  }
  delete buildEnv.REDIS_URL
  ensureProductionBuild(root, buildEnv)
  console.log('Starting two servers and Varnish on a fresh database...')
  const cluster = await startCluster({
    appPorts,
    databaseURI,
    mediaDir: path.join(root, 'data', 'bench-cluster', 'media'),
    payloadSecret: 'roampress-bench-cluster-secret',
    purgeSecret: 'roampress-bench-purge-secret',
    redisKeyPrefix,
    redisURL,
    root,
    showServerOutput: false,
    varnishAdminPort: Number(process.env.VARNISH_ADMIN_PORT || 6095),
    varnishd,
    varnishPort,
  })
  let plain: ChildProcess | undefined
  try {
    for (let warm = 0; warm < 3; warm += 1) {
      await send(varnishPort, guidePath)
      await send(appPorts[0], guidePath)
    }
    const page = await send(varnishPort, guidePath)
    if (page.status !== 200 || page.headers['x-varnish-cache'] !== 'HIT') {
      throw new Error(`The guide page is not cached in Varnish (${page.status}).`)
    }
    plain = startPlainServer(page.body, String(page.headers['content-type']))
    await waitForPlainServer()

    const rows: Row[] = [
      await load('guide page through Varnish (cached)', varnishPort),
      await load('plain Node server, same bytes', plainPort),
      await load("one server's page cache (no Varnish)", appPorts[0]),
      await load(
        "Next's shared cache in Redis (page cache skipped: Cache-Control no-cache)",
        appPorts[1],
        { 'cache-control': 'no-cache' },
      ),
    ]
    const publish = await publishToLive()

    console.log(
      `\nautocannon, ${connections} connections, ${seconds} s per row, guide page ${(page.body.length / 1024).toFixed(1)} KB, client, Varnish and both servers on the same ${cpus().length} cores\n`,
    )
    console.log('| target | req/s | p50 ms | p99 ms | vs plain Node | errors |')
    console.log('|---|---:|---:|---:|---:|---:|')
    for (const row of rows) {
      console.log(
        `| ${row.name} | ${Math.round(row.rate)} | ${row.p50} | ${row.p99} | ${(row.rate / rows[1].rate).toFixed(2)}x | ${row.errors} |`,
      )
    }
    const describe = (values: number[]) =>
      `median ${Math.round(median(values))} ms, max ${Math.round(Math.max(...values))} ms`
    console.log(`\npublish on server 1 to live, ${rounds} rounds (target at most 1 s):`)
    console.log(`- through Varnish: ${describe(publish.front)}`)
    console.log(`- through server 2: ${describe(publish.other)}`)
  } finally {
    plain?.kill('SIGTERM')
    await cluster.stop()
    await dropPostgresDatabase(databaseURI)
    await deleteRedisKeys(redisURL, redisKeyPrefix)
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error.message)
    process.exit(1)
  },
)
