import type { Endpoint, PayloadRequest } from 'payload'

import { markVerified, VerificationRefused, type VerifyingUser } from '@/lib/freshness/markVerified'
import type { ID } from '@/lib/ids'

const wantsJSON = (req: PayloadRequest) =>
  Boolean(req.headers.get('accept')?.includes('application/json'))

/**
 * POST /api/guides/:id/verify/:locale: the Needs review view's "Mark verified" button (a plain
 * form, sent back to the view with 303) or an API client asking for JSON.
 */
const verifyHandler = async (req: PayloadRequest): Promise<Response> => {
  const user = req.user?.collection === 'users' ? (req.user as VerifyingUser) : null
  const backTo = `${req.payload.config.routes.admin}/needs-review`
  try {
    const result = await markVerified({
      guideID: req.routeParams?.id as ID,
      locale: String(req.routeParams?.locale ?? ''),
      payload: req.payload,
      user,
    })
    return wantsJSON(req)
      ? Response.json(result)
      : new Response(null, {
          headers: { Location: `${backTo}?verified=${req.routeParams?.id}` },
          status: 303,
        })
  } catch (error) {
    if (!(error instanceof VerificationRefused)) throw error
    return wantsJSON(req)
      ? Response.json({ errors: [{ message: error.message }] }, { status: error.status })
      : new Response(null, {
          headers: { Location: `${backTo}?error=${encodeURIComponent(error.message)}` },
          status: 303,
        })
  }
}

export const verifyEndpoints: Endpoint[] = [
  { handler: verifyHandler, method: 'post', path: '/:id/verify/:locale' },
]
