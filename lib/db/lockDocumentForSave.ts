import { randomUUID } from 'node:crypto'

import type { CollectionSlug, PayloadRequest } from 'payload'

import { eq } from '@payloadcms/db-postgres/drizzle'
import { APIError } from 'payload'

import type { ID } from '@/lib/ids'

type PostgresTransaction = {
  select: (fields: Record<string, unknown>) => {
    from: (table: unknown) => {
      where: (condition: unknown) => { for: (strength: 'update') => Promise<unknown[]> }
    }
  }
}

type PostgresAdapter = {
  sessions: Record<string, { db: PostgresTransaction } | undefined>
  tableNameMap: Map<string, string>
  tables: Record<string, { id: never }>
}

type MongoAdapter = {
  beginTransaction: () => Promise<null | number | string>
  collections: Record<
    string,
    {
      updateOne: (
        filter: Record<string, unknown>,
        update: Record<string, unknown>,
        options: Record<string, unknown>,
      ) => Promise<unknown>
    }
  >
  rollbackTransaction: (id: number | string) => Promise<void>
  sessions: Record<string, unknown>
}

/** How often a MongoDB save starts over after a write conflict, and how long it waits between. */
const mongoAttempts = 8
const mongoBackoffMs = (attempt: number) => 20 * 2 ** attempt + Math.random() * 20

const isWriteConflict = (error: unknown): boolean => {
  const { code, errorLabelSet } = error as { code?: number; errorLabelSet?: Set<string> }
  return code === 112 || Boolean(errorLabelSet?.has('TransientTransactionError'))
}

/**
 * PostgreSQL: `SELECT ... FOR UPDATE` on the document's row inside the save's transaction. A second
 * save of the same document waits here until the first commits, then reads what it wrote
 * (READ COMMITTED gives every statement a fresh snapshot).
 */
const lockPostgresRow = async (req: PayloadRequest, collection: CollectionSlug, id: ID) => {
  const db = req.payload.db as unknown as PostgresAdapter
  const transaction = db.sessions[String(await req.transactionID)]?.db
  const table = db.tables[db.tableNameMap.get(collection.replace(/-/g, '_')) ?? collection]
  if (!transaction || !table) throw new Error(`No transaction to lock ${collection} ${id} in.`)
  await transaction.select({ id: table.id }).from(table).where(eq(table.id, id)).for('update')
}

/**
 * MongoDB has no row locks: a transaction that writes a document another open transaction wrote
 * fails at once with a WriteConflict (TransientTransactionError). The save's first write is
 * therefore a throw-away mark on the document, set and removed in the same transaction: it
 * either claims the document, so any other save of it conflicts at its own first write, or it
 * conflicts itself, before anything was read. On a conflict the transaction is rolled back and
 * a new one replaces it on the request (Payload commits whatever transaction the request holds
 * when the save ends), after a short random wait. Snapshot reads start at that first write, so
 * the save then reads the other save's result.
 */
const claimMongoDocument = async (req: PayloadRequest, collection: CollectionSlug, id: ID) => {
  const db = req.payload.db as unknown as MongoAdapter
  const model = db.collections[collection]
  for (let attempt = 1; ; attempt += 1) {
    const session = db.sessions[String(await req.transactionID)]
    try {
      const options = { session, strict: false }
      await model.updateOne({ _id: id }, { $set: { _saveClaim: randomUUID() } }, options)
      await model.updateOne({ _id: id }, { $unset: { _saveClaim: '' } }, options)
      return
    } catch (error) {
      if ((error as Error).name === 'CastError') return
      if (!isWriteConflict(error)) throw error
      if (attempt >= mongoAttempts) {
        throw new APIError(
          'Others kept saving this guide at the same moment. Reload the page and save again.',
          409,
          undefined,
          true,
        )
      }
      await db.rollbackTransaction(String(await req.transactionID)).catch(() => undefined)
      const next = await db.beginTransaction()
      if (next === null) throw error
      req.transactionID = next
      await new Promise((resolve) => setTimeout(resolve, mongoBackoffMs(attempt)))
    }
  }
}

/**
 * Makes the save that runs in `req` the only save of this document until its transaction ends,
 * before the save reads the document: every adapter then reads, checks and writes each save of
 * one document in turn, so a save cannot overwrite a newer one from a stale read. Called at the
 * start of every save (see collections/Guides/hooks/serializeGuideSaves.ts). On SQLite the
 * server already runs one write transaction at a time (lib/db/serializeSqliteWrites.ts).
 */
export const lockDocumentForSave = async ({
  collection,
  id,
  req,
}: {
  collection: CollectionSlug
  id: ID
  req: PayloadRequest
}): Promise<void> => {
  // A save without a transaction (MONGODB_TRANSACTIONS=false) has nothing to lock in, and an ID
  // that cannot exist has nothing to lock: the save then answers 404 as before.
  if (!req.transactionID) return
  if (req.payload.db.defaultIDType === 'number' && !Number.isFinite(Number(id))) return
  if (req.payload.db.name === 'postgres') return lockPostgresRow(req, collection, id)
  if (req.payload.db.name === 'mongoose') return claimMongoDocument(req, collection, id)
}
