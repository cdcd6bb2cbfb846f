import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { createScaleIndexStatements, dropScaleIndexStatements } from '@/lib/db/scaleIndexes'
import {
  postgresSearchIndexDropStatements,
  postgresSearchIndexStatements,
} from '@/lib/search/searchIndexSchema'

/** Written by hand: the adapters cannot declare these indexes (see lib/db/scaleIndexes.ts). */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const statement of [...createScaleIndexStatements(), ...postgresSearchIndexStatements]) {
    await db.execute(sql.raw(statement))
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const statement of [...postgresSearchIndexDropStatements, ...dropScaleIndexStatements()]) {
    await db.execute(sql.raw(statement))
  }
}
