import { AsyncLocalStorage } from 'node:async_hooks'

import type { BaseDatabaseAdapter, DatabaseAdapterObj, PayloadRequest } from 'payload'

import { createExclusiveLock, type Release } from './exclusiveLock'

/** Adapter methods that write outside a transaction when called without one. */
const writeMethods = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

/** Longer than any save takes; only a transaction waiting on itself would reach it. */
const waitLimitMs = 30_000

type AnyMethod = (this: BaseDatabaseAdapter, ...args: unknown[]) => Promise<unknown>
type Sessions = Record<number | string, unknown>

const sessionsOf = (adapter: BaseDatabaseAdapter): Sessions =>
  (adapter as unknown as { sessions: Sessions }).sessions

const isInsideTransaction = async (
  adapter: BaseDatabaseAdapter,
  req: Partial<PayloadRequest> | undefined,
): Promise<boolean> => {
  const id = await req?.transactionID
  return id !== undefined && id !== null && Boolean(sessionsOf(adapter)[id])
}

/**
 * SQLite allows one writer at a time, and the libsql client runs every statement synchronously,
 * each transaction on a connection of its own. Two transactions of one server that both want to
 * write would therefore fail with SQLITE_BUSY (or, with a busy timeout, block the whole process
 * while the other cannot finish). So this server runs its SQLite write transactions one after
 * another: a transaction holds the write turn from BEGIN IMMEDIATE to COMMIT or ROLLBACK, and a
 * write made outside any transaction (the jobs queue writes that way) takes the turn for that one
 * statement. Reads never wait. One save of a guide therefore reads, checks and writes with no
 * other save in between, which is what serializes saves on SQLite.
 *
 * Payload's database adapter has no hook around transactions, hence the wrapped methods; the
 * concurrency integration test fails if Payload stops calling them.
 */
export const serializeSqliteWrites = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    const takeWriteTurn = createExclusiveLock('The database')
    const turns = new Map<number | string, Release>()
    // Adapter methods call each other (upsert calls updateOne): a call made while its own
    // caller holds the turn must not wait for it.
    const holdsTurn = new AsyncLocalStorage<boolean>()
    const methods = adapter as unknown as Record<string, AnyMethod>

    const begin = methods.beginTransaction
    methods.beginTransaction = async function (...beginArgs) {
      if (holdsTurn.getStore()) return begin.apply(this, beginArgs)
      const release = await takeWriteTurn(waitLimitMs)
      try {
        const id = (await begin.apply(this, beginArgs)) as null | number | string
        if (id === null || id === undefined) release()
        else turns.set(id, release)
        return id
      } catch (error) {
        release()
        throw error
      }
    }

    for (const end of ['commitTransaction', 'rollbackTransaction'] as const) {
      const original = methods[end]
      methods[end] = async function (...endArgs) {
        const id = (await endArgs[0]) as number | string
        try {
          return await original.apply(this, endArgs)
        } finally {
          turns.get(id)?.()
          turns.delete(id)
        }
      }
    }

    for (const name of writeMethods) {
      const original = methods[name]
      if (typeof original !== 'function') continue
      methods[name] = async function (...callArgs) {
        const req = (callArgs[0] as { req?: Partial<PayloadRequest> } | undefined)?.req
        if (holdsTurn.getStore() || (await isInsideTransaction(adapter, req))) {
          return original.apply(this, callArgs)
        }
        const release = await takeWriteTurn(waitLimitMs)
        try {
          return await holdsTurn.run(true, () => original.apply(this, callArgs))
        } finally {
          release()
        }
      }
    }
    return adapter
  },
})
