import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process'
import path from 'node:path'

/** server.ts as `npm run build` compiles it to plain JavaScript (see package.json postbuild). */
export const productionServerFile = (root: string): string =>
  path.join(root, '.next', 'production-server.mjs')

/**
 * The same heap limit as `npm start`. Answering thousands of cached pages a second, V8 otherwise
 * lets the heap grow by hundreds of megabytes of garbage before collecting it; with the limit the
 * server stays near 320 MB under that load.
 */
const heapLimit = '--max-old-space-size=384'

/**
 * Starts the production server on `env.PORT` as `npm start` does, for the demo, the end-to-end
 * suite and the benchmark: server.ts (Next with the page cache in front), compiled, since running
 * it through tsx instead would double its memory.
 */
export const startProductionServer = (
  root: string,
  env: NodeJS.ProcessEnv,
  stdio: StdioOptions = 'inherit',
): ChildProcess =>
  spawn(process.execPath, [heapLimit, productionServerFile(root)], {
    env: { ...env, NODE_OPTIONS: [env.NODE_OPTIONS, '--no-deprecation'].filter(Boolean).join(' ') },
    stdio,
  })
