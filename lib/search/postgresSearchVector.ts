import type { postgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import { customType, index } from '@payloadcms/db-postgres/drizzle/pg-core'

import { postgresRankVectorExpression, postgresSearchVectorExpression } from './searchIndexSchema'

type PostgresSchemaHook = NonNullable<
  Parameters<typeof postgresAdapter>[0]['afterSchemaInit']
>[number]

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

/**
 * PostgreSQL: search_entries gets a stored, weighted `document` tsvector (generated from the term
 * columns) with a GIN index, and a small `rank_document` to rank by. Declared through the adapter's afterSchemaInit hook, as Payload
 * documents for columns a field cannot express, so schema pushes and generated migrations both
 * know it. Stored rather than an expression index: ranking reads the vector of every match, and
 * computing it per query cost a hundred times more than the match itself.
 * https://payloadcms.com/docs/database/postgres#afterschemainit
 */
export const addPostgresSearchVector: PostgresSchemaHook = ({ extendTable, schema }) => {
  extendTable({
    columns: {
      document: tsvector('document').generatedAlwaysAs(sql.raw(postgresSearchVectorExpression)),
      rankDocument: tsvector('rank_document').generatedAlwaysAs(
        sql.raw(postgresRankVectorExpression),
      ),
    },
    extraConfig: (table) => ({
      search_entries_document_idx: index('search_entries_document_idx').using(
        'gin',
        table.document,
      ),
    }),
    table: schema.tables.search_entries,
  })
  return schema
}
