import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Written by hand: indexes the adapters cannot declare (why each: lib/db/scaleIndexes.ts) and the
 * FTS5 table over search_entries with its triggers (lib/search/searchIndexSchema.ts). The
 * statements are spelled out here so this migration keeps meaning what it did when it ran.
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
  "CREATE VIRTUAL TABLE IF NOT EXISTS search_entries_fts USING fts5(scope, title_terms, summary_terms, body_terms, content='search_entries', content_rowid='id')",
  'CREATE TRIGGER IF NOT EXISTS search_entries_fts_insert AFTER INSERT ON search_entries BEGIN\n    INSERT INTO search_entries_fts(rowid, scope, title_terms, summary_terms, body_terms)\n    VALUES (new.id, new.scope, new.title_terms, new.summary_terms, new.body_terms);\n  END',
  "CREATE TRIGGER IF NOT EXISTS search_entries_fts_delete AFTER DELETE ON search_entries BEGIN\n    INSERT INTO search_entries_fts(search_entries_fts, rowid, scope, title_terms, summary_terms, body_terms)\n    VALUES ('delete', old.id, old.scope, old.title_terms, old.summary_terms, old.body_terms);\n  END",
  "CREATE TRIGGER IF NOT EXISTS search_entries_fts_update AFTER UPDATE ON search_entries BEGIN\n    INSERT INTO search_entries_fts(search_entries_fts, rowid, scope, title_terms, summary_terms, body_terms)\n    VALUES ('delete', old.id, old.scope, old.title_terms, old.summary_terms, old.body_terms);\n    INSERT INTO search_entries_fts(rowid, scope, title_terms, summary_terms, body_terms)\n    VALUES (new.id, new.scope, new.title_terms, new.summary_terms, new.body_terms);\n  END",
]

const downStatements = [
  'DROP TRIGGER IF EXISTS search_entries_fts_update',
  'DROP TRIGGER IF EXISTS search_entries_fts_delete',
  'DROP TRIGGER IF EXISTS search_entries_fts_insert',
  'DROP TABLE IF EXISTS search_entries_fts',
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
  for (const statement of upStatements) await db.run(sql.raw(statement))
  // Entries written before the triggers existed are indexed once.
  await db.run(sql.raw(`INSERT INTO search_entries_fts(search_entries_fts) VALUES ('rebuild')`))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const statement of downStatements) await db.run(sql.raw(statement))
}
