import type { Payload } from 'payload'

import { rawDatabaseOf } from './rawDatabase'
import {
  mongoSearchIndex,
  postgresSearchIndexStatements,
  sqliteSearchIndexStatements,
} from './searchIndexSchema'

type MongoModel = {
  collection: {
    createIndex: (
      keys: Record<string, unknown>,
      options: Record<string, unknown>,
    ) => Promise<unknown>
  }
}

/**
 * Creates the full-text index when it is missing. Migrations create it in production; a pushed
 * schema (development, tests) knows nothing of it, so Payload's onInit calls this too.
 */
export const ensureSearchIndex = async (payload: Payload): Promise<void> => {
  const database = rawDatabaseOf(payload)
  if (database.kind === 'mongodb') {
    const model = (payload.db as unknown as { collections: Record<string, MongoModel> })
      .collections['search-entries']
    await model.collection.createIndex(mongoSearchIndex.keys, { ...mongoSearchIndex.options })
    return
  }
  const statements =
    database.kind === 'sqlite' ? sqliteSearchIndexStatements : postgresSearchIndexStatements
  for (const statement of statements) await database.query(statement)
}
