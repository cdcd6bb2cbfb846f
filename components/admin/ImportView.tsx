import type { AdminViewServerProps } from 'payload'

import { contentManagerTenantIDs, isSuperAdmin, type MemberUser } from '@/access/memberships'
import { localeLabel, type LocaleCode } from '@/i18n/locales'
import { AdminPage } from './AdminPage'
import { ImportForm, type ImportPublication } from './ImportForm'
import './import.css'

/**
 * Import Markdown articles into a publication: pick files, publication and language, read the
 * dry-run report, then import. Offered for the publications the person edits or administers.
 */
export async function ImportView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const user = req.user?.collection === 'users' ? (req.user as MemberUser) : null
  const ids = user ? contentManagerTenantIDs(user) : []
  const isAdmin = isSuperAdmin(user)
  const tenants =
    user && (isAdmin || ids.length > 0)
      ? await req.payload.find({
          collection: 'tenants',
          depth: 0,
          limit: 200,
          overrideAccess: false,
          pagination: false,
          select: { enabledLocales: true, name: true, slug: true },
          sort: 'name',
          user,
          where: isAdmin ? undefined : { id: { in: ids } },
        })
      : { docs: [] }
  const publications: ImportPublication[] = tenants.docs.map((tenant) => ({
    id: String(tenant.id),
    locales: (tenant.enabledLocales ?? []).map((code) => ({
      code,
      label: localeLabel(code as LocaleCode),
    })),
    name: tenant.name,
    slug: tenant.slug,
  }))

  return (
    <AdminPage className="import" view={props}>
      <h1>Import articles</h1>
      <p>
        Markdown files (or a .zip of them) become draft guides. Check the report of a dry run first:
        links the publication does not allow are removed, images are copied into Media, and the
        detected country, carriers, topic and SIM kind are shown with the words that gave them away.
      </p>
      {publications.length === 0 ? (
        <p className="import__empty">
          Only editors and admins of a publication can import into it.
        </p>
      ) : (
        <ImportForm
          adminRoute={req.payload.config.routes.admin}
          apiRoute={req.payload.config.routes.api}
          publications={publications}
        />
      )}
    </AdminPage>
  )
}
