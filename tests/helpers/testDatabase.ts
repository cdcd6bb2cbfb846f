import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'

export type TestDatabase = {
  drop: () => Promise<void>
  kind: 'postgres' | 'sqlite'
  uri: string
}

/**
 * A fresh, empty database per test file: a temporary SQLite file, or, when TEST_POSTGRES_URI
 * names a PostgreSQL server, a new database on it that is dropped afterwards.
 */
export const createTestDatabase = async (): Promise<TestDatabase> => {
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
      },
      kind: 'postgres',
      uri: url.toString(),
    }
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'roampress-test-'))
  return {
    drop: async () => rmSync(dir, { force: true, recursive: true }),
    kind: 'sqlite',
    uri: `file:${path.join(dir, 'test.db')}`,
  }
}
