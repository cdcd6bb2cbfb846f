import { describe, expect, it } from 'vitest'

import { ExpiryFollower } from '@/lib/cache/expiryFollower'
import { PageCache, type StoredPage } from '@/lib/cache/pageCache'

const page = (tags: string[]): StoredPage => ({
  body: Buffer.from('<p>guide</p>'),
  headers: {},
  status: 200,
  tags,
})

/** A page cache already in step at `sequence`, holding one page per tag. */
const followingAt = (sequence: number) => {
  const cache = new PageCache(1024 * 1024)
  const follower = new ExpiryFollower(cache)
  follower.caughtUp(sequence)
  cache.set('guide-1', page(['guide:1']), cache.generation)
  cache.set('guide-2', page(['guide:2']), cache.generation)
  return { cache, follower }
}

describe('expiry follower', () => {
  it('should serve nothing before it has caught up with Redis', () => {
    const cache = new PageCache(1024 * 1024)
    new ExpiryFollower(cache)
    expect(cache.set('guide-1', page(['guide:1']), cache.generation)).toBe(false)
    expect(cache.get('guide-1')).toBeUndefined()
  })

  it('should drop only the pages an expiry names when no message was missed', () => {
    const { cache, follower } = followingAt(7)
    follower.received({ sequence: 8, tags: ['guide:1'] })
    expect([cache.get('guide-1'), cache.get('guide-2')?.tags]).toEqual([undefined, ['guide:2']])
  })

  it('should drop every page when a message arrives after a gap', () => {
    const { cache, follower } = followingAt(7)
    follower.received({ sequence: 9, tags: ['guide:1'] })
    expect([cache.get('guide-1'), cache.get('guide-2')]).toEqual([undefined, undefined])
  })

  it('should wait one check for a message still on its way', () => {
    const { cache, follower } = followingAt(7)
    follower.checked(8)
    expect(cache.get('guide-2')?.tags).toEqual(['guide:2'])
    follower.received({ sequence: 8, tags: ['guide:1'] })
    follower.checked(8)
    expect(cache.get('guide-2')?.tags).toEqual(['guide:2'])
  })

  it('should drop every page when a sequence seen in Redis never arrives as a message', () => {
    const { cache, follower } = followingAt(7)
    follower.checked(8)
    follower.checked(8)
    expect(cache.get('guide-2')).toBeUndefined()
    expect(cache.set('guide-2', page(['guide:2']), cache.generation)).toBe(true)
  })

  it('should stop serving while the connection is lost and start empty once back', () => {
    const { cache, follower } = followingAt(7)
    follower.lostTouch()
    expect(cache.get('guide-2')).toBeUndefined()
    expect(cache.set('guide-2', page(['guide:2']), cache.generation)).toBe(false)
    follower.checked(12)
    expect(follower.isInStep).toBe(true)
    expect(cache.set('guide-2', page(['guide:2']), cache.generation)).toBe(true)
  })

  it('should refuse a page whose render an expiry from another server overtook', () => {
    const { cache, follower } = followingAt(7)
    const renderStartedAt = cache.generation
    follower.received({ sequence: 8, tags: ['guide:3'] })
    expect(cache.set('guide-3', page(['guide:3']), renderStartedAt)).toBe(false)
  })
})
