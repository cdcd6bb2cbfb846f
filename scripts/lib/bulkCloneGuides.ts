import type { Payload } from 'payload'

import { rawDatabaseOf, type Row } from '@/lib/search/rawDatabase'

type Database = {
  kind: 'postgres' | 'sqlite'
  query: (text: string, params?: unknown[]) => Promise<Row[]>
}

type Column = { name: string; isInteger: boolean }

const timestampColumns = [
  'created_at',
  'updated_at',
  'version_created_at',
  'version_updated_at',
  'guide_updated_at',
  'source_updated_at',
]

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

const tablesOf = async (db: Database): Promise<string[]> => {
  const rows =
    db.kind === 'sqlite'
      ? await db.query(`SELECT name FROM sqlite_master WHERE type = 'table'`)
      : await db.query(
          `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`,
        )
  return rows
    .map((row) => String(row.name))
    .filter(
      (name) =>
        /^(guides|_guides_v)(_|$)/.test(name) ||
        name === 'search_entries' ||
        name === 'translation_work',
    )
}

const columnsOf = async (db: Database, table: string): Promise<Column[]> => {
  const rows =
    db.kind === 'sqlite'
      ? await db.query(`SELECT name, type FROM pragma_table_info(?)`, [table])
      : await db.query(
          // Generated columns (the search vectors) compute themselves.
          `SELECT column_name AS name, data_type AS type FROM information_schema.columns
           WHERE table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
          [table],
        )
  return rows.map((row) => ({
    isInteger: /int|serial|numeric/i.test(String(row.type)),
    name: String(row.name),
  }))
}

const maxID = async (db: Database, table: string): Promise<number> =>
  Number((await db.query(`SELECT coalesce(max(id), 0) AS max FROM ${quote(table)}`))[0]?.max ?? 0)

/**
 * Guides, their localized/array/relationship rows, then versions and theirs, then the rows kept
 * per guide (search entries, translation state).
 */
const tableOrder = (table: string): number =>
  table === 'guides'
    ? 0
    : table === '_guides_v'
      ? 2
      : table.startsWith('_guides_v')
        ? 3
        : table === 'search_entries' || table === 'translation_work'
          ? 4
          : 1

/**
 * Bulk seeding for benchmarks and large imports: copies a tenant's existing guides, with every
 * locale, array row, relationship, version, search entry and translation state, in one
 * INSERT ... SELECT per table,
 * doubling until the tenant has `total` guides. Copies get new IDs and slugs (`-c<round>`), so
 * slugs stay unique per tenant and locale. Hooks do not run; the search entries are copied with
 * the guides (and the SQLite full-text index follows them through its triggers). Seconds for
 * tens of thousands of guides, where the Local API takes minutes per thousand.
 */
export const bulkCloneGuides = async (
  payload: Payload,
  { tenantID, total }: { tenantID: number | string; total: number },
): Promise<number> => {
  const raw = rawDatabaseOf(payload)
  if (raw.kind === 'mongodb') throw new Error('Bulk seeding needs an SQL database')
  const db = raw as Database
  const tables = (await tablesOf(db)).sort((a, b) => tableOrder(a) - tableOrder(b))
  const columns = new Map<string, Column[]>()
  for (const table of tables) columns.set(table, await columnsOf(db, table))

  const countGuides = async () =>
    Number(
      (await db.query(`SELECT count(*) AS n FROM guides WHERE tenant_id = ${Number(tenantID)}`))[0]
        ?.n,
    )

  let count = await countGuides()
  for (let round = 1; count < total; round += 1) {
    const batch = Math.min(count, total - count)
    const offsets = new Map<string, number>()
    for (const table of tables) {
      if (columns.get(table)?.some((column) => column.name === 'id' && column.isInteger)) {
        offsets.set(table, await maxID(db, table))
      }
    }
    const guideOffset = offsets.get('guides') ?? 0
    const versionOffset = offsets.get('_guides_v') ?? 0
    const source = `SELECT id FROM guides WHERE tenant_id = ${Number(tenantID)} ORDER BY id LIMIT ${batch}`
    const versionSource = `SELECT id FROM _guides_v WHERE parent_id IN (${source})`

    for (const table of tables) {
      const tableColumns = columns.get(table) ?? []
      const isVersionChild = table.startsWith('_guides_v_')
      const parentColumn = tableColumns.find((column) =>
        ['_parent_id', 'parent_id', 'guide_id'].includes(column.name),
      )?.name
      const expressionOf = (column: Column): string => {
        const name = quote(column.name)
        if (table === 'guides' && column.name === 'id') return `${name} + ${guideOffset}`
        if (column.name === 'id') {
          return column.isInteger
            ? `${name} + ${offsets.get(table) ?? 0}`
            : `${name} || '-c${round}'`
        }
        if (column.name === parentColumn) {
          return `${name} + ${isVersionChild ? versionOffset : guideOffset}`
        }
        if (timestampColumns.includes(column.name)) {
          // Every copy a second older than the next: listings sort on these, and real
          // publications do not change thousands of guides in the same millisecond.
          const newID =
            table === 'guides' ? `id + ${guideOffset}` : `id + ${offsets.get(table) ?? 0}`
          return db.kind === 'sqlite'
            ? `strftime('%Y-%m-%dT%H:%M:%fZ', ${name}, '-' || (${newID}) || ' seconds')`
            : `${name} - ((${newID}) * interval '1 second')`
        }
        if (['slug', 'version_slug'].includes(column.name)) return `${name} || '-c${round}'`
        if (['title', 'version_title', 'source_title'].includes(column.name)) {
          return `${name} || ' ${round}'`
        }
        return name
      }
      const where =
        table === 'guides'
          ? `id IN (${source})`
          : `${quote(parentColumn ?? 'id')} IN (${isVersionChild ? versionSource : source})`
      await db.query(
        `INSERT INTO ${quote(table)} (${tableColumns.map((column) => quote(column.name)).join(', ')})
         SELECT ${tableColumns.map(expressionOf).join(', ')} FROM ${quote(table)} WHERE ${where}`,
      )
    }
    count = await countGuides()
  }

  if (db.kind === 'postgres') {
    // Explicit IDs leave the serial sequences behind: the next Local API insert would collide.
    for (const [table] of columns) {
      if (!columns.get(table)?.some((column) => column.name === 'id' && column.isInteger)) continue
      await db.query(
        `SELECT setval(pg_get_serial_sequence('${quote(table)}', 'id'), (SELECT coalesce(max(id), 1) FROM ${quote(table)}))`,
      )
    }
    await db.query('ANALYZE')
  } else {
    await db.query('ANALYZE')
  }
  return count
}
