import type { Payload } from 'payload'

import { contentManagerTenantIDs, isSuperAdmin, type MemberUser } from '@/access/memberships'
import type { LocaleCode } from '@/i18n/locales'
import { idOf, type ID } from '@/lib/ids'
import { defaultReviewIntervalDays, reviewCutoff } from './reviewDue'

export type ReviewDueItem = {
  guideID: ID
  lastVerified: string | null
  lastVerifiedBy: ID | null
  locale: LocaleCode
  tenantName: string
  title: string
}

const perLocaleLimit = 100

/**
 * Published guide locales of the person's publications not verified within the publication's
 * review interval, never-verified and oldest first. Each locale counts on its own: a translation
 * is checked against the carrier separately from its source.
 */
export const listReviewDue = async ({
  now = new Date(),
  payload,
  user,
}: {
  now?: Date
  payload: Payload
  user: MemberUser & { collection: 'users' }
}): Promise<ReviewDueItem[]> => {
  const managed = contentManagerTenantIDs(user)
  if (!isSuperAdmin(user) && managed.length === 0) return []
  const tenants = await payload.find({
    collection: 'tenants',
    depth: 0,
    limit: 200,
    overrideAccess: false,
    pagination: false,
    select: { enabledLocales: true, name: true, reviewIntervalDays: true },
    user,
    where: isSuperAdmin(user) ? undefined : { id: { in: managed } },
  })
  const items: ReviewDueItem[] = []
  for (const tenant of tenants.docs) {
    const cutoff = reviewCutoff(tenant.reviewIntervalDays || defaultReviewIntervalDays, now)
    for (const locale of (tenant.enabledLocales ?? []) as LocaleCode[]) {
      const { docs } = await payload.find({
        collection: 'guides',
        depth: 0,
        fallbackLocale: false,
        limit: perLocaleLimit,
        locale,
        overrideAccess: false,
        select: { lastVerified: true, lastVerifiedBy: true, title: true },
        sort: 'lastVerified',
        user,
        where: {
          and: [
            { tenant: { equals: tenant.id } },
            { _status: { equals: 'published' } },
            {
              or: [
                { lastVerified: { less_than: cutoff.toISOString() } },
                { lastVerified: { exists: false } },
              ],
            },
          ],
        },
      })
      items.push(
        ...docs.map((guide) => ({
          guideID: guide.id,
          lastVerified: guide.lastVerified ?? null,
          lastVerifiedBy: idOf(guide.lastVerifiedBy) ?? null,
          locale,
          tenantName: tenant.name,
          title: guide.title ?? '',
        })),
      )
    }
  }
  const time = (value: string | null) => (value ? new Date(value).getTime() : -Infinity)
  return items.sort((a, b) => time(a.lastVerified) - time(b.lastVerified))
}
