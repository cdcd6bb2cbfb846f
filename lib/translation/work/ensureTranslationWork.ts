import type { Payload } from 'payload'

import { queueTranslationWorkRefresh } from '@/jobs/refreshTranslationWork'

/**
 * A publication whose guides have no stored translation state yet (a database from before it was
 * stored, or guides written straight into the database) gets it computed in the background, so
 * the Translations list fills without anyone saving every guide. Two counts per publication at
 * start-up.
 */
export const ensureTranslationWork = async (payload: Payload): Promise<void> => {
  const { docs: tenants } = await payload.find({
    collection: 'tenants',
    depth: 0,
    limit: 1000,
    overrideAccess: true,
    pagination: false,
    select: { slug: true },
  })
  for (const tenant of tenants) {
    const where = { tenant: { equals: tenant.id } }
    const [{ totalDocs: guides }, { totalDocs: rows }] = await Promise.all([
      payload.count({ collection: 'guides', overrideAccess: true, where }),
      payload.count({ collection: 'translation-work', overrideAccess: true, where }),
    ])
    if (guides > 0 && rows === 0) await queueTranslationWorkRefresh(payload, tenant.id)
  }
}
