import { describe, expect, it } from 'vitest'

import {
  createPreviewToken,
  createPreviewTokenUntil,
  verifyPreviewToken,
} from '@/lib/preview/previewToken'

describe('preview tokens', () => {
  it('should accept a fresh token and name its user', () => {
    expect(verifyPreviewToken(createPreviewToken(42))?.userID).toBe(42)
  })

  it('should refuse an expired token', () => {
    const token = createPreviewToken('abc', 1000)
    expect(verifyPreviewToken(token, Date.now() + 5000)).toBeNull()
  })

  it('should refuse a token whose claims were altered', () => {
    const [, signature] = createPreviewToken(1).split('.')
    const forged = `${Buffer.from(JSON.stringify({ e: Date.now() + 60_000, u: 2 })).toString('base64url')}.${signature}`
    expect(verifyPreviewToken(forged)).toBeNull()
  })

  it('should refuse garbage', () => {
    expect([verifyPreviewToken(''), verifyPreviewToken('a.b'), verifyPreviewToken(null)]).toEqual([
      null,
      null,
      null,
    ])
  })
})

describe('live preview tokens', () => {
  it('should give the same token for the same user and expiry, so the preview URL stays put', () => {
    const expiresAt = Date.now() + 60_000
    expect(createPreviewTokenUntil(7, expiresAt)).toBe(createPreviewTokenUntil(7, expiresAt))
    expect(verifyPreviewToken(createPreviewTokenUntil(7, expiresAt))).toEqual({
      expiresAt,
      userID: 7,
    })
  })
})
