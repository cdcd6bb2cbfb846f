import type { Payload, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { LocaleCode } from '@/i18n/locales'
import type { ID } from '@/lib/ids'
import type { Guide, User } from '@/payload-types'

export type GuideChanges = Partial<Omit<Guide, 'createdAt' | 'id' | 'updatedAt'>>

export type SaveGuideArgs = {
  data: GuideChanges
  /** A draft save; readers see nothing until the locale is published. */
  draft?: boolean
  id: ID
  /**
   * The revision the change was prepared from. When given, the save is refused with a 409 naming
   * the other person if someone else saved since (collections/Guides/hooks/detectEditConflict.ts).
   */
  loadedRevision?: number
  /** The one locale this save writes; every other locale keeps what is stored. */
  locale: LocaleCode
  payload: Payload
  /** Joins a transaction the caller already runs (a job, a hook); it then commits it. */
  req?: PayloadRequest
  /** Whose access applies and who is recorded as the last editor. */
  user: User & { collection: 'users' }
}

/**
 * The one way code saves a guide: scheduled publishing, the side-by-side translation view and
 * imports call it, and the admin and REST API reach the same Payload update. Every save of a guide
 * runs in one transaction and waits for the previous save of that guide to finish before it reads
 * the guide (collections/Guides/hooks/serializeGuideSaves.ts), on every database; so saving one
 * locale never rewrites another locale from a stale read, exactly one version stays the latest,
 * and a stale save is refused even when both are sent at the same moment.
 */
export const saveGuide = async ({
  data,
  draft = false,
  id,
  loadedRevision,
  locale,
  payload,
  req,
  user,
}: SaveGuideArgs): Promise<Guide> => {
  // The SQL adapters would send a malformed ID to the database and fail with a raw query error.
  if (payload.db.defaultIDType === 'number' && !Number.isFinite(Number(id))) {
    throw new APIError(`There is no guide with the ID "${id}".`, 404, undefined, true)
  }
  return payload.update({
    collection: 'guides',
    data: loadedRevision === undefined ? data : { ...data, editRevision: loadedRevision },
    depth: 0,
    draft,
    id,
    locale,
    overrideAccess: false,
    ...(req ? { req } : {}),
    user,
  })
}
