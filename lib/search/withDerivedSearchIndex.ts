import type { DatabaseAdapterObj } from 'payload'

import { sqliteSearchIndexDropStatements } from './searchIndexSchema'

type SqliteAdapter = {
  client?: { execute: (statement: string) => Promise<unknown> }
  connect: (options?: unknown) => Promise<void>
  push?: boolean
}

/**
 * Payload pushes the schema of a development or test SQLite database with drizzle-kit, which
 * treats the FTS5 table and its shadow tables as unknown tables to drop, and stops the server on
 * a data-loss prompt. The index holds only derived data, so before a push it is dropped, and
 * ensureSearchIndex (onInit) creates it again and rebuilds it from search_entries. Migrated
 * (production) databases are never pushed and keep it. Payload exposes no hook between opening
 * the connection and pushing, hence the wrapped connect: it opens the client without pushing,
 * drops the index, then connects again to push (the adapter keeps the open client).
 */
export const withDerivedSearchIndex = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args) as unknown as SqliteAdapter
    const connect = adapter.connect
    adapter.connect = async function connectWithoutSearchIndex(this: SqliteAdapter, options) {
      if (this.push === false || process.env.NODE_ENV === 'production') {
        return connect.call(this, options)
      }
      this.push = false
      await connect.call(this, options)
      this.push = true
      for (const statement of sqliteSearchIndexDropStatements) await this.client?.execute(statement)
      return connect.call(this, options)
    }
    return adapter as unknown as ReturnType<DatabaseAdapterObj['init']>
  },
})
