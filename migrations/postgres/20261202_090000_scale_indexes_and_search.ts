import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { createScaleIndexStatements, dropScaleIndexStatements } from '@/lib/db/scaleIndexes'

/**
 * Written by hand: the adapters cannot declare these indexes (see lib/db/scaleIndexes.ts). The
 * search vector and its GIN index are part of the schema (lib/search/postgresSearchVector.ts).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const statement of createScaleIndexStatements()) await db.execute(sql.raw(statement))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const statement of dropScaleIndexStatements()) await db.execute(sql.raw(statement))
}
