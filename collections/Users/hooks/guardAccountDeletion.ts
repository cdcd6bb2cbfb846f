import type { CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

import { managesWholeAccount } from '../access/managesWholeAccount'

/** Deleting an account removes it from every publication: only someone who manages them all may. */
export const guardAccountDeletion: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user) return
  const account = await req.payload.findByID({
    collection: 'users',
    depth: 0,
    id,
    overrideAccess: true,
    req,
  })
  if (!managesWholeAccount(req.user, account)) {
    throw new APIError(
      'This person also works on publications you do not administer: remove their membership in yours instead.',
      403,
      undefined,
      true,
    )
  }
}
