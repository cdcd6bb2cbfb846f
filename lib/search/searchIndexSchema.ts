/**
 * The full-text index over the `search-entries` collection, in each database's own terms. SQLite's
 * FTS5 table and MongoDB's weighted text index cannot be declared through Payload: the migrations
 * create them and, for databases whose schema Payload pushes (development and tests), so does
 * ensureSearchIndex when Payload starts. PostgreSQL's stored tsvector and GIN index are declared in
 * the schema (postgresSearchVector.ts).
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
 * PostgreSQL: the generation expression of search_entries.document (lib/search/postgresSearchVector.ts),
 * one weighted tsvector: title A, summary B, body D, the scope term unweighted. The 'simple'
 * configuration only lower-cases and splits on spaces: the terms are already cut. Ranking reads
 * a second, small vector of the title and summary only (rank_document): a body match ranks below
 * both, and the body's long vector is never read back to rank thousands of matches.
 */
export const postgresRankVectorExpression = `setweight(to_tsvector('simple', coalesce(title_terms, '')), 'A') || setweight(to_tsvector('simple', coalesce(summary_terms, '')), 'B')`

export const postgresSearchVectorExpression = `setweight(to_tsvector('simple', coalesce(title_terms, '')), 'A') || setweight(to_tsvector('simple', coalesce(summary_terms, '')), 'B') || setweight(to_tsvector('simple', coalesce(body_terms, '')), 'D') || to_tsvector('simple', scope)`

/** MongoDB: one text index with the same field weights (the scope is filtered as a field). */
export const mongoSearchIndex = {
  keys: { bodyTerms: 'text', summaryTerms: 'text', titleTerms: 'text' },
  options: {
    default_language: 'none',
    name: 'search_entries_text',
    weights: { bodyTerms: 1, summaryTerms: 4, titleTerms: 10 },
  },
} as const
