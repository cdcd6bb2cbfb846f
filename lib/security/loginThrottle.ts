/**
 * Failed sign-ins counted per account and client, in this server's memory. Payload's own lockout
 * locks the account itself after five failures, so anyone could lock anyone out; here a client
 * that fails five times is refused for that account only, while the person signs in from
 * elsewhere. A ceiling per account across all clients bounds guessing from many addresses.
 */
export type LoginThrottleOptions = {
  maxPerAccount: number
  maxPerClient: number
  windowMs: number
}

export const loginThrottleDefaults: LoginThrottleOptions = {
  maxPerAccount: 100,
  maxPerClient: 5,
  windowMs: 15 * 60 * 1000,
}

type Attempts = { count: number; since: number }

/** Beyond this many counters the oldest are forgotten: made-up emails cannot exhaust memory. */
const maxEntries = 50_000

export class LoginThrottle {
  private readonly attempts = new Map<string, Attempts>()

  constructor(private readonly options: LoginThrottleOptions = loginThrottleDefaults) {}

  /** Records an attempt; returns the seconds to wait when it is over a limit, else 0. */
  attempt(account: string, client: string, now = Date.now()): number {
    const keys = [
      { key: `client ${account} ${client}`, max: this.options.maxPerClient },
      { key: `account ${account}`, max: this.options.maxPerAccount },
    ]
    let waitMs = 0
    for (const { key, max } of keys) {
      const current = this.current(key, now)
      if (current.count >= max)
        waitMs = Math.max(waitMs, current.since + this.options.windowMs - now)
    }
    if (waitMs > 0) return Math.ceil(waitMs / 1000)
    for (const { key } of keys) {
      const current = this.current(key, now)
      this.attempts.delete(key)
      this.attempts.set(key, { ...current, count: current.count + 1 })
    }
    for (const oldest of this.attempts.keys()) {
      if (this.attempts.size <= maxEntries) break
      this.attempts.delete(oldest)
    }
    return 0
  }

  /** A successful sign-in clears that client's count for the account. */
  succeeded(account: string, client: string): void {
    this.attempts.delete(`client ${account} ${client}`)
  }

  private current(key: string, now: number): Attempts {
    const found = this.attempts.get(key)
    if (found && now - found.since < this.options.windowMs) return found
    // Forget old entries as they are met, so the map holds recent attempts only.
    this.attempts.delete(key)
    return { count: 0, since: now }
  }
}
