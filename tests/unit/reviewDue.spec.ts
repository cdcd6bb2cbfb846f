import { describe, expect, it } from 'vitest'

import { isReviewDue } from '@/lib/freshness/reviewDue'

const now = new Date('2026-06-30T12:00:00Z')

describe('review due', () => {
  it('should be due when the guide was never verified', () => {
    expect(isReviewDue(null, 180, now)).toBe(true)
  })

  it('should be due once the interval has passed and not before', () => {
    expect(isReviewDue('2025-12-31T00:00:00Z', 180, now)).toBe(true)
    expect(isReviewDue('2026-01-02T00:00:00Z', 180, now)).toBe(false)
  })

  it('should follow the publication’s own interval', () => {
    expect(isReviewDue('2026-05-01T00:00:00Z', 30, now)).toBe(true)
  })
})
