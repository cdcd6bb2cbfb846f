import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * deploy/varnish/roampress.vcl with this machine's backend ports and purge secret filled in: the
 * file names 3081, 3082 and a placeholder secret, which deployments edit by hand.
 */
export const varnishConfig = (
  root: string,
  { appPorts, purgeSecret }: { appPorts: [number, number]; purgeSecret: string },
): string => {
  const vcl = readFileSync(path.join(root, 'deploy', 'varnish', 'roampress.vcl'), 'utf8')
  const filled = vcl
    .replace('.port = "3081";', `.port = "${appPorts[0]}";`)
    .replace('.port = "3082";', `.port = "${appPorts[1]}";`)
    .replace('"change-this-purge-secret"', JSON.stringify(purgeSecret))
  if (!filled.includes(JSON.stringify(purgeSecret))) {
    throw new Error('deploy/varnish/roampress.vcl no longer names the placeholder purge secret.')
  }
  return filled
}
