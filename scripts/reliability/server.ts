import { type ChildProcess } from 'node:child_process'
import { closeSync, mkdirSync, openSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { clearPageCache } from '../lib/clearPageCache'
import { seededServerEnv } from '../lib/seededServerEnv'
import { startProductionServer } from '../lib/startProductionServer'

export type DatabaseKind = 'postgres' | 'sqlite'

/** A fresh database for one run: a SQLite file under data/, or a new PostgreSQL database. */
const createDatabase = async (kind: DatabaseKind, dataDir: string) => {
  if (kind === 'sqlite') {
    return { drop: async () => undefined, uri: `file:${path.join(dataDir, 'roampress.db')}` }
  }
  const serverUri = process.env.TEST_POSTGRES_URI as string
  const name = `roampress_reliability_${process.pid}_${Date.now().toString(36)}`
  const admin = new pg.Client({ connectionString: serverUri })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  const url = new URL(serverUri)
  url.pathname = `/${name}`
  return {
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUri })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await client.end()
    },
    uri: url.toString(),
  }
}

const waitUntilUp = async (base: string, server: ChildProcess) => {
  const started = Date.now()
  while (Date.now() - started < 180_000) {
    if (server.exitCode !== null) throw new Error(`The server exited with ${server.exitCode}.`)
    try {
      // The guides API answers once Payload has started and migrated (the seed runs at init).
      const response = await fetch(`${base}/api/guides?limit=1&depth=0`)
      if (response.ok) return Date.now() - started
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`The server on ${base} did not come up within three minutes.`)
}

/**
 * The production server (`npm start`'s server.ts, compiled) on a fresh seeded database, which the
 * run can kill with SIGKILL and start again on the same database and port.
 */
export const startReliabilityServer = async ({
  kind,
  port,
  root,
}: {
  kind: DatabaseKind
  port: number
  root: string
}) => {
  const dataDir = path.join(root, 'data', `reliability-${kind}`)
  const baseEnv = seededServerEnv({ dataDir, port, secret: `roampress-reliability-${kind}` })
  mkdirSync(dataDir, { recursive: true })
  const database = await createDatabase(kind, dataDir)
  const env = { ...baseEnv, DATABASE_URI: database.uri }
  const base = `http://127.0.0.1:${port}`
  const logFile = path.join(dataDir, 'server.log')
  let server: ChildProcess
  let log: number

  const start = async (): Promise<number> => {
    clearPageCache(root)
    log = openSync(logFile, 'a')
    server = startProductionServer(root, env, ['ignore', log, log])
    return waitUntilUp(base, server)
  }

  const kill = async (): Promise<void> => {
    const exited = new Promise((resolve) => server.once('exit', resolve))
    server.kill('SIGKILL')
    await exited
    closeSync(log)
  }

  const bootMs = await start()
  return {
    base,
    bootMs,
    kill,
    logFile,
    restart: start,
    stop: async () => {
      if (server.exitCode === null) await kill()
      await database.drop()
    },
  }
}

export type ReliabilityServer = Awaited<ReturnType<typeof startReliabilityServer>>
