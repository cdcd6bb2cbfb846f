import type { Payload } from 'payload'

import { rawDatabaseOf } from './rawDatabase'
import { mongoSearchIndex, sqliteSearchIndexStatements } from './searchIndexSchema'

type MongoModel = {
  collection: {
    createIndex: (
      keys: Record<string, unknown>,
      options: Record<string, unknown>,
    ) => Promise<unknown>
  }
}

/**
 * Creates the SQLite or MongoDB full-text index when it is missing. Migrations create it in
 * production; a pushed schema (development, tests) knows nothing of it, so Payload's onInit calls
 * this too.
 */
export const ensureSearchIndex = async (payload: Payload): Promise<void> => {
  const database = rawDatabaseOf(payload)
  if (database.kind === 'mongodb') {
    const model = (payload.db as unknown as { collections: Record<string, MongoModel> })
      .collections['search-entries']
    await model.collection.createIndex(mongoSearchIndex.keys, { ...mongoSearchIndex.options })
    return
  }
  // PostgreSQL's vector and index are part of the schema (postgresSearchVector.ts).
  if (database.kind === 'postgres') return
  const existing = await database.query(
    `SELECT name FROM sqlite_master WHERE name = 'search_entries_fts'`,
  )
  if (existing.length > 0) return
  for (const statement of sqliteSearchIndexStatements) await database.query(statement)
  // A pushed database drops the index before each push (withDerivedSearchIndex): refill it.
  await database.query(`INSERT INTO search_entries_fts(search_entries_fts) VALUES ('rebuild')`)
}
