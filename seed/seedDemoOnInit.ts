import type { Payload } from 'payload'

/**
 * `npm run demo` and the end-to-end suite start the server with ROAMPRESS_SEED=demo; the seed is
 * idempotent, so a restart finds everything in place and changes nothing.
 */
export const seedDemoOnInit = async (payload: Payload): Promise<void> => {
  if (process.env.ROAMPRESS_SEED !== 'demo') return
  const { seedDemo } = await import('./seedDemo')
  await seedDemo(payload)
}
