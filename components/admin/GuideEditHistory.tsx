import type { UIFieldServerProps } from 'payload'

import { idOf } from '@/lib/ids'
import { localeCodes } from '@/i18n/locales'
import './editHistory.css'

type VersionRow = {
  autosave?: boolean
  id: number | string
  updatedAt: string
  version: {
    _status?: Record<string, string> | string
    editRevision?: number
    lastEditedBy?: { email?: string; id: number | string } | number | string | null
    lastEditedByName?: string | null
    lastEditedLocale?: string | null
  }
}

const publishedLocales = (status: VersionRow['version']['_status']): string[] =>
  typeof status === 'object' && status !== null
    ? localeCodes.filter((code) => status[code] === 'published')
    : status === 'published'
      ? ['all']
      : []

const when = (value: string) => new Date(value).toISOString().replace('T', ' ').slice(0, 16)

/**
 * The guide's sidebar history: every saved version with who saved it, when (UTC), in which
 * locale, and which locales it left published. Payload's own Versions tab compares them.
 */
export async function GuideEditHistory({ id, payload, req }: UIFieldServerProps) {
  if (id === undefined || !req.user) return null
  const { docs } = await payload.findVersions({
    collection: 'guides',
    depth: 1,
    limit: 12,
    locale: 'all',
    overrideAccess: false,
    req,
    sort: '-updatedAt',
    user: req.user,
    where: { and: [{ parent: { equals: id } }, { snapshot: { not_equals: true } }] },
  })
  const rows = docs as unknown as VersionRow[]
  const adminRoute = payload.config.routes.admin

  return (
    <div className="edit-history" data-testid="edit-history">
      <h2 className="edit-history__title">History</h2>
      {rows.length === 0 ? (
        <p>No saved versions yet.</p>
      ) : (
        <ol className="edit-history__list">
          {rows.map((row) => {
            const editor = row.version.lastEditedBy
            // The stored name first: the viewer may not be allowed to read the saver's account.
            const name =
              row.version.lastEditedByName ||
              (typeof editor === 'object' && editor !== null ? editor.email : undefined)
            const published = publishedLocales(row.version._status)
            return (
              <li className="edit-history__item" key={String(row.id)}>
                <a href={`${adminRoute}/collections/guides/${id}/versions/${row.id}`}>
                  {when(row.updatedAt)} UTC
                </a>
                <span className="edit-history__who">
                  {name ?? (idOf(editor as never) !== undefined ? 'a former user' : 'the system')}
                </span>
                <span className="edit-history__meta">
                  {row.version.lastEditedLocale ? `${row.version.lastEditedLocale} · ` : ''}
                  {row.autosave ? 'autosave · ' : ''}
                  {published.length > 0 ? `published: ${published.join(', ')}` : 'draft'}
                </span>
              </li>
            )
          })}
        </ol>
      )}
    </div>
  )
}
