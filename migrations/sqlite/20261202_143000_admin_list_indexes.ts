import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Written by hand: covering indexes for the admin's guide lists (why: lib/db/scaleIndexes.ts):
 * their count of the latest versions of a person's publications, and the reads that test a
 * guide's (or latest version's) status in the asked locale, read the index alone.
 */
const upStatements = [
  'CREATE INDEX IF NOT EXISTS "_guides_v_latest_tenant_updated_at_idx" ON "_guides_v" ("latest", "version_tenant_id", "version_updated_at")',
  'CREATE INDEX IF NOT EXISTS "_guides_v_locales_parent_locale_status_idx" ON "_guides_v_locales" ("_parent_id", "_locale", "version__status")',
  'CREATE INDEX IF NOT EXISTS "guides_locales_parent_locale_status_idx" ON "guides_locales" ("_parent_id", "_locale", "_status")',
]

const downStatements = [
  'DROP INDEX IF EXISTS "_guides_v_latest_tenant_updated_at_idx"',
  'DROP INDEX IF EXISTS "_guides_v_locales_parent_locale_status_idx"',
  'DROP INDEX IF EXISTS "guides_locales_parent_locale_status_idx"',
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const statement of upStatements) await db.run(sql.raw(statement))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const statement of downStatements) await db.run(sql.raw(statement))
}
