import { describe, expect, it } from 'vitest'

import { createExclusiveLock } from '@/lib/db/exclusiveLock'

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('createExclusiveLock', () => {
  it('should let one holder in at a time, in arrival order', async () => {
    const take = createExclusiveLock('The test lock')
    const order: string[] = []
    const hold = async (name: string) => {
      const release = await take(1000)
      order.push(`${name} in`)
      await tick()
      order.push(`${name} out`)
      release()
    }
    await Promise.all([hold('a'), hold('b'), hold('c')])
    expect(order).toEqual(['a in', 'a out', 'b in', 'b out', 'c in', 'c out'])
  })

  it('should give up waiting with a clear error and keep the queue moving', async () => {
    const take = createExclusiveLock('The test lock')
    const release = await take(1000)
    const waited = await take(20).then(
      () => 'acquired',
      (error: Error) => error.message,
    )
    const next = take(1000)
    release()
    const releaseNext = await next
    releaseNext()
    expect(waited).toBe('The test lock was busy for more than 0.02 s; try again.')
  })
})
