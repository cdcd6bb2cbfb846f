/**
 * Payload's rich-text field hands its value over when the browser is idle (up to half a second
 * after a keystroke), so a translator who types and clicks Save at once would post the value from
 * before the keystroke. Editors note here that the person acted in them, and the form waits for
 * every such editor to hand its value over before it is sent (RichTextSubmitGuard).
 */
const pending = new Map<string, ReturnType<typeof setTimeout>>()
let waiting: (() => void)[] = []

/** Longer than Payload's idle-callback timeout: an action that changed nothing releases itself. */
const releaseAfterMs = 1200

const release = (path: string) => {
  clearTimeout(pending.get(path))
  pending.delete(path)
  if (pending.size > 0) return
  const resolved = waiting
  waiting = []
  resolved.forEach((resolve) => resolve())
}

export const markPending = (path: string): void => {
  clearTimeout(pending.get(path))
  pending.set(
    path,
    setTimeout(() => release(path), releaseAfterMs),
  )
}

export const markSettled = (path: string): void => release(path)

export const hasPendingEdits = (): boolean => pending.size > 0

export const whenSettled = (): Promise<void> =>
  pending.size === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve))
