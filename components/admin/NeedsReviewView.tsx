import type { AdminViewServerProps } from 'payload'

import { localeLabel } from '@/i18n/locales'
import { listReviewDue } from '@/lib/freshness/listReviewDue'
import type { VerifyingUser } from '@/lib/freshness/markVerified'
import { AdminPage } from './AdminPage'
import './translations.css'

/**
 * Published guides past their publication's review interval, never-verified and oldest first,
 * each locale on its own row with one button that records today's check and who made it.
 */
export async function NeedsReviewView(props: AdminViewServerProps) {
  const { initPageResult, searchParams } = props
  const { req } = initPageResult
  const user = req.user?.collection === 'users' ? (req.user as VerifyingUser) : null
  const items = user ? await listReviewDue({ payload: req.payload, user }) : []
  const { admin: adminRoute, api: apiRoute } = req.payload.config.routes
  const error = typeof searchParams?.error === 'string' ? searchParams.error : null
  const verified = typeof searchParams?.verified === 'string' ? searchParams.verified : null

  return (
    <AdminPage className="translations needs-review" view={props}>
      <h1>Needs review</h1>
      <p>
        Published guides nobody has checked against the carrier within the publication’s review
        interval. Check the steps, then mark the guide verified.
      </p>
      {error && (
        <p className="needs-review__error" role="alert">
          {error}
        </p>
      )}
      {verified && <p role="status">Marked verified.</p>}
      {items.length === 0 ? (
        <p className="translations__empty">Every published guide was verified recently.</p>
      ) : (
        <table className="translations__table">
          <thead>
            <tr>
              <th scope="col">Guide</th>
              <th scope="col">Publication</th>
              <th scope="col">Locale</th>
              <th scope="col">Last verified</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={`${item.guideID}-${item.locale}`}>
                <th scope="row">
                  <a
                    href={`${adminRoute}/collections/guides/${item.guideID}?locale=${item.locale}`}
                  >
                    {item.title || `Guide ${item.guideID}`}
                  </a>
                </th>
                <td>{item.tenantName}</td>
                <td>{localeLabel(item.locale)}</td>
                <td>
                  {item.lastVerified
                    ? new Date(item.lastVerified).toISOString().slice(0, 10)
                    : 'Never'}
                </td>
                <td>
                  <form
                    action={`${apiRoute}/guides/${item.guideID}/verify/${item.locale}`}
                    method="post"
                  >
                    <button className="btn btn--style-secondary btn--size-small" type="submit">
                      Mark verified
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminPage>
  )
}
