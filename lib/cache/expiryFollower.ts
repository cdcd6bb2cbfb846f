import type { ExpiryMessage } from '@/lib/redis/expireTagsInRedis'
import type { PageCache } from './pageCache'

/**
 * Keeps one server's page cache in step with expiries made on every server. Each expiry carries
 * a sequence number (lib/redis/expireTagsInRedis.ts); the follower knows the last one it
 * applied. A message arriving after a gap, a sequence in Redis that no message brought within
 * one check, or a lost connection means expiries were missed, and which pages they named is
 * unknown: then every kept page goes. While out of step the cache serves and keeps nothing.
 */
export class ExpiryFollower {
  /** The last sequence applied; null while out of step with Redis. */
  private lastSequence: number | null = null
  /** A sequence seen in Redis before its message arrived: missed if still missing next check. */
  private awaitedSequence: number | null = null

  constructor(private readonly cache: PageCache) {
    cache.suspend()
  }

  get isInStep(): boolean {
    return this.lastSequence !== null
  }

  /** Subscribed, and Redis holds `sequence` now: start from an empty cache at that point. */
  caughtUp(sequence: number): void {
    this.cache.expireAll()
    this.lastSequence = sequence
    this.awaitedSequence = null
    this.cache.resume()
  }

  /** The connection dropped: messages may be lost from now on. */
  lostTouch(): void {
    this.lastSequence = null
    this.awaitedSequence = null
    this.cache.suspend()
  }

  received(message: ExpiryMessage): void {
    this.cache.expire(message.tags)
    if (this.lastSequence === null) return
    if (message.sequence > this.lastSequence + 1) this.cache.expireAll()
    this.lastSequence = Math.max(this.lastSequence, message.sequence)
  }

  /** Called every second with the sequence Redis holds. */
  checked(sequence: number): void {
    if (this.lastSequence === null) return this.caughtUp(sequence)
    if (sequence <= this.lastSequence) {
      this.awaitedSequence = null
      return
    }
    if (this.awaitedSequence !== null && this.lastSequence < this.awaitedSequence) {
      this.caughtUp(sequence)
      return
    }
    this.awaitedSequence = sequence
  }
}
