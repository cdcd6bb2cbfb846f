import path from 'node:path'

import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'

import { migrations as postgresMigrations } from '@/migrations/postgres'
import { migrations as sqliteMigrations } from '@/migrations/sqlite'
import { addPostgresSearchVector } from '@/lib/search/postgresSearchVector'
import { withDerivedSearchIndex } from '@/lib/search/withDerivedSearchIndex'
import { databaseKindOf } from '@/lib/env/databaseKind'
import { serializeSqliteWrites } from './serializeSqliteWrites'

export { databaseKindOf, type DatabaseKind } from '@/lib/env/databaseKind'

/**
 * Built from the working directory, not from import.meta.url: inside the Next bundle the module
 * URL points into .next/, which would put the database somewhere `next build` wipes.
 */
export const defaultSqliteUri = (): string =>
  `file:${path.join(process.cwd(), 'data', 'roampress.db')}`

/**
 * The only place that knows which database runs. Everything else talks to Payload, and IDs are
 * numbers on SQL databases and strings on MongoDB.
 */
export const createDatabaseAdapter = (uri = process.env.DATABASE_URI): DatabaseAdapterObj => {
  const kind = databaseKindOf(uri)
  // The schema is pushed in development and tests; production applies the committed migrations
  // when the server boots, so a fresh database works with `next start` alone.
  const push = process.env.NODE_ENV !== 'production'

  if (kind === 'postgres') {
    return postgresAdapter({
      afterSchemaInit: [addPostgresSearchVector],
      migrationDir: path.join(process.cwd(), 'migrations', 'postgres'),
      pool: { connectionString: uri },
      prodMigrations: postgresMigrations,
      push,
    })
  }

  if (kind === 'mongodb') {
    return mongooseAdapter({
      url: uri as string,
      // Transactions need a replica set. Set MONGODB_TRANSACTIONS=false for a standalone server.
      transactionOptions:
        process.env.MONGODB_TRANSACTIONS === 'false'
          ? false
          : { readConcern: { level: 'snapshot' }, writeConcern: { w: 'majority' } },
    })
  }

  // Without transactionOptions the SQLite adapter runs no transactions at all: a save killed
  // half-way would leave the document written but not its version.
  return serializeSqliteWrites(
    withDerivedSearchIndex(
      sqliteAdapter({
        client: { url: uri || defaultSqliteUri() },
        migrationDir: path.join(process.cwd(), 'migrations', 'sqlite'),
        prodMigrations: sqliteMigrations,
        push,
        transactionOptions: { behavior: 'immediate' },
      }),
    ),
  )
}
