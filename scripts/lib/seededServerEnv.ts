import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

/**
 * Environment for a production server on a brand-new SQLite database that seeds the demo content
 * at boot. Used by the end-to-end suite and the benchmark, each with its own folder under data/.
 */
export const seededServerEnv = ({
  dataDir,
  port,
  secret,
}: {
  dataDir: string
  port: number
  secret: string
}) => {
  rmSync(dataDir, { force: true, recursive: true })
  mkdirSync(dataDir, { recursive: true })
  return {
    ...process.env,
    DATABASE_URI: `file:${path.join(dataDir, 'roampress.db')}`,
    MEDIA_DIR: path.join(dataDir, 'media'),
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production' as const,
    PAYLOAD_SECRET: secret,
    // The server's own job timer calls back on this port (jobs/runDueJobsInServer.ts).
    PORT: String(port),
    ROAMPRESS_SEED: 'demo',
    SITE_ORIGIN_TEMPLATE: `http://{host}:${port}`,
  }
}
