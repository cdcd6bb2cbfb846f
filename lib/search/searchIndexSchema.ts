/**
 * The full-text index over the `search-entries` collection, in each database's own terms. Payload
 * cannot declare these (an FTS5 virtual table, an expression GIN index, a weighted text index), so
 * they are created by the migrations and, for databases whose schema Payload pushes (development
 * and tests), when Payload starts (ensureSearchIndex). Every statement is idempotent.
 */

/** SQLite: an FTS5 table over search_entries, kept in step by triggers. */
export const sqliteSearchIndexStatements = [
  `CREATE VIRTUAL TABLE IF NOT EXISTS search_entries_fts USING fts5(scope, title_terms, summary_terms, body_terms, content='search_entries', content_rowid='id')`,
  `CREATE TRIGGER IF NOT EXISTS search_entries_fts_insert AFTER INSERT ON search_entries BEGIN
    INSERT INTO search_entries_fts(rowid, scope, title_terms, summary_terms, body_terms)
    VALUES (new.id, new.scope, new.title_terms, new.summary_terms, new.body_terms);
  END`,
  `CREATE TRIGGER IF NOT EXISTS search_entries_fts_delete AFTER DELETE ON search_entries BEGIN
    INSERT INTO search_entries_fts(search_entries_fts, rowid, scope, title_terms, summary_terms, body_terms)
    VALUES ('delete', old.id, old.scope, old.title_terms, old.summary_terms, old.body_terms);
  END`,
  `CREATE TRIGGER IF NOT EXISTS search_entries_fts_update AFTER UPDATE ON search_entries BEGIN
    INSERT INTO search_entries_fts(search_entries_fts, rowid, scope, title_terms, summary_terms, body_terms)
    VALUES ('delete', old.id, old.scope, old.title_terms, old.summary_terms, old.body_terms);
    INSERT INTO search_entries_fts(rowid, scope, title_terms, summary_terms, body_terms)
    VALUES (new.id, new.scope, new.title_terms, new.summary_terms, new.body_terms);
  END`,
]

export const sqliteSearchIndexDropStatements = [
  'DROP TRIGGER IF EXISTS search_entries_fts_update',
  'DROP TRIGGER IF EXISTS search_entries_fts_delete',
  'DROP TRIGGER IF EXISTS search_entries_fts_insert',
  'DROP TABLE IF EXISTS search_entries_fts',
]

/**
 * PostgreSQL: one weighted tsvector (title A, summary B, body D; the scope term unweighted) and a
 * GIN index on exactly this expression, which the query repeats so the planner uses the index.
 * The 'simple' configuration only lower-cases and splits on spaces: the terms are already cut.
 */
export const postgresSearchVector = `(setweight(to_tsvector('simple', coalesce(title_terms, '')), 'A') || setweight(to_tsvector('simple', coalesce(summary_terms, '')), 'B') || setweight(to_tsvector('simple', coalesce(body_terms, '')), 'D') || to_tsvector('simple', scope))`

export const postgresSearchIndexStatements = [
  `CREATE INDEX IF NOT EXISTS search_entries_document_idx ON search_entries USING GIN (${postgresSearchVector})`,
]

export const postgresSearchIndexDropStatements = [
  'DROP INDEX IF EXISTS search_entries_document_idx',
]

/** MongoDB: one text index with the same field weights (the scope is filtered as a field). */
export const mongoSearchIndex = {
  keys: { bodyTerms: 'text', summaryTerms: 'text', titleTerms: 'text' },
  options: {
    default_language: 'none',
    name: 'search_entries_text',
    weights: { bodyTerms: 1, summaryTerms: 4, titleTerms: 10 },
  },
} as const
