import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Written by hand: indexes the adapters cannot declare (why each: lib/db/scaleIndexes.ts). The
 * search vectors and their GIN index are part of the schema (lib/search/postgresSearchVector.ts).
 * The statements are spelled out here so this migration keeps meaning what it did when it ran.
 */
const upStatements = [
  'CREATE INDEX IF NOT EXISTS "guides_locales_parent_id_idx" ON "guides_locales" ("_parent_id")',
  'CREATE INDEX IF NOT EXISTS "_guides_v_locales_parent_id_idx" ON "_guides_v_locales" ("_parent_id")',
  'CREATE INDEX IF NOT EXISTS "media_locales_parent_id_idx" ON "media_locales" ("_parent_id")',
  'CREATE INDEX IF NOT EXISTS "glossary_locales_parent_id_idx" ON "glossary_locales" ("_parent_id")',
  'CREATE INDEX IF NOT EXISTS "countries_locales_parent_id_idx" ON "countries_locales" ("_parent_id")',
  'CREATE INDEX IF NOT EXISTS "carriers_locales_parent_id_idx" ON "carriers_locales" ("_parent_id")',
  'CREATE INDEX IF NOT EXISTS "tenants_locales_parent_id_idx" ON "tenants_locales" ("_parent_id")',
  'CREATE INDEX IF NOT EXISTS "countries_texts_parent_idx" ON "countries_texts" ("parent_id")',
  'CREATE INDEX IF NOT EXISTS "carriers_texts_parent_idx" ON "carriers_texts" ("parent_id")',
  'CREATE INDEX IF NOT EXISTS "tenants_texts_parent_idx" ON "tenants_texts" ("parent_id")',
  'CREATE INDEX IF NOT EXISTS "_guides_v_parent_latest_idx" ON "_guides_v" ("parent_id", "latest")',
  'CREATE INDEX IF NOT EXISTS "_guides_v_parent_updated_at_idx" ON "_guides_v" ("parent_id", "updated_at")',
  'CREATE INDEX IF NOT EXISTS "_guides_v_latest_updated_at_idx" ON "_guides_v" ("latest", "updated_at")',
  'CREATE INDEX IF NOT EXISTS "guides_tenant_updated_at_idx" ON "guides" ("tenant_id", "updated_at", "created_at")',
  'CREATE INDEX IF NOT EXISTS "guides_locales_locale_status_parent_idx" ON "guides_locales" ("_locale", "_status", "_parent_id")',
]

const downStatements = [
  'DROP INDEX IF EXISTS "guides_locales_parent_id_idx"',
  'DROP INDEX IF EXISTS "_guides_v_locales_parent_id_idx"',
  'DROP INDEX IF EXISTS "media_locales_parent_id_idx"',
  'DROP INDEX IF EXISTS "glossary_locales_parent_id_idx"',
  'DROP INDEX IF EXISTS "countries_locales_parent_id_idx"',
  'DROP INDEX IF EXISTS "carriers_locales_parent_id_idx"',
  'DROP INDEX IF EXISTS "tenants_locales_parent_id_idx"',
  'DROP INDEX IF EXISTS "countries_texts_parent_idx"',
  'DROP INDEX IF EXISTS "carriers_texts_parent_idx"',
  'DROP INDEX IF EXISTS "tenants_texts_parent_idx"',
  'DROP INDEX IF EXISTS "_guides_v_parent_latest_idx"',
  'DROP INDEX IF EXISTS "_guides_v_parent_updated_at_idx"',
  'DROP INDEX IF EXISTS "_guides_v_latest_updated_at_idx"',
  'DROP INDEX IF EXISTS "guides_tenant_updated_at_idx"',
  'DROP INDEX IF EXISTS "guides_locales_locale_status_parent_idx"',
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const statement of upStatements) await db.execute(sql.raw(statement))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const statement of downStatements) await db.execute(sql.raw(statement))
}
