import { cookies, draftMode } from 'next/headers'
import { cache } from 'react'

import type { User } from '@/payload-types'
import { previewCookieName, verifyPreviewToken } from '@/lib/preview/previewToken'
import { getPayloadClient } from './getPayloadClient'

/**
 * The editor previewing drafts, when draft mode is on and their preview cookie is valid; null for
 * every reader. Only read in draft mode, so cached pages never depend on cookies.
 */
export const getPreviewUser = cache(async (): Promise<(User & { collection: 'users' }) | null> => {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return null
  const claims = verifyPreviewToken((await cookies()).get(previewCookieName)?.value)
  if (!claims) return null
  const payload = await getPayloadClient()
  const user = await payload
    .findByID({ collection: 'users', depth: 0, id: claims.userID, overrideAccess: true })
    .catch(() => null)
  return user ? { ...user, collection: 'users' } : null
})
