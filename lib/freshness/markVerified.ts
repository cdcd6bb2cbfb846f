import type { Payload } from 'payload'

import {
  contentManagerRoles,
  hasRoleInTenant,
  isSuperAdmin,
  type MemberUser,
} from '@/access/memberships'
import { isLocaleCode, type LocaleCode } from '@/i18n/locales'
import { idOf, type ID } from '@/lib/ids'

export type VerifyingUser = MemberUser & { collection: 'users' }

export class VerificationRefused extends Error {
  readonly status: number

  constructor(status: number, message: string) {
    super(message)
    this.name = 'VerificationRefused'
    this.status = status
  }
}

/**
 * Records that `user` checked one locale of a guide against the carrier today. On a published
 * locale without pending draft changes the date goes live at once; when a newer draft exists the
 * date is saved with that draft (publishing the main document would hide the editor's draft).
 */
export const markVerified = async ({
  guideID,
  locale,
  payload,
  user,
}: {
  guideID: ID
  locale: string
  payload: Payload
  user: VerifyingUser | null
}): Promise<{ isLive: boolean; lastVerified: string }> => {
  if (!user) throw new VerificationRefused(401, 'Sign in to mark guides verified.')
  if (!isLocaleCode(locale))
    throw new VerificationRefused(400, `"${locale}" is not a language of this installation.`)
  const read = (draft: boolean) =>
    payload.findByID({
      collection: 'guides',
      depth: 0,
      draft,
      fallbackLocale: false,
      id: guideID,
      locale: locale as LocaleCode,
      overrideAccess: false,
      select: { _status: true, tenant: true, updatedAt: true },
      user,
    })
  const latest = await read(true).catch(() => null)
  if (!latest) throw new VerificationRefused(404, 'There is no such guide.')
  if (!isSuperAdmin(user) && !hasRoleInTenant(user, idOf(latest.tenant), contentManagerRoles))
    throw new VerificationRefused(
      403,
      'Only editors and admins of the guide’s publication can mark it verified.',
    )
  const published = await read(false)
  const isLive =
    published._status === 'published' &&
    new Date(latest.updatedAt).getTime() <= new Date(published.updatedAt).getTime()
  const lastVerified = new Date().toISOString()
  await payload.update({
    collection: 'guides',
    data: { lastVerified, lastVerifiedBy: user.id as number },
    depth: 0,
    draft: !isLive,
    id: guideID,
    locale: locale as LocaleCode,
    overrideAccess: false,
    user,
  })
  return { isLive, lastVerified }
}
