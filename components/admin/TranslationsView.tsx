import type { AdminViewServerProps } from 'payload'

import { Pill } from '@payloadcms/ui'

import { adminLocaleFor, getAdminMessages } from '@/i18n/adminMessages'
import { isLocaleCode, isRightToLeft, localeLabel } from '@/i18n/locales'
import { format } from '@/i18n/messages'
import type { ActingUser } from '@/lib/translation/guideTranslationReport'
import { pageLinks, parsePageParam } from '@/lib/data/pagination'
import {
  listTranslationWorkPage,
  translationWorkLocales,
} from '@/lib/translation/work/listTranslationWork'
import { AdminPage } from './AdminPage'
import { statusLabel } from './translationStatusLabel'
import './translations.css'

/**
 * Everything that needs translating in the person's publications, newest source change first.
 * Translators see their own locales; editors and admins see all of them.
 */
export async function TranslationsView(props: AdminViewServerProps) {
  const { initPageResult, searchParams } = props
  const { req } = initPageResult
  const uiLocale = adminLocaleFor(req.i18n?.language)
  const t = getAdminMessages(uiLocale)
  const user = req.user?.collection === 'users' ? (req.user as ActingUser) : null
  // `language` (not `locale`): the admin's own ?locale= picks the language documents are edited in.
  const onlyLocale = isLocaleCode(searchParams?.language) ? searchParams.language : null
  const page =
    parsePageParam(typeof searchParams?.page === 'string' ? searchParams.page : null) ?? 1
  const [work, locales] = user
    ? await Promise.all([
        listTranslationWorkPage({ locale: onlyLocale, page, payload: req.payload, user }),
        translationWorkLocales(req.payload, user),
      ])
    : [{ items: [], page, totalItems: 0, totalPages: 1 }, []]
  const shown = work.items
  const adminRoute = req.payload.config.routes.admin
  const links = pageLinks({
    page,
    path: `${adminRoute}/translations${onlyLocale ? `?work=${onlyLocale}` : ''}`,
    totalPages: work.totalPages,
  })
  const apiRoute = req.payload.config.routes.api
  const formatDate = (value: string) =>
    new Intl.DateTimeFormat(uiLocale, { dateStyle: 'medium' }).format(new Date(value))

  return (
    <AdminPage className="translations" view={props}>
      <div dir={isRightToLeft(uiLocale) ? 'rtl' : undefined} lang={uiLocale}>
        <h1>{t.translations}</h1>
        <p>{t.translationsIntro}</p>
        {locales.length > 1 && (
          <nav aria-label={t.filterByLocale} className="translations__filters">
            <a aria-current={onlyLocale ? undefined : 'page'} href={`${adminRoute}/translations`}>
              {t.allLocales}
            </a>
            {locales.map((code) => (
              <a
                aria-current={onlyLocale === code ? 'page' : undefined}
                href={`${adminRoute}/translations?language=${code}`}
                key={code}
              >
                {localeLabel(code)}
              </a>
            ))}
          </nav>
        )}
        {onlyLocale && (
          <p className="translations__bundles">
            {[...new Set(shown.map((item) => String(item.tenantID)))].map((tenantID) => (
              <a
                download
                href={`${apiRoute}/guides/xliff-bundle/${onlyLocale}?tenant=${tenantID}`}
                key={tenantID}
              >
                {format(t.downloadBundle, { language: localeLabel(onlyLocale) })}
              </a>
            ))}
          </p>
        )}
        {shown.length === 0 ? (
          <p className="translations__empty">{t.nothingToTranslate}</p>
        ) : (
          <table className="translations__table">
            <thead>
              <tr>
                <th scope="col">{t.guide}</th>
                <th scope="col">{t.language}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.onSite}</th>
                <th scope="col">{t.sourceChanged}</th>
                <th scope="col">{t.warnings}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((item) => (
                <tr data-status={item.status} key={`${item.guideID}-${item.locale}`}>
                  <th scope="row">
                    <a href={`${adminRoute}/translations/${item.guideID}/${item.locale}`}>
                      {item.sourceTitle || `${t.guide} ${item.guideID}`}
                    </a>
                  </th>
                  <td>{localeLabel(item.locale)}</td>
                  <td>
                    <span className={`translations__status translations__status--${item.status}`}>
                      {statusLabel(item.status, t)}
                    </span>
                    {item.reviewState === 'ready-for-review' && (
                      <Pill pillStyle="success" size="small">
                        {t.readyForReview}
                      </Pill>
                    )}
                    {item.isMachineDrafted && (
                      <Pill pillStyle="light-gray" size="small">
                        {t.machine}
                      </Pill>
                    )}
                  </td>
                  <td>{item.isPublished ? t.published : t.notPublished}</td>
                  <td data-testid="source-changed">
                    <time dateTime={item.sourceUpdatedAt}>{formatDate(item.sourceUpdatedAt)}</time>
                    {item.changedFieldCount > 0 && (
                      <span className="translations__changed">
                        {' · '}
                        {format(t.changedFields, { count: item.changedFieldCount })}
                      </span>
                    )}
                  </td>
                  <td>{item.warningCount || ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {(links.prev || links.next) && (
          <nav aria-label={t.translations} className="translations__pages">
            {links.prev && (
              <a href={links.prev} rel="prev">
                ←
              </a>
            )}
            {links.next && (
              <a href={links.next} rel="next">
                →
              </a>
            )}
          </nav>
        )}
      </div>
    </AdminPage>
  )
}
