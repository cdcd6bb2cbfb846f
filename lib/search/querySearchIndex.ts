import type { Payload } from 'payload'

import { rawDatabaseOf, type Row } from './rawDatabase'

export type SearchIndexRow = {
  body: string
  guideID: number | string
  guideUpdatedAt: string
  slug: string
  summary: string
  title: string
}

export type SearchIndexPage = { rows: SearchIndexRow[]; total: number }

type Query = {
  limit: number
  offset: number
  /** How many of the newest matches are ranked (rankedMatches unless a test lowers it). */
  rankedWindow?: number
  scope: string
  terms: string[]
}

const quoteFts = (term: string) => `"${term.replaceAll('"', '""')}"`

/** Every term must occur in the title, summary or body; the scope term narrows to one tenant and locale. */
const ftsMatch = ({ scope, terms }: Query) =>
  `scope : ${quoteFts(scope)} AND {title_terms summary_terms body_terms} : (${terms.map(quoteFts).join(' AND ')})`

const toRow = (row: Row): SearchIndexRow => ({
  body: String(row.body ?? ''),
  guideID: row.guide_id as number | string,
  guideUpdatedAt: new Date(row.guide_updated_at as string).toISOString(),
  slug: String(row.slug),
  summary: String(row.summary ?? ''),
  title: String(row.title),
})

const columns = 'e.guide_id, e.slug, e.title, e.summary, e.body, e.guide_updated_at'

type MongoModel = {
  countDocuments: (filter: Row) => Promise<number>
  find: (
    filter: Row,
    projection: Row,
  ) => {
    sort: (order: Row) => {
      skip: (n: number) => { limit: (n: number) => { lean: () => Promise<Row[]> } }
    }
  }
}

/**
 * How many of the newest matches are ranked by relevance. A common word matches most of a large
 * publication, and scoring every match costs time in proportion to the publication; past this
 * window the remaining (older) matches follow, newest first. 200 is 10 pages of results.
 */
export const rankedMatches = 200

type PageOf = (limit: number, offset: number) => Promise<Row[]>

/**
 * A page of results: the part of it inside the ranked window, then, for a page reaching past
 * the window, the older matches that follow.
 */
const pageAcrossWindow = async (
  { limit, offset, rankedWindow }: Query & { rankedWindow: number },
  total: number,
  part: { older: PageOf; ranked: PageOf },
): Promise<Row[]> => {
  const window = Math.min(total, rankedWindow)
  const ranked = offset < window ? await part.ranked(Math.min(limit, window - offset), offset) : []
  const rest = limit - ranked.length
  if (rest <= 0 || offset + ranked.length >= total) return ranked
  return [...ranked, ...(await part.older(rest, Math.max(0, offset - rankedWindow)))]
}

/**
 * One page of the published guides matching every term, best first among the newest
 * `rankedMatches` matches, then the older ones newest first: BM25 with the title weighted
 * above the summary above the body on SQLite, ts_rank with the same order of weights on
 * PostgreSQL, the text score on MongoDB; ties go to the most recently published entry.
 */
