import { randomUUID } from 'node:crypto'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import {
  checkRedis,
  deleteRedisKeys,
  dropPostgresDatabase,
  ensurePostgresDatabase,
  findVarnishd,
} from '@/scripts/lib/cluster/checkPrerequisites'
import { startCluster, type Cluster } from '@/scripts/lib/cluster/startCluster'
import { clusterPorts, findGuide, guidePath, loginAs, send, waitUntil } from './clusterHelpers'

/**
 * Two production servers on PostgreSQL and Redis with Varnish in front, as `npm run cluster`
 * runs them: every change made on one server shows on the first request through Varnish and
 * through the other server, due changes run once, and a crashed server costs readers nothing.
 */
const root = process.cwd()
const serverURI = process.env.TEST_POSTGRES_URI || 'postgres://postgres@127.0.0.1:5432/test'
const databaseURI = Object.assign(new URL(serverURI), {
  pathname: '/roampress_cluster_e2e',
}).toString()
const redisURL = process.env.REDIS_URL || 'redis://127.0.0.1:6379'
const redisKeyPrefix = `roampress-e2e-cluster:${randomUUID()}:`
const { first, second, varnish } = clusterPorts

let cluster: Cluster
let editor: Record<string, string>

const everywhere = (path: string) => Promise.all([send(varnish, path), send(second, path)])

/** Reads a page through Varnish and the second server until both keep it. */
const warm = async (path: string) => {
  for (let round = 0; round < 3; round += 1) await everywhere(path)
  const [front, back] = await everywhere(path)
  expect([front.headers['x-varnish-cache'], back.headers['x-page-cache']]).toEqual(['HIT', 'HIT'])
}

const patchGuide = (port: number, id: number | string, data: Record<string, unknown>) =>
  send(port, `/api/guides/${id}?locale=en&depth=0`, {
    body: data,
    headers: editor,
    host: 'localhost',
    method: 'PATCH',
  })

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(400_000)
  const varnishd = findVarnishd()
  await checkRedis(redisURL)
  await ensurePostgresDatabase(databaseURI, true)
  cluster = await startCluster({
    appPorts: [first, second],
    databaseURI,
    mediaDir: path.join(root, 'data', 'e2e-cluster', 'media'),
    payloadSecret: 'roampress-e2e-cluster-secret',
    purgeSecret: 'roampress-e2e-purge-secret',
    redisKeyPrefix,
    redisURL,
    root,
    showServerOutput: Boolean(process.env.CLUSTER_SERVER_OUTPUT),
    varnishAdminPort: Number(process.env.VARNISH_ADMIN_PORT || 6094),
    varnishd,
    varnishPort: varnish,
  })
  editor = await loginAs(first, 'editor@asia.test')
})

test.afterAll(async () => {
  test.setTimeout(60_000)
  await cluster?.stop()
  await dropPostgresDatabase(databaseURI)
  await deleteRedisKeys(redisURL, redisKeyPrefix)
})

test('should keep cache tags, drafts, previews, the admin and the API out of Varnish', async () => {
  const guide = await findGuide(first, editor, 'top-up-zong-pakistan')
  await warm(guidePath(guide.slug))
  const reader = await send(varnish, guidePath(guide.slug))
  expect([
    reader.headers['surrogate-key'],
    reader.headers['cache-tag'],
    reader.headers.xkey,
  ]).toEqual([undefined, undefined, undefined])
  const personal: { headers: Record<string, string>; path: string }[] = [
    { headers: { cookie: '__prerender_bypass=1' }, path: guidePath(guide.slug) },
    { headers: { cookie: 'roampress-preview=x' }, path: guidePath(guide.slug) },
    { headers: {}, path: `/api/guides/${guide.id}?depth=0` },
    { headers: {}, path: '/admin/login' },
  ]
  for (const request of personal) {
    await send(varnish, request.path, { headers: request.headers })
    const again = await send(varnish, request.path, { headers: request.headers })
    expect(again.headers['x-varnish-cache'], request.path).toBe('MISS')
  }
})

test('should show a change published on one server on the first request through Varnish and the other server', async () => {
  const guide = await findGuide(first, editor, 'activate-chunghwa-prepaid-sim-taiwan')
  await warm(guidePath(guide.slug))
  const title = `Activate a Chunghwa SIM (${randomUUID().slice(0, 8)})`
  expect((await patchGuide(first, guide.id, { _status: 'published', title })).status).toBe(200)
  const [front, back] = await everywhere(guidePath(guide.slug))
  expect([front.body.includes(title), back.body.includes(title)]).toEqual([true, true])
})

test('should take a guide unpublished on one server off Varnish and the other server at once', async () => {
  const guide = await findGuide(first, editor, 'activate-jazz-esim-pakistan')
  await warm(guidePath(guide.slug))
  expect((await patchGuide(first, guide.id, { _status: 'draft' })).status).toBe(200)
  const [front, back] = await everywhere(guidePath(guide.slug))
  expect([front.status, back.status]).toEqual([404, 404])
})

