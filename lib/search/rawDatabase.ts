import type { Payload } from 'payload'

export type Row = Record<string, unknown>

type Query = (text: string, params?: unknown[]) => Promise<Row[]>

export type RawDatabase =
  | { kind: 'mongodb' }
  | {
      kind: 'postgres'
      query: Query
      /** Runs queries in one transaction on one connection, after `SET LOCAL` settings. */
      withSettings: <T>(settings: string[], run: (query: Query) => Promise<T>) => Promise<T>
    }
  | { kind: 'sqlite'; query: Query }

type SqliteClient = {
  execute: (statement: { args: unknown[]; sql: string }) => Promise<{ rows: Row[] }>
}
type PostgresClient = { query: (text: string, params?: unknown[]) => Promise<{ rows: Row[] }> }
type PostgresPool = PostgresClient & {
  connect: () => Promise<PostgresClient & { release: () => void }>
}

/**
 * Parameterized SQL on the adapter's own connection, for the few statements Payload's query
 * language cannot express (full-text matching and ranking, index DDL). SQLite takes `?`
 * placeholders, PostgreSQL `$1`.
 */
export const rawDatabaseOf = (payload: Payload): RawDatabase => {
  const db = payload.db as unknown as { client?: SqliteClient; name: string; pool?: PostgresPool }
  if (db.name === 'sqlite' && db.client) {
    const client = db.client
    return {
      kind: 'sqlite',
      query: async (text, params = []) => (await client.execute({ args: params, sql: text })).rows,
    }
  }
  if (db.name === 'postgres' && db.pool) {
    const pool = db.pool
    return {
      kind: 'postgres',
      query: async (text, params) => (await pool.query(text, params)).rows,
      withSettings: async (settings, run) => {
        const client = await pool.connect()
        try {
          await client.query('BEGIN')
          for (const setting of settings) await client.query(`SET LOCAL ${setting}`)
          const result = await run(async (text, params) => (await client.query(text, params)).rows)
          await client.query('COMMIT')
          return result
        } catch (error) {
          await client.query('ROLLBACK')
          throw error
        } finally {
          client.release()
        }
      },
    }
  }
  if (db.name === 'mongoose') return { kind: 'mongodb' }
  throw new Error(`No full-text search for the ${db.name} database adapter`)
}
