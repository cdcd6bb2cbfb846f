/**
 * npm run bench:scale: how each reader and editor operation costs as a publication grows.
 *
 * For every size in BENCH_SCALE_SIZES (default 12,5000,50000) and every database (SQLite, and
 * PostgreSQL when TEST_POSTGRES_URI names a server), a child process migrates a fresh database,
 * seeds the demo content, copies the Asia publication's guides up to that size with the bulk
 * path (scripts/lib/bulkCloneGuides.ts), starts the production server on it and measures: saving
 * a guide, the first and the cached render of a guide page, the home page, a country hub, search
 * in English and Chinese, the sitemap index and its first file, the feed, and the admin's
 * Translations list, one guide's translation report and the admin's guides list. Each figure is
 * a median of BENCH_SCALE_REPEATS requests (first renders: the first request after start).
 * BENCH_SCALE_DATABASES (e.g. `postgres`) picks the databases. Prints a table, each operation's
 * ratio to its figure at the smallest size, and finally `worst ratio R at N guides: OPERATION`.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { ensureProductionBuild } from './lib/ensureProductionBuild'
import { seededServerEnv } from './lib/seededServerEnv'
import { startProductionServer } from './lib/startProductionServer'
import { waitForServer } from './lib/waitForServer'

const root = process.cwd()
const port = Number(process.env.BENCH_SCALE_PORT || 3213)
const repeats = Number(process.env.BENCH_SCALE_REPEATS || 5)
const host = `asia.localhost:${port}`

type Figures = Record<string, number>
type Result = {
  database: string
  figures: Figures
  guides: number
  seedSeconds: number
  rssMB: number
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** One request with the tenant's Host header (fetch drops it); milliseconds until the body ends. */
const timeRequest = (pathname: string): Promise<{ ms: number; status: number }> =>
  new Promise((resolve, reject) => {
    const started = performance.now()
    const request = http.get(
      { headers: { host }, hostname: '127.0.0.1', path: encodeURI(pathname), port },
      (response) => {
        response.resume()
        response.on('end', () =>
          resolve({ ms: performance.now() - started, status: response.statusCode ?? 0 }),
        )
      },
    )
    request.on('error', reject)
  })

const expectOK = async (pathname: string): Promise<number> => {
  const { ms, status } = await timeRequest(pathname)
  if (status !== 200) throw new Error(`${pathname} answered ${status}`)
  return ms
}

const medianOf = async (run: () => Promise<number>): Promise<number> => {
  const times: number[] = []
  for (let index = 0; index < repeats; index += 1) times.push(await run())
  return median(times)
}

const rssOf = (pid: number | undefined): number => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Math.round(Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024)
}

/** The child: one database at one size. */
const measure = async (database: string, size: number): Promise<Result> => {
  const dataDir = path.join(root, 'data', 'bench-scale', `${database}-${size}`)
  const env: NodeJS.ProcessEnv = {
    ...seededServerEnv({ dataDir, port, secret: 'roampress-bench-scale-secret' }),
    RUN_JOBS_IN_SERVER: 'false',
  }
  let dropDatabase = async () => undefined as void
  if (database === 'postgres') {
    const { default: pg } = await import('pg')
    const serverUri = process.env.TEST_POSTGRES_URI as string
    const name = `roampress_bench_${size}_${process.pid}`
    const admin = new pg.Client({ connectionString: serverUri })
    await admin.connect()
    await admin.query(`CREATE DATABASE "${name}"`)
    await admin.end()
    const url = new URL(serverUri)
    url.pathname = `/${name}`
    env.DATABASE_URI = url.toString()
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: serverUri })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await client.end()
    }
  }
  Object.assign(process.env, env)

  const { getPayload } = await import('payload')
  const { default: config } = await import('@/payload.config')
  const payload = await getPayload({ config })
  const { bulkCloneGuides } = await import('./lib/bulkCloneGuides')
  const { listTranslationWorkPage } = await import('@/lib/translation/work/listTranslationWork')
  const { buildGuideTranslationReport } = await import('@/lib/translation/guideTranslationReport')

  const tenant = (
    await payload.find({ collection: 'tenants', limit: 1, where: { slug: { equals: 'asia' } } })
  ).docs[0]
  const seedStarted = performance.now()
  const asiaGuides = await bulkCloneGuides(payload, { tenantID: tenant.id, total: size })
  const seedSeconds = (performance.now() - seedStarted) / 1000
  const totalGuides = (await payload.count({ collection: 'guides' })).totalDocs

  const server = startProductionServer(root, env, ['ignore', 'ignore', 'inherit'])
  const figures: Figures = {}
  try {
    await waitForServer(`http://127.0.0.1:${port}/health`, `  ${database} ${size}: server`)
    figures['guide page, first render'] = await expectOK('/en/guides/cancel-jazz-sim-pakistan')
    figures['guide page, cached'] = await medianOf(() =>
      expectOK('/en/guides/cancel-jazz-sim-pakistan'),
    )
    figures['home, first render'] = await expectOK('/en')
    figures['country hub, first render'] = await expectOK('/en/countries/pakistan')
    figures['feed, first render'] = await expectOK('/en/feed.xml')
    figures['sitemap index'] = await expectOK('/sitemap.xml')
    figures['sitemap file 1'] = await expectOK('/sitemaps/guides-1.xml')
    figures['search, English'] = await medianOf(() => expectOK('/en/search?q=jazz balance'))
    figures['search, Chinese'] = await medianOf(() => expectOK('/zh-Hans/search?q=充值'))

    const guide = (
      await payload.find({
        collection: 'guides',
        limit: 1,
        where: { slug: { equals: 'cancel-jazz-sim-pakistan' } },
      })
    ).docs[0]
    let saves = 0
    figures['save a guide'] = await medianOf(async () => {
      saves += 1
      const started = performance.now()
      await payload.update({
        collection: 'guides',
        data: { summary: `${guide.summary ?? ''} (${saves})` },
        id: guide.id,
        locale: 'en',
      })
      return performance.now() - started
    })
    const admin = (
      await payload.find({
        collection: 'users',
        limit: 1,
        where: { email: { equals: 'admin@asia.test' } },
      })
    ).docs[0]
    const acting = { ...admin, collection: 'users' as const }
    figures['Translations list, page 1'] = await medianOf(async () => {
      const started = performance.now()
      await listTranslationWorkPage({ payload, user: acting })
      return performance.now() - started
    })
    figures["one guide's translations (API)"] = await medianOf(async () => {
      const started = performance.now()
      await buildGuideTranslationReport({ guideID: guide.id, payload, user: acting })
      return performance.now() - started
    })
    figures['admin guides list, page 1'] = await medianOf(async () => {
      const started = performance.now()
      await payload.find({
        collection: 'guides',
        depth: 0,
        draft: true,
        limit: 10,
        overrideAccess: false,
        sort: '-updatedAt',
        user: acting,
      })
      return performance.now() - started
    })
    const rssMB = rssOf(server.pid)
    return { database, figures, guides: asiaGuides || totalGuides, rssMB, seedSeconds }
  } finally {
    server.kill('SIGTERM')
    await new Promise((resolve) => server.once('exit', resolve))
    await payload.destroy()
    // Dropping the PostgreSQL database ends the pool's idle clients; that is expected here.
    const pool = (payload.db as { pool?: { on: (event: 'error', fn: () => void) => void } }).pool
    pool?.on('error', () => undefined)
    await dropDatabase()
  }
}

