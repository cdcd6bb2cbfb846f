/**
 * How an expiry reaches the other servers and the HTTP caches in front of them. The server
 * (server.ts) installs it when REDIS_URL or VARNISH_PURGE_URLS is set; expireTags calls it.
 * Revalidation hooks run inside Next's bundles, which hold their own copies of this module, so
 * the one installation is found through a process-wide symbol (as for the page cache).
 */
export type ShareExpiry = (tags: string[]) => Promise<void>

const registryKey = Symbol.for('roampress.sharedExpiry')
const pendingKey = Symbol.for('roampress.pendingExpiries')
type Registry = { [registryKey]?: ShareExpiry; [pendingKey]?: Set<Promise<void>> }
const registry = globalThis as Registry

export const installSharedExpiry = (share: ShareExpiry): void => {
  registry[registryKey] = share
}

const pending = (): Set<Promise<void>> => (registry[pendingKey] ??= new Set())

/** Shares an expiry if anything is installed to share it with; the work is tracked until done. */
export const shareExpiry = (tags: string[]): void => {
  const share = registry[registryKey]
  if (!share || tags.length === 0) return
  const work = share(tags).catch((error: Error) => {
    console.error(`Sharing a cache expiry failed: ${error.message}`)
  })
  pending().add(work)
  void work.finally(() => pending().delete(work))
}

export const hasPendingExpiries = (): boolean => pending().size > 0

/** Resolves when every expiry shared so far has reached Redis and Varnish, or after `ms`. */
export const pendingExpiriesSettled = (ms: number): Promise<void> =>
  Promise.race([
    Promise.all([...pending()]).then(() => undefined),
    new Promise<void>((resolve) => setTimeout(resolve, ms).unref()),
  ])
