/**
 * npm run bench: measures the production build on this machine, side by side in one run.
 *
 * Starts the production server (`npm start`: Next with the page cache in front) on a fresh seeded
 * SQLite database (restarted once seeding is done, as production servers start), then loads each target with autocannon and reports req/s, p50/p99 latency and
 * the ratio to the static page; then publish-to-live latency, the gzipped JavaScript a guide page
 * ships and the server's peak resident memory. The static page is Next's own prerendered file,
 * which the page cache leaves to Next.
 */
import { execFileSync } from 'node:child_process'
import http from 'node:http'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import autocannon from 'autocannon'

import { clearPageCache } from './lib/clearPageCache'
import { ensureProductionBuild } from './lib/ensureProductionBuild'
import { seededServerEnv } from './lib/seededServerEnv'
import { startProductionServer } from './lib/startProductionServer'
import { waitForServer } from './lib/waitForServer'

const port = Number(process.env.BENCH_PORT || 3200)
const seconds = Number(process.env.BENCH_SECONDS || 10)
const connections = Number(process.env.BENCH_CONNECTIONS || 32)
const root = process.cwd()
const dataDir = path.join(root, 'data', 'bench')
const base = `http://127.0.0.1:${port}`
const asiaHost = `asia.localhost:${port}`
const guidePath = '/en/guides/cancel-jazz-sim-pakistan'

const env = seededServerEnv({ dataDir, port, secret: 'roampress-bench-secret' })

ensureProductionBuild(root, env)
clearPageCache(root)
let server = startProductionServer(root, env, ['ignore', 'ignore', 'inherit'])
const stop = () => server.kill('SIGTERM')
process.on('exit', stop)

/**
 * The first start migrates and seeds the database inside the server, which leaves its heap as
 * large as seeding made it; a production server starts on a database that already holds its
 * content. So the benchmark restarts it once seeding is over and measures the second one.
 */
const restartOnSeededDatabase = async () => {
  await waitForServer(`${base}/health`, 'Starting, migrating and seeding the benchmark database')
  const exited = new Promise((resolve) => server.once('exit', resolve))
  stop()
  await exited
  server = startProductionServer(root, env, ['ignore', 'ignore', 'inherit'])
  await waitForServer(`${base}/health`, 'Restarting the server on the seeded database')
}

/** The server process and every process below it (tsx runs the server in a child process). */
const serverProcessTree = (): string[] => {
  const pids = [String(server.pid)]
  for (let index = 0; index < pids.length; index += 1) {
    try {
      pids.push(
        ...execFileSync('pgrep', ['-P', pids[index]]).toString().trim().split('\n').filter(Boolean),
      )
    } catch {
      // No children.
    }
  }
  return pids
}

/** Resident memory of the server's process tree, in MB. */
const serverRssMB = (): number =>
  serverProcessTree().reduce((total, pid) => {
    try {
      const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/)
      return total + (match ? Number(match[1]) / 1024 : 0)
    } catch {
      return total
    }
  }, 0)

/** GET with an explicit Host header: fetch() silently drops Host, which decides the tenant here. */
const getPage = (
  pathname: string,
  headers: Record<string, string>,
): Promise<{ body: string; status: number }> =>
  new Promise((resolve, reject) => {
    const request = http.get(`${base}${pathname}`, { headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({ body: Buffer.concat(chunks).toString('utf8'), status: response.statusCode ?? 0 }),
      )
    })
    request.on('error', reject)
  })

type Row = {
  peakRssMB: number
  errors: number
  latencyP50: number
  latencyP99: number
  name: string
  requestsPerSecond: number
}

/** Peak server memory while the current row's load runs. */
let rowPeakRss = 0

const load = async (
  name: string,
  pathname: string,
  headers: Record<string, string>,
  expectedText: string,
): Promise<Row> => {
  // Warm the page (the first render fills the cache) and check it is the page meant.
  const warm = await getPage(pathname, headers)
  if (warm.status !== 200 || !warm.body.includes(expectedText)) {
    throw new Error(`${name}: ${pathname} answered ${warm.status} without "${expectedText}"`)
  }
  rowPeakRss = 0
  const result = await autocannon({
    connections,
    duration: seconds,
    headers,
    url: `${base}${pathname}`,
  })
  if (result.non2xx > 0) {
    throw new Error(`${name}: ${result.non2xx} non-2xx responses`)
  }
  // Errors are connection failures and requests slower than autocannon's 10 s timeout: reported,
  // since on shared cores the slowest row can see a few.
  return {
    errors: result.errors,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    name,
    peakRssMB: rowPeakRss,
    requestsPerSecond: result.requests.average,
  }
}

const previewCookie = (): string => {
  const manifest = JSON.parse(
    readFileSync(path.join(root, '.next', 'prerender-manifest.json'), 'utf8'),
  )
  return `__prerender_bypass=${manifest.preview.previewModeId}`
}

