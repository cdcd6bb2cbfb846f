import type { AdminViewServerProps } from 'payload'

import { localeLabel } from '@/i18n/locales'
import type { ActingUser } from '@/lib/translation/guideTranslationReport'
import { pageLinks, parsePageParam } from '@/lib/data/pagination'
import { listTranslationWorkPage } from '@/lib/translation/translationActions'
import { AdminPage } from './AdminPage'
import './translations.css'

const statusLabels = {
  missing: 'Missing',
  'in-progress': 'In progress',
  outdated: 'Outdated',
  'up-to-date': 'Up to date',
} as const

/**
 * Everything that needs translating in the person's publications, newest source change first.
 * Translators see their own locales; editors and admins see all of them.
 */
export async function TranslationsView(props: AdminViewServerProps) {
  const { initPageResult, searchParams } = props
  const { req } = initPageResult
  const user = req.user?.collection === 'users' ? (req.user as ActingUser) : null
  const onlyLocale = typeof searchParams?.locale === 'string' ? searchParams.locale : null
  const page =
    parsePageParam(typeof searchParams?.page === 'string' ? searchParams.page : null) ?? 1
  const work = user
    ? await listTranslationWorkPage({ page, payload: req.payload, user })
    : { items: [], page, totalPages: 1 }
  const items = work.items
  const shown = onlyLocale ? items.filter((item) => item.report.locale === onlyLocale) : items
  const locales = [...new Set(items.map((item) => item.report.locale))]
  const adminRoute = req.payload.config.routes.admin
  const links = pageLinks({
    page,
    path: `${adminRoute}/translations${onlyLocale ? `?locale=${onlyLocale}` : ''}`,
    totalPages: work.totalPages,
  })

  return (
    <AdminPage className="translations" view={props}>
      <h1>Translations</h1>
      <p>Guides whose translations are missing, in progress, outdated or waiting for an editor.</p>
      {locales.length > 1 && (
        <nav aria-label="Filter by locale" className="translations__filters">
          <a href={`${adminRoute}/translations`} aria-current={onlyLocale ? undefined : 'page'}>
            All locales
          </a>
          {locales.map((code) => (
            <a
              key={code}
              href={`${adminRoute}/translations?locale=${code}`}
              aria-current={onlyLocale === code ? 'page' : undefined}
            >
              {localeLabel(code)}
            </a>
          ))}
        </nav>
      )}
      {shown.length === 0 ? (
        <p className="translations__empty">Nothing to translate right now.</p>
      ) : (
        <table className="translations__table">
          <thead>
            <tr>
              <th scope="col">Guide</th>
              <th scope="col">Locale</th>
              <th scope="col">Status</th>
              <th scope="col">On the site</th>
              <th scope="col">Source changed</th>
              <th scope="col">Warnings</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <tr key={`${item.guideID}-${item.report.locale}`} data-status={item.report.status}>
                <th scope="row">
                  <a href={`${adminRoute}/translations/${item.guideID}/${item.report.locale}`}>
                    {item.sourceTitle || `Guide ${item.guideID}`}
                  </a>
                </th>
                <td>{localeLabel(item.report.locale)}</td>
                <td>
                  <span
                    className={`translations__status translations__status--${item.report.status}`}
                  >
                    {statusLabels[item.report.status]}
                  </span>
                  {item.report.state === 'ready-for-review' && (
                    <span className="translations__ready">Ready for review</span>
                  )}
                  {item.report.machineDrafted.length > 0 && (
                    <span className="translations__machine">Machine-drafted</span>
                  )}
                </td>
                <td>{item.report.isPublished ? 'Published' : 'Not published'}</td>
                <td>
                  {item.report.changedFields.length > 0
                    ? item.report.changedFields.join(', ')
                    : new Date(item.sourceUpdatedAt).toLocaleDateString('en-GB')}
                </td>
                <td>{item.report.warningCount || ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(links.prev || links.next) && (
        <nav aria-label="Pages" className="translations__pages">
          {links.prev && <a href={links.prev}>Newer guides</a>}
          <span>
            Page {page} of {work.totalPages}
          </span>
          {links.next && <a href={links.next}>Older guides</a>}
        </nav>
      )}
    </AdminPage>
  )
}
