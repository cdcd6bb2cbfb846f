import type { Endpoint } from 'payload'

/**
 * Accounts here are created by administrators and never verified by email, so Payload's
 * `/verify/:token` has no table column to look the token up in and failed with a server error.
 * Listed before Payload's own endpoints, this answers instead.
 */
export const noEmailVerification: Endpoint = {
  handler: () =>
    Response.json(
      { errors: [{ message: 'Accounts are not verified by email here; nothing to verify.' }] },
      { status: 404 },
    ),
  method: 'post',
  path: '/verify/:token',
}
