import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Written by hand: covering indexes for the admin's guide lists (why: lib/db/scaleIndexes.ts).
 * Their count joins each guide's (or latest version's) row of the asked locale to test its
 * status; with these the join reads the index alone.
 */
const upStatements = [
  'CREATE INDEX IF NOT EXISTS "_guides_v_locales_parent_locale_status_idx" ON "_guides_v_locales" ("_parent_id", "_locale", "version__status")',
  'CREATE INDEX IF NOT EXISTS "guides_locales_parent_locale_status_idx" ON "guides_locales" ("_parent_id", "_locale", "_status")',
]

const downStatements = [
  'DROP INDEX IF EXISTS "_guides_v_locales_parent_locale_status_idx"',
  'DROP INDEX IF EXISTS "guides_locales_parent_locale_status_idx"',
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const statement of upStatements) await db.execute(sql.raw(statement))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const statement of downStatements) await db.execute(sql.raw(statement))
}
