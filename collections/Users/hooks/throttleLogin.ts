import { pbkdf2 } from 'node:crypto'
import { promisify } from 'node:util'

import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { clientAddressHeader } from '@/lib/security/clientAddress'
import { LoginThrottle } from '@/lib/security/loginThrottle'

/** One counter for this server process (the REST route bundle is the only place people sign in). */
const throttle = new LoginThrottle()

const accountOf = (email: unknown): string =>
  String(email ?? '')
    .trim()
    .toLowerCase()

/**
 * Payload answers an unknown email at once but checks a known one's password with 600,000
 * PBKDF2 rounds, so the time taken told which emails have accounts. An unknown email pays the
 * same rounds (the parameters of Payload's current password hash) before the same refusal.
 */
const hashLikeAPassword = (password: string) =>
  promisify(pbkdf2)(password, 'no-such-account', 600_000, 32, 'sha256')

export const throttleLogin: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const account = accountOf(data?.email)
  const client = req.headers.get(clientAddressHeader) ?? 'unknown'
  const waitSeconds = throttle.attempt(account, client)
  if (waitSeconds > 0) {
    // The same answer whether or not the email has an account: only the email and client count.
    throw new APIError(
      `Too many failed sign-ins for this account from here. Try again in ${Math.ceil(waitSeconds / 60)} minutes.`,
      429,
      undefined,
      true,
    )
  }
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    overrideAccess: true,
    req,
    where: { email: { equals: account } },
  })
  if (totalDocs === 0) await hashLikeAPassword(String(data?.password ?? ''))
  return args
}

export const clearLoginThrottle: CollectionAfterLoginHook = ({ req, user }) => {
  throttle.succeeded(accountOf(user.email), req.headers.get(clientAddressHeader) ?? 'unknown')
}
