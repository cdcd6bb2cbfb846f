import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

import { createScaleIndexStatements, dropScaleIndexStatements } from '@/lib/db/scaleIndexes'
import {
  sqliteSearchIndexDropStatements,
  sqliteSearchIndexStatements,
} from '@/lib/search/searchIndexSchema'

/** Written by hand: the adapters cannot declare these indexes (see lib/db/scaleIndexes.ts). */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const statement of [...createScaleIndexStatements(), ...sqliteSearchIndexStatements]) {
    await db.run(sql.raw(statement))
  }
  // Entries written before the triggers existed are indexed once.
  await db.run(sql.raw(`INSERT INTO search_entries_fts(search_entries_fts) VALUES ('rebuild')`))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const statement of [...sqliteSearchIndexDropStatements, ...dropScaleIndexStatements()]) {
    await db.run(sql.raw(statement))
  }
}