const publishToLive = async (): Promise<number[]> => {
  const login = await fetch(`${base}/api/users/login`, {
    body: JSON.stringify({
      email: 'editor@asia.test',
      password: process.env.DEMO_PASSWORD || 'roampress-demo',
    }),
    headers: { 'Content-Type': 'application/json' },
    method: 'POST',
  })
  const { token } = (await login.json()) as { token: string }
  const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
  const found = await fetch(
    `${base}/api/guides?where[slug][equals]=cancel-jazz-sim-pakistan&locale=en&depth=0`,
    {
      headers: auth,
    },
  )
  const guide = ((await found.json()) as { docs: { id: number | string; title: string }[] }).docs[0]
  const timings: number[] = []
  for (let round = 1; round <= 5; round += 1) {
    const title = `${guide.title} (checked ${round})`
    const started = performance.now()
    const saved = await fetch(`${base}/api/guides/${guide.id}?locale=en`, {
      body: JSON.stringify({ _status: 'published', title }),
      headers: auth,
      method: 'PATCH',
    })
    if (!saved.ok) throw new Error(`publish failed: ${saved.status} ${await saved.text()}`)
    for (;;) {
      const page = await getPage(guidePath, { Host: asiaHost })
      if (page.body.includes(`(checked ${round})`)) break
      if (performance.now() - started > 30_000) throw new Error('the new title never appeared')
    }
    timings.push(performance.now() - started)
  }
  await fetch(`${base}/api/guides/${guide.id}?locale=en`, {
    body: JSON.stringify({ _status: 'published', title: guide.title }),
    headers: auth,
    method: 'PATCH',
  })
  return timings
}

/**
 * What the browser downloads as JavaScript for a guide page: every external script file plus
 * every inline script it executes (such as a React Server Components payload), gzipped. JSON-LD
 * blocks are data for search engines, not scripts, and are not counted.
 */
const guideJavaScriptKB = async (
  html: string,
): Promise<{ files: number; gzipKB: number; inline: number }> => {
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].filter(
    (match) => !/type="application\/ld\+json"/.test(match[1]),
  )
  const sources = [
    ...new Set(
      scripts
        .map((match) => match[1].match(/src="([^"]+)"/)?.[1])
        .filter((src) => src !== undefined),
    ),
  ]
  let bytes = 0
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, base))).arrayBuffer())
    bytes += gzipSync(body, { level: 9 }).length
  }
  const inline = scripts.filter((match) => !/\ssrc=/.test(match[1]) && match[2].trim() !== '')
  if (inline.length > 0) {
    bytes += gzipSync(Buffer.from(inline.map((match) => match[2]).join('')), { level: 9 }).length
  }
  return { files: sources.length, gzipKB: bytes / 1024, inline: inline.length }
}

const main = async () => {
  await restartOnSeededDatabase()
  let peakRss = serverRssMB()
  const sampler = setInterval(() => {
    const rss = serverRssMB()
    peakRss = Math.max(peakRss, rss)
    rowPeakRss = Math.max(rowPeakRss, rss)
  }, 250)
  // A failed run must still end: the sampler alone never keeps the process alive.
  sampler.unref()

  const rows: Row[] = []
  const guideTitle = 'How to cancel a Jazz SIM in Pakistan'
  rows.push(await load('static prerendered page (/roampress)', '/roampress', {}, 'About Roampress'))
  rows.push(await load('guide page, cached', guidePath, { Host: asiaHost }, guideTitle))
  rows.push(
    await load(
      "guide page, Next's cache only (page cache skipped: Cache-Control no-cache)",
      guidePath,
      { 'Cache-Control': 'no-cache', Host: asiaHost },
      guideTitle,
    ),
  )
  rows.push(
    await load(
      'guide page, cache bypassed (draft-mode cookie)',
      guidePath,
      { Cookie: previewCookie(), Host: asiaHost },
      guideTitle,
    ),
  )
  rows.push(await load('tenant home, cached', '/en', { Host: asiaHost }, 'Asia SIM Desk'))
  const publish = await publishToLive()
  const guideHtml = (await getPage(guidePath, { Host: asiaHost })).body
  const staticHtml = (await getPage('/roampress', {})).body
  const javascript = await guideJavaScriptKB(guideHtml)
  clearInterval(sampler)

  const staticRate = rows[0].requestsPerSecond
  console.log(
    `\nautocannon, ${connections} connections, ${seconds} s per row, client and server on the same ${
      (await import('node:os')).cpus().length
    } cores\n`,
  )
  console.log('| target | req/s | p50 ms | p99 ms | vs static | errors | peak RSS MB |')
  console.log('|---|---:|---:|---:|---:|---:|---:|')
  for (const row of rows) {
    console.log(
      `| ${row.name} | ${Math.round(row.requestsPerSecond)} | ${row.latencyP50} | ${row.latencyP99} | ${(
        row.requestsPerSecond / staticRate
      ).toFixed(2)}x | ${row.errors} | ${Math.round(row.peakRssMB)} |`,
    )
  }
  const sorted = [...publish].sort((a, b) => a - b)
  console.log(
    `\npublish-to-live (PATCH _status=published, then GET until the page changes), 5 rounds: median ${Math.round(
      sorted[2],
    )} ms, max ${Math.round(sorted[4])} ms`,
  )
  console.log(
    `guide page JavaScript: ${javascript.gzipKB.toFixed(1)} KB gzipped (${javascript.files} script files and ${
      javascript.inline
    } inline scripts; JSON-LD not counted)`,
  )
  console.log(
    `guide page HTML: ${(Buffer.byteLength(guideHtml) / 1024).toFixed(1)} KB (static page: ${(
      Buffer.byteLength(staticHtml) / 1024
    ).toFixed(1)} KB), uncompressed`,
  )
  console.log(`server peak RSS during the run (whole process tree): ${Math.round(peakRss)} MB`)
}

main()
  .catch((error: Error) => {
    console.error(error.message)
    process.exitCode = 1
  })
  .finally(stop)
