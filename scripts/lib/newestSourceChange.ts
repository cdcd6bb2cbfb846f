import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const sourceEntries = [
  'access',
  'app',
  'collections',
  'components',
  'fields',
  'i18n',
  'lib',
  'migrations',
  'packages',
  'plugins',
  'seed',
  'next.config.mjs',
  'package-lock.json',
  'payload.config.ts',
  'proxy.ts',
  'server.ts',
]

const newestIn = (entry: string): number => {
  let stats
  try {
    stats = statSync(entry)
  } catch {
    return 0
  }
  if (!stats.isDirectory()) return stats.mtimeMs
  return readdirSync(entry).reduce(
    (newest, child) => Math.max(newest, newestIn(path.join(entry, child))),
    stats.mtimeMs,
  )
}

/** Modification time of the newest file the production build depends on. */
export const newestSourceChange = (root: string): number =>
  Math.max(...sourceEntries.map((entry) => newestIn(path.join(root, entry))))