export const querySearchIndex = async (
  payload: Payload,
  asked: Query,
): Promise<SearchIndexPage> => {
  const database = rawDatabaseOf(payload)
  if (asked.terms.length === 0) return { rows: [], total: 0 }
  const query = { ...asked, rankedWindow: asked.rankedWindow ?? rankedMatches }

  if (database.kind === 'sqlite') {
    const match = ftsMatch(query)
    const [counted, floor] = await Promise.all([
      database.query(
        'SELECT count(*) AS total FROM search_entries_fts WHERE search_entries_fts MATCH ?',
        [match],
      ),
      // FTS5 walks its index in entry order, so the newest matches come without a sort.
      database.query(
        `SELECT min(rowid) AS floor FROM (
           SELECT rowid FROM search_entries_fts WHERE search_entries_fts MATCH ?
           ORDER BY rowid DESC LIMIT ?
         )`,
        [match, query.rankedWindow],
      ),
    ])
    const total = Number(counted[0]?.total ?? 0)
    const floorID = Number(floor[0]?.floor ?? 0)
    const rows = await pageAcrossWindow(query, total, {
      // Ranked on the index alone, then only the page's rows are read: joining first would read
      // every match's full text before sorting. Ties go to the entry written last.
      older: (limit, offset) =>
        database.query(
          `SELECT ${columns} FROM (
             SELECT rowid FROM search_entries_fts WHERE search_entries_fts MATCH ? AND rowid < ?
             ORDER BY rowid DESC LIMIT ? OFFSET ?
           ) AS older JOIN search_entries e ON e.id = older.rowid
           ORDER BY older.rowid DESC`,
          [match, floorID, limit, offset],
        ),
      ranked: (limit, offset) =>
        database.query(
          `SELECT ${columns} FROM (
             SELECT rowid, bm25(search_entries_fts, 0.0, 10.0, 4.0, 1.0) AS score
             FROM search_entries_fts WHERE search_entries_fts MATCH ? AND rowid >= ?
             ORDER BY score, rowid DESC LIMIT ? OFFSET ?
           ) AS ranked JOIN search_entries e ON e.id = ranked.rowid
           ORDER BY ranked.score, ranked.rowid DESC`,
          [match, floorID, limit, offset],
        ),
    })
    return { rows: rows.map(toRow), total }
  }

  if (database.kind === 'postgres') {
    const text = [query.scope, ...query.terms].join(' ')
    // A common word matches a large share of the entries, and the planner then prefers reading
    // the whole table, decompressing every stored vector to test it (ten times slower than the
    // GIN index at 5,000 guides): the search queries run with sequential scans ruled out.
    return database.withSettings(['enable_seqscan = off'], async (run) => {
      const counted = await run(
        `SELECT count(*) AS total FROM search_entries WHERE document @@ plainto_tsquery('simple', $1)`,
        [text],
      )
      const total = Number(counted[0]?.total ?? 0)
      // Ranked on the title and summary vector by the text terms alone (with the scope term,
      // ts_rank's proximity measure would favour matches near it), among the newest matches
      // only; only the page's rows are read in full.
      const rows = await pageAcrossWindow(query, total, {
        older: (limit, offset) =>
          run(
            `SELECT ${columns} FROM (
               SELECT id FROM search_entries
               WHERE document @@ plainto_tsquery('simple', $1)
               ORDER BY id DESC LIMIT $2 OFFSET $3
             ) AS older JOIN search_entries e ON e.id = older.id
             ORDER BY older.id DESC`,
            [text, limit, offset + query.rankedWindow],
          ),
        ranked: (limit, offset) =>
          run(
            `SELECT ${columns} FROM (
               SELECT id, ts_rank(rank_document, plainto_tsquery('simple', $2)) AS score
               FROM (
                 SELECT id, rank_document FROM search_entries
                 WHERE document @@ plainto_tsquery('simple', $1)
                 ORDER BY id DESC LIMIT $5
               ) AS newest
               ORDER BY score DESC, id DESC LIMIT $3 OFFSET $4
             ) AS ranked JOIN search_entries e ON e.id = ranked.id
             ORDER BY ranked.score DESC, ranked.id DESC`,
            [text, query.terms.join(' '), limit, offset, query.rankedWindow],
          ),
      })
      return { rows: rows.map(toRow), total }
    })
  }

  // MongoDB: the text index holds the terms; quoting each makes every one required.
  const model = (payload.db as unknown as { collections: Record<string, MongoModel> }).collections[
    'search-entries'
  ]
  const filter = {
    $text: { $search: query.terms.map((term) => `"${term}"`).join(' ') },
    scope: query.scope,
  }
  const [total, docs] = await Promise.all([
    model.countDocuments(filter),
    model
      .find(filter, {
        body: 1,
        guide: 1,
        guideUpdatedAt: 1,
        score: { $meta: 'textScore' },
        slug: 1,
        summary: 1,
        title: 1,
      })
      // Best score first, then the newer guide (key order is the sort order).
      .sort({ score: { $meta: 'textScore' }, guideUpdatedAt: -1 })
      .skip(query.offset)
      .limit(query.limit)
      .lean(),
  ])
  return {
    rows: docs.map((doc) =>
      toRow({
        ...doc,
        guide_id: String(doc.guide),
        guide_updated_at: doc.guideUpdatedAt as string,
      }),
    ),
    total,
  }
}
