import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Preview links carry a short-lived token signed with the Payload secret: the admin and the
 * publication usually live on different hosts, so the editor's session cookie cannot travel
 * with the link. The token names the editor; their own access rules still decide what they see.
 */
export type PreviewClaims = { expiresAt: number; userID: number | string }

const secret = (): string => process.env.PAYLOAD_SECRET || 'roampress-development-secret-change-me'

const sign = (body: string): string =>
  createHmac('sha256', secret()).update(body).digest('base64url')

/** A token valid until `expiresAt` (ms since the epoch): the same inputs give the same token. */
export const createPreviewTokenUntil = (userID: number | string, expiresAt: number): string => {
  const body = Buffer.from(JSON.stringify({ e: expiresAt, u: userID })).toString('base64url')
  return `${body}.${sign(body)}`
}

export const createPreviewToken = (userID: number | string, lifetimeMs = 60 * 60 * 1000): string =>
  createPreviewTokenUntil(userID, Date.now() + lifetimeMs)

export const verifyPreviewToken = (
  token: string | null | undefined,
  now = Date.now(),
): PreviewClaims | null => {
  if (!token) return null
  const [body, signature] = token.split('.')
  if (!body || !signature) return null
  const expected = Buffer.from(sign(body))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  try {
    const { e, u } = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
    if (typeof e !== 'number' || e < now || (typeof u !== 'number' && typeof u !== 'string'))
      return null
    return { expiresAt: e, userID: u }
  } catch {
    return null
  }
}

export const previewCookieName = 'roampress-preview'