test('should run a due scheduled change once and show it everywhere', async () => {
  const guide = await findGuide(first, editor, 'activate-jazz-esim-pakistan')
  const before = JSON.parse(
    (
      await send(first, `/api/guides/${guide.id}?locale=en&depth=0`, {
        headers: editor,
        host: 'localhost',
      })
    ).body,
  )
  const scheduled = await send(first, '/api/scheduled-publications', {
    body: {
      action: 'publish',
      guide: guide.id,
      locale: 'en',
      runAt: new Date(Date.now() + 2000).toISOString(),
      tenant: before.tenant,
    },
    headers: editor,
    host: 'localhost',
    method: 'POST',
  })
  expect(scheduled.status).toBe(201)
  const entryID = JSON.parse(scheduled.body).doc.id
  const isLiveEverywhere = async () =>
    (await everywhere(guidePath(guide.slug))).every((reply) => reply.status === 200)
  expect(await waitUntil(isLiveEverywhere, 45_000)).toBe(true)
  // Both servers' job timers have had a turn since the change ran.
  await new Promise((resolve) => setTimeout(resolve, 16_000))
  const after = JSON.parse(
    (
      await send(second, `/api/guides/${guide.id}?locale=en&depth=0`, {
        headers: editor,
        host: 'localhost',
      })
    ).body,
  )
  const entry = JSON.parse(
    (
      await send(second, `/api/scheduled-publications/${entryID}?depth=0`, {
        headers: editor,
        host: 'localhost',
      })
    ).body,
  )
  expect([entry.state, after.editRevision - before.editRevision]).toEqual(['done', 1])
})

test('should stop showing a guide deleted on one server through Varnish and the other server', async () => {
  const guide = await findGuide(first, editor, 'check-balance-pakistan-sim')
  await warm(guidePath(guide.slug))
  const deleted = await send(first, `/api/guides/${guide.id}`, {
    headers: editor,
    host: 'localhost',
    method: 'DELETE',
  })
  expect(deleted.status).toBe(200)
  const [front, back] = await everywhere(guidePath(guide.slug))
  expect([front.status, back.status]).toEqual([404, 404])
})

test('should keep readers free of server errors and lose no acknowledged save when a server dies', async () => {
  test.setTimeout(120_000)
  const guide = await findGuide(first, editor, 'top-up-zong-pakistan')
  const readers: { at: number; status: number }[] = []
  const saves: { isAcknowledged: boolean; title: string }[] = []
  let killedAt = Number.POSITIVE_INFINITY
  let isDone = false
  let counter = 0

  const reader = async () => {
    while (!isDone) {
      const at = Date.now()
      const reply = await send(varnish, `/en/search?q=sim&reader=${(counter += 1)}`).catch(() => ({
        status: 0,
      }))
      readers.push({ at, status: reply.status })
    }
  }
  const editorLoop = async () => {
    while (!isDone) {
      const title = `Top up a Zong SIM (save ${saves.length + 1})`
      const reply = await send(varnish, `/api/guides/${guide.id}?locale=en&depth=0`, {
        body: { title },
        headers: editor,
        host: 'localhost',
        method: 'PATCH',
      }).catch(() => ({ status: 0 }))
      saves.push({ isAcknowledged: reply.status === 200, title })
    }
  }
  const running = Promise.all([reader(), reader(), reader(), editorLoop()])
  await new Promise((resolve) => setTimeout(resolve, 2000))
  killedAt = Date.now()
  await cluster.killServer(1)
  await new Promise((resolve) => setTimeout(resolve, 8000))
  isDone = true
  await running

  const afterNotice = readers.filter((request) => request.at >= killedAt + 3000)
  const failed = readers.filter((request) => request.status >= 500 || request.status === 0)
  test.info().annotations.push({
    description: `${readers.length} reader requests, ${failed.length} failed; ${saves.filter((save) => save.isAcknowledged).length} of ${saves.length} saves acknowledged`,
    type: 'measured',
  })
  expect(afterNotice.length).toBeGreaterThan(0)
  expect(afterNotice.filter((request) => request.status >= 500 || request.status === 0)).toEqual([])
  const lastAcknowledged = saves.map((save) => save.isAcknowledged).lastIndexOf(true)
  expect(lastAcknowledged).toBeGreaterThanOrEqual(0)
  const stored = JSON.parse(
    (
      await send(first, `/api/guides/${guide.id}?locale=en&depth=0`, {
        headers: editor,
        host: 'localhost',
      })
    ).body,
  )
  expect(saves.slice(lastAcknowledged).map((save) => save.title)).toContain(stored.title)
})

test("should answer a restarted server's first request for a page rendered before from the shared cache", async () => {
  test.setTimeout(180_000)
  const guide = await findGuide(first, editor, 'top-up-china-mobile-sim')
  await send(first, guidePath(guide.slug))
  await cluster.restartServer(1)
  const firstAnswer = await send(second, guidePath(guide.slug))
  expect([firstAnswer.status, firstAnswer.headers['x-nextjs-cache']]).toEqual([200, 'HIT'])
})
