import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { createClient } from 'redis'

const installHint = 'On Debian: apt-get update && apt-get install -y'

/** The varnishd binary, or an explanation of how to get it. */
export const findVarnishd = (): string => {
  for (const candidate of [process.env.VARNISHD, 'varnishd', '/usr/sbin/varnishd']) {
    if (candidate && spawnSync(candidate, ['-V']).status === 0) return candidate
  }
  throw new Error(
    `varnishd was not found. ${installHint} varnish varnish-modules (or set VARNISHD to its path).`,
  )
}

/** Fails with a clear message unless the xkey module of varnish-modules is installed. */
export const checkXkeyModule = (varnishd: string): void => {
  const dir = mkdtempSync(path.join(tmpdir(), 'roampress-vcl-check-'))
  // varnishd compiles as an unprivileged user, which must read the file.
  chmodSync(dir, 0o755)
  const vcl = path.join(dir, 'check.vcl')
  writeFileSync(vcl, 'vcl 4.1;\nimport xkey;\nbackend none none;\n')
  const result = spawnSync(varnishd, ['-C', '-f', vcl, '-n', dir])
  rmSync(dir, { force: true, recursive: true })
  if (result.status !== 0) {
    throw new Error(`Varnish's xkey module is missing. ${installHint} varnish-modules`)
  }
}

/**
 * Creates the PostgreSQL database named in `uri` if it is missing (or, with `fresh`, drops and
 * recreates it), connecting to the server's `postgres` database to do so.
 */
export const ensurePostgresDatabase = async (uri: string, fresh: boolean): Promise<void> => {
  const url = new URL(uri)
  const name = decodeURIComponent(url.pathname.slice(1))
  if (!/^[A-Za-z0-9_]+$/.test(name)) {
    throw new Error(`Use a database name of letters, digits and underscores, not "${name}".`)
  }
  url.pathname = '/postgres'
  const admin = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 3000 })
  try {
    await admin.connect()
  } catch (error) {
    throw new Error(
      `PostgreSQL does not answer at ${url.host} (${(error as Error).message}). ${installHint} postgresql, then pg_ctlcluster 15 main start (or set DATABASE_URI).`,
    )
  }
  try {
    if (fresh) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (exists.rowCount === 0) {
      await admin.query(`CREATE DATABASE "${name}"`)
      console.log(`Created the PostgreSQL database ${name}.`)
    }
  } finally {
    await admin.end()
  }
}

export const dropPostgresDatabase = async (uri: string): Promise<void> => {
  const url = new URL(uri)
  const name = decodeURIComponent(url.pathname.slice(1))
  url.pathname = '/postgres'
  const admin = new pg.Client({ connectionString: url.toString() })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  await admin.end()
}

export const checkRedis = async (url: string): Promise<void> => {
  const client = createClient({ socket: { connectTimeout: 2000, reconnectStrategy: false }, url })
  client.on('error', () => undefined)
  try {
    await client.connect()
    await client.ping()
  } catch (error) {
    throw new Error(
      `Redis does not answer at ${url} (${(error as Error).message}). ${installHint} redis-server, then redis-server --daemonize yes (or set REDIS_URL).`,
    )
  } finally {
    if (client.isOpen) await client.close()
  }
}

/** Deletes every key of one prefix (a test run's), never the rest of a shared Redis. */
export const deleteRedisKeys = async (url: string, prefix: string): Promise<void> => {
  const client = createClient({ url })
  await client.connect()
  for await (const keys of client.scanIterator({ COUNT: 500, MATCH: `${prefix}*` })) {
    if (keys.length > 0) await client.del(keys)
  }
  await client.close()
}
