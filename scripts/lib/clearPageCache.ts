import { rmSync } from 'node:fs'
import path from 'node:path'

/**
 * Next keeps cached reads and rendered pages on disk across restarts, but which tags were expired
 * lives only in the memory of the server that expired them. A server starting on a database that
 * may have changed meanwhile therefore starts with an empty page cache.
 */
export const clearPageCache = (root: string): void => {
  for (const folder of [
    ['cache', 'fetch-cache'],
    ['server', 'route-cache'],
  ]) {
    rmSync(path.join(root, '.next', ...folder), { force: true, recursive: true })
  }
}
