/**
 * Finished reader pages kept in the server's memory, in front of Next: a hit is answered without
 * entering Next at all. Entries are found by address and dropped by cache tag, the same tags
 * Next's own cache uses, so one expiry clears both. Memory is bounded by a byte budget; the
 * least recently read pages leave first.
 */
export type StoredPage = {
  body: Buffer
  /** The same body gzipped, for clients that accept it. */
  gzipBody?: Buffer
  headers: Record<string, string | string[]>
  status: number
  tags: string[]
}

type Entry = StoredPage & { key: string }

const sizeOf = (key: string, page: StoredPage): number =>
  key.length + page.body.length + (page.gzipBody?.length ?? 0)

export class PageCache {
  private readonly entries = new Map<string, Entry>()
  private readonly keysByTag = new Map<string, Set<string>>()
  private bytes = 0
  /** Grows with every expiry: a page rendered before one may hold what it expired. */
  private expiries = 0
  /** While expiries may have been missed (see expiryFollower.ts) nothing is served or kept. */
  private isSuspended = false

  constructor(private readonly maxBytes: number) {}

  get storedBytes(): number {
    return this.bytes
  }

  /** Taken when a request starts; `set` refuses a page whose render an expiry overtook. */
  get generation(): number {
    return this.expiries
  }

  get(key: string): StoredPage | undefined {
    if (this.isSuspended) return undefined
    const entry = this.entries.get(key)
    if (!entry) return undefined
    // Map order is insertion order: moving the entry to the end makes the first the least recent.
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry
  }

  /** Stores a page rendered since `generation`; returns whether it was kept. */
  set(key: string, page: StoredPage, generation: number): boolean {
    if (this.isSuspended || generation !== this.expiries || page.tags.length === 0) return false
    const size = sizeOf(key, page)
    if (size > this.maxBytes) return false
    this.delete(key)
    this.entries.set(key, { ...page, key })
    this.bytes += size
    for (const tag of page.tags) {
      const keys = this.keysByTag.get(tag) ?? new Set<string>()
      keys.add(key)
      this.keysByTag.set(tag, keys)
    }
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break
      this.delete(oldest)
    }
    return true
  }

  /** Drops every page built from one of `tags`; returns how many were dropped. */
  expire(tags: Iterable<string>): number {
    this.expiries += 1
    let dropped = 0
    for (const tag of tags) {
      for (const key of this.keysByTag.get(tag) ?? []) {
        if (this.delete(key)) dropped += 1
      }
    }
    return dropped
  }

  /** Drops every page: for when this server cannot know which expiries it missed. */
  expireAll(): void {
    this.expiries += 1
    this.entries.clear()
    this.keysByTag.clear()
    this.bytes = 0
  }

  /** Stops serving and keeping pages (dropping those kept) until `resume`. */
  suspend(): void {
    this.isSuspended = true
    this.expireAll()
  }

  resume(): void {
    this.isSuspended = false
  }

  private delete(key: string): boolean {
    const entry = this.entries.get(key)
    if (!entry) return false
    this.entries.delete(key)
    this.bytes -= sizeOf(key, entry)
    for (const tag of entry.tags) {
      const keys = this.keysByTag.get(tag)
      keys?.delete(key)
      if (keys?.size === 0) this.keysByTag.delete(tag)
    }
    return true
  }
}

/**
 * The server creates the cache; revalidation hooks run inside Next's bundles, which hold their
 * own copies of this module, so they reach the one instance through a process-wide symbol.
 */
const registryKey = Symbol.for('roampress.pageCache')
type Registry = { [registryKey]?: PageCache }

export const installPageCache = (cache: PageCache): PageCache => {
  ;(globalThis as Registry)[registryKey] = cache
  return cache
}

/** The running server's page cache, or undefined under `next start`, tests and scripts. */
export const installedPageCache = (): PageCache | undefined => (globalThis as Registry)[registryKey]
