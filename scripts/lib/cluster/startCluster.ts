import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { startProductionServer } from '../startProductionServer'
import { varnishConfig } from './varnishConfig'

export type ClusterOptions = {
  appPorts: [number, number]
  databaseURI: string
  mediaDir: string
  /** Where varnishd's command interface listens (127.0.0.1). */
  varnishAdminPort: number
  payloadSecret: string
  purgeSecret: string
  redisKeyPrefix: string
  redisURL: string
  root: string
  /** Server output: shown, or dropped (tests and benchmarks). */
  showServerOutput: boolean
  varnishd: string
  varnishPort: number
}

export type Cluster = {
  /** The app server on `appPorts[index]`: its process, replaced by `restartServer`. */
  server: (index: 0 | 1) => ChildProcess
  /** Ends one app server with SIGKILL, as a crash would. */
  killServer: (index: 0 | 1) => Promise<void>
  /** Starts one app server again and waits until it answers. */
  restartServer: (index: 0 | 1) => Promise<void>
  stop: () => Promise<void>
}

const waitForHealth = async (port: number, ms = 300_000): Promise<void> => {
  const started = Date.now()
  while (Date.now() - started < ms) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`The server on port ${port} did not become healthy.`)
}

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()))

/**
 * The production topology on one machine: two app servers sharing PostgreSQL and Redis, and
 * Varnish in front of both. The first server migrates and seeds the database before the second
 * starts, so they never race over the schema.
 */
export const startCluster = async (options: ClusterOptions): Promise<Cluster> => {
  const serverEnv = (port: number, isFirst: boolean): NodeJS.ProcessEnv => ({
    ...process.env,
    DATABASE_URI: options.databaseURI,
    MEDIA_DIR: options.mediaDir,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    PAYLOAD_SECRET: options.payloadSecret,
    PORT: String(port),
    REDIS_KEY_PREFIX: options.redisKeyPrefix,
    REDIS_URL: options.redisURL,
    ROAMPRESS_SEED: isFirst ? 'demo' : '',
    SITE_ORIGIN_TEMPLATE: `http://{host}:${options.varnishPort}`,
    VARNISH_PURGE_SECRET: options.purgeSecret,
    VARNISH_PURGE_URLS: `http://127.0.0.1:${options.varnishPort}/`,
  })
  const stdio = options.showServerOutput ? 'inherit' : 'ignore'
  const servers: ChildProcess[] = []
  const startServer = async (index: 0 | 1) => {
    const port = options.appPorts[index]
    servers[index] = startProductionServer(options.root, serverEnv(port, index === 0), stdio)
    await waitForHealth(port)
  }

  mkdirSync(options.mediaDir, { recursive: true })
  const varnishDir = mkdtempSync(path.join(tmpdir(), 'roampress-varnish-'))
  // varnishd's workers run as an unprivileged user that must read its working folder.
  chmodSync(varnishDir, 0o755)
  const vclFile = path.join(varnishDir, 'roampress.vcl')
  writeFileSync(
    vclFile,
    varnishConfig(options.root, { appPorts: options.appPorts, purgeSecret: options.purgeSecret }),
  )
  let varnish: ChildProcess | undefined

  const stop = async () => {
    const running = [...servers, varnish].filter((child): child is ChildProcess => !!child)
    for (const child of running) child.kill('SIGTERM')
    await Promise.race([
      Promise.all(running.map(exited)),
      new Promise((resolve) => setTimeout(resolve, 5000)),
    ])
    for (const child of running) if (child.exitCode === null) child.kill('SIGKILL')
    rmSync(varnishDir, { force: true, recursive: true })
  }

  try {
    await startServer(0)
    await startServer(1)
    varnish = spawn(
      options.varnishd,
      [
        '-F',
        '-n',
        varnishDir,
        '-a',
        `:${options.varnishPort}`,
        '-T',
        `127.0.0.1:${options.varnishAdminPort}`,
        '-f',
        vclFile,
        '-s',
        'malloc,128m',
      ],
      { stdio: options.showServerOutput ? 'inherit' : 'ignore' },
    )
    await waitForHealth(options.varnishPort, 30_000)
  } catch (error) {
    await stop()
    throw error
  }

  return {
    killServer: async (index) => {
      servers[index].kill('SIGKILL')
      await exited(servers[index])
    },
    restartServer: startServer,
    server: (index) => servers[index],
    stop,
  }
}
