import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { managesWholeAccount } from '../access/managesWholeAccount'

/** Fields that are the account itself rather than a seat in one publication. */
const accountFields = ['email', 'name', 'password'] as const

/**
 * A tenant admin sees every member of their publication, including people who also work on
 * other publications. For those, only the membership rows are theirs to change (checked in
 * guardMembershipChanges); the password, email and name belong to the whole account.
 */
export const guardAccountChanges: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  // Seeds and scripts run without a user; people always have one.
  if (operation !== 'update' || !req.user) return data
  if (managesWholeAccount(req.user, originalDoc)) return data
  const changed = accountFields.filter(
    (field) =>
      data[field] !== undefined &&
      (field === 'password' || (data[field] ?? null) !== (originalDoc?.[field] ?? null)),
  )
  if (changed.length > 0) {
    throw new APIError(
      `This person also works on publications you do not administer: you can add or remove their membership in yours, but not change their ${changed.join(', ')}.`,
      403,
      undefined,
      true,
    )
  }
  return data
}
