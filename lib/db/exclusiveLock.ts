/** Releases a held lock; calling it again does nothing. */
export type Release = () => void

/**
 * An asynchronous lock with one holder at a time, granted in arrival order. Waiting gives up after
 * `timeoutMs` with a clear error, so a save that would wait on itself (a write that opens a second
 * transaction inside the first) fails instead of hanging the server.
 */
export const createExclusiveLock = (name: string) => {
  let tail: Promise<void> = Promise.resolve()

  return async (timeoutMs: number): Promise<Release> => {
    let release!: Release
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    const previous = tail
    tail = previous.then(() => released)

    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs)
    })
    const outcome = await Promise.race([previous.then(() => 'acquired' as const), timedOut])
    clearTimeout(timer)
    if (outcome === 'timeout') {
      // Hand the turn straight on once it comes, so the queue behind this waiter keeps moving.
      void previous.then(release)
      throw new Error(`${name} was busy for more than ${timeoutMs / 1000} s; try again.`)
    }
    return release
  }
}