const printTable = (results: Result[]) => {
  const worst = { operation: '', ratio: 0, size: 0 }
  for (const database of [...new Set(results.map((result) => result.database))]) {
    const rows = results.filter((result) => result.database === database)
    const baseline = rows[0]
    const header = [
      'operation (ms)',
      ...rows.map((row) => `${row.guides} guides`),
      ...rows.slice(1).map((row) => `ratio at ${row.guides}`),
    ]
    console.log(`\n${database}`)
    console.log(`| ${header.join(' | ')} |`)
    console.log(`|${header.map(() => '---').join('|')}|`)
    for (const operation of Object.keys(baseline.figures)) {
      const ratios = rows
        .slice(1)
        .map((row) => row.figures[operation] / baseline.figures[operation])
      rows.slice(1).forEach((row, index) => {
        if (ratios[index] > worst.ratio) {
          Object.assign(worst, {
            operation: `${operation} (${database})`,
            ratio: ratios[index],
            size: row.guides,
          })
        }
      })
      console.log(
        `| ${[operation, ...rows.map((row) => row.figures[operation].toFixed(1)), ...ratios.map((ratio) => `${ratio.toFixed(2)}x`)].join(' | ')} |`,
      )
    }
    console.log(
      `| bulk seeding (s) | ${rows.map((row) => row.seedSeconds.toFixed(1)).join(' | ')} |`,
    )
    console.log(`| server RSS after (MB) | ${rows.map((row) => row.rssMB).join(' | ')} |`)
  }
  console.log(`worst ratio ${worst.ratio.toFixed(2)} at ${worst.size} guides: ${worst.operation}`)
}

const main = async () => {
  if (process.argv[2] === '--child') {
    const result = await measure(process.argv[3], Number(process.argv[4]))
    console.log(`RESULT ${JSON.stringify(result)}`)
    process.exit(0)
  }
  const sizes = (process.env.BENCH_SCALE_SIZES || '12,5000,50000')
    .split(',')
    .map((size) => Number(size.trim()))
    .filter((size) => size > 0)
  const databases = (
    process.env.BENCH_SCALE_DATABASES ||
    ['sqlite', ...(process.env.TEST_POSTGRES_URI ? ['postgres'] : [])].join(',')
  ).split(',')
  ensureProductionBuild(root, { ...process.env, NODE_ENV: 'production' })
  const results: Result[] = []
  for (const database of databases) {
    for (const size of sizes) {
      const child = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          path.join('scripts', 'benchScale.ts'),
          '--child',
          database,
          String(size),
        ],
        {
          env: { ...process.env, NODE_OPTIONS: '--conditions=production --no-deprecation' },
          maxBuffer: 64 * 1024 * 1024,
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      )
      const line = child.stdout
        .toString()
        .split('\n')
        .find((text) => text.startsWith('RESULT '))
      if (!line) throw new Error(`The ${database} run at ${size} guides failed:\n${child.stdout}`)
      const result = JSON.parse(line.slice('RESULT '.length)) as Result
      console.log(
        `${database} at ${result.guides} guides: seeded in ${result.seedSeconds.toFixed(1)} s`,
      )
      results.push(result)
    }
  }
  printTable(results)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
