import type { Payload } from 'payload'

import path from 'node:path'

import { getPayload } from 'payload'

import { createTestDatabase } from './testDatabase'

export type TestPayload = {
  payload: Payload
  stop: () => Promise<void>
}

/** Boots Payload through the Local API on a fresh database chosen by createTestDatabase. */
export const startPayload = async (): Promise<TestPayload> => {
  const database = await createTestDatabase()
  process.env.DATABASE_URI = database.uri
  process.env.PAYLOAD_SECRET = 'roampress-test-secret'
  // Tests run due jobs themselves (payload.jobs.run), never on the server's timer.
  process.env.RUN_JOBS_IN_SERVER = 'false'
  process.env.MEDIA_DIR = path.join(database.scratchDir, 'media')
  // The config reads DATABASE_URI when it is imported, so it is imported only now.
  const { default: config } = await import('@/payload.config')
  const payload = await getPayload({ config })
  return {
    payload,
    stop: async () => {
      await payload.destroy()
      // Dropping the PostgreSQL database ends the pool's idle clients; that is expected here.
      const pool = (payload.db as { pool?: { on: (event: 'error', fn: () => void) => void } }).pool
      pool?.on('error', () => undefined)
      await database.drop()
    },
  }
}
