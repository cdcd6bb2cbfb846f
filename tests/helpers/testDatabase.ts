import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'

export type TestDatabase = {
  drop: () => Promise<void>
  kind: 'postgres' | 'sqlite'
  /** A temporary folder for files the test run writes (uploads), removed by drop(). */
  scratchDir: string
  uri: string
}

/**
 * A fresh, empty database per test file: a temporary SQLite file, or, when TEST_POSTGRES_URI
 * names a PostgreSQL server, a new database on it that is dropped afterwards.
 */
export const createTestDatabase = async (): Promise<TestDatabase> => {
  const scratchDir = mkdtempSync(path.join(tmpdir(), 'roampress-test-'))
  const serverUri = process.env.TEST_POSTGRES_URI
  if (serverUri) {
    const name = `roampress_test_${process.pid}_${Date.now().toString(36)}`
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
        rmSync(scratchDir, { force: true, recursive: true })
      },
      kind: 'postgres',
      scratchDir,
      uri: url.toString(),
    }
  }
  return {
    drop: async () => rmSync(scratchDir, { force: true, recursive: true }),
    kind: 'sqlite',
    scratchDir,
    uri: `file:${path.join(scratchDir, 'test.db')}`,
  }
}
