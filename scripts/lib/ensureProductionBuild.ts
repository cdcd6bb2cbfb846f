import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'

import { newestSourceChange } from './newestSourceChange'
import { productionServerFile } from './startProductionServer'

/** Runs `next build` when there is no build yet or a source file changed after the last one. */
export const ensureProductionBuild = (root: string, env: NodeJS.ProcessEnv): void => {
  const buildId = path.join(root, '.next', 'BUILD_ID')
  const server = productionServerFile(root)
  const isStale =
    !existsSync(buildId) ||
    !existsSync(server) ||
    newestSourceChange(root) > statSync(buildId).mtimeMs
  if (!isStale) {
    console.log('The production build is up to date.')
    return
  }
  console.log('Building the production bundle (about a minute on two cores)...')
  const build = spawnSync('npm', ['run', 'build'], { env, stdio: 'inherit' })
  if (build.status !== 0) {
    throw new Error('The production build failed; see the output above.')
  }
}
