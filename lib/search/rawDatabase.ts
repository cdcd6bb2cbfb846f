import type { Payload } from 'payload'

export type Row = Record<string, unknown>

export type RawDatabase =
  | { kind: 'mongodb' }
  | { kind: 'postgres' | 'sqlite'; query: (text: string, params?: unknown[]) => Promise<Row[]> }

type SqliteClient = {
  execute: (statement: { args: unknown[]; sql: string }) => Promise<{ rows: Row[] }>
}
type PostgresPool = { query: (text: string, params?: unknown[]) => Promise<{ rows: Row[] }> }

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
    }
  }
  if (db.name === 'mongoose') return { kind: 'mongodb' }
  throw new Error(`No full-text search for the ${db.name} database adapter`)
}
