import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { idOf, sameID } from '@/lib/ids'
import { localeLabel } from '@/i18n/locales'
import { withinRequest } from '@/lib/db/withinRequest'

/**
 * A scheduled change names a guide of the same publication and a language that publication
 * offers, and a pending one lies in the future. The person who schedules it is the one the job
 * acts as, so their access still applies when it runs.
 */
export const validateScheduledPublication: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const merged = { ...originalDoc, ...data }
  const errors: { label?: string; message: string; path: string }[] = []
  const guideID = idOf(merged.guide)
  const guide =
    guideID === undefined
      ? null
      : await withinRequest(req, () =>
          req.payload.findByID({
            collection: 'guides',
            depth: 0,
            draft: true,
            id: guideID,
            locale: 'all',
            overrideAccess: true,
            req,
            select: { tenant: true, title: true },
          }),
        ).catch(() => null)
  if (!guide) errors.push({ label: 'Guide', message: 'Choose an existing guide.', path: 'guide' })

  const tenantID = idOf(merged.tenant) ?? idOf(guide?.tenant as never)
  if (guide && !sameID(idOf(guide.tenant as never), tenantID)) {
    errors.push({
      label: 'Guide',
      message: 'The guide belongs to another publication.',
      path: 'guide',
    })
  }
  const tenant =
    tenantID === undefined
      ? null
      : await withinRequest(req, () =>
          req.payload.findByID({
            collection: 'tenants',
            depth: 0,
            id: tenantID,
            overrideAccess: true,
            req,
          }),
        ).catch(() => null)
  if (tenant && !(tenant.enabledLocales ?? []).includes(merged.locale)) {
    errors.push({
      label: 'Locale',
      message: `${tenant.name} does not offer ${localeLabel(merged.locale)}.`,
      path: 'locale',
    })
  }

  const isMoving = operation === 'create' || (data.runAt && data.runAt !== originalDoc?.runAt)
  if (merged.state === 'pending' && isMoving && !(new Date(merged.runAt).getTime() > Date.now())) {
    errors.push({ label: 'When', message: 'Choose a time in the future.', path: 'runAt' })
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors })

  const titles = (guide?.title ?? {}) as unknown as Record<string, string | undefined>
  const title = titles[merged.locale] || Object.values(titles).find(Boolean) || 'Guide'
  return {
    ...data,
    scheduledBy:
      operation === 'create' && req.user?.collection === 'users' ? req.user.id : data.scheduledBy,
    summary: `${merged.action === 'unpublish' ? 'Unpublish' : 'Publish'} ${merged.locale}: ${title}`,
    tenant: tenantID,
  }
}
