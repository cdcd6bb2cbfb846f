import type { AdminViewServerProps } from 'payload'

import { isLocaleCode, isRightToLeft, localeLabel } from '@/i18n/locales'
import {
  buildGuideTranslationReport,
  type ActingUser,
} from '@/lib/translation/guideTranslationReport'
import { workLocalesFor } from '@/lib/translation/translationActions'
import { AdminPage } from './AdminPage'
import './translations.css'

/**
 * Side by side: the source text of every field on one side, the translation on the other, with
 * what changed in the source since the translation was last confirmed. Plain forms: saving,
 * drafting Chinese and confirming work without client JavaScript.
 */
export async function TranslateView(props: AdminViewServerProps) {
  const { initPageResult, params, searchParams } = props
  const error = typeof searchParams?.error === 'string' ? searchParams.error : null
  const { req } = initPageResult
  const segments = (params?.segments as string[] | undefined) ?? []
  const [, guideID, locale] = segments
  const user = req.user?.collection === 'users' ? (req.user as ActingUser) : null
  const adminRoute = req.payload.config.routes.admin
  const apiRoute = req.payload.config.routes.api

  let body: React.ReactNode
  if (!user || !guideID || !locale || !isLocaleCode(locale)) {
    body = <p>This translation does not exist.</p>
  } else {
    const report = await buildGuideTranslationReport({ guideID, payload: req.payload, user }).catch(
      () => null,
    )
    const tenantID = report?.tenantID
    const allowed = tenantID !== undefined ? workLocalesFor(user, tenantID) : []
    const localeReport = report?.locales.find((entry) => entry.locale === locale)
    if (!report || !localeReport || (allowed && !allowed.includes(locale))) {
      body = <p>You cannot work on this translation.</p>
    } else {
      const action = `${apiRoute}/guides/${guideID}/translations/${locale}`
      const isChinese = locale === 'zh-Hans' || locale === 'zh-Hant'
      body = (
        <>
          <p className="translate__back">
            <a href={`${adminRoute}/translations`}>← All translations</a> ·{' '}
            <a href={`${adminRoute}/collections/guides/${guideID}?locale=${locale}`}>
              Open in the full editor
            </a>
          </p>
          <h1>
            {report.sourceTitle} <span className="translate__locale">→ {localeLabel(locale)}</span>
          </h1>
          <p className="translate__summary">
            Status: <strong data-testid="translation-status">{localeReport.status}</strong>
            {localeReport.state === 'ready-for-review' && ' · ready for review'}
            {localeReport.confirmedAt &&
              ` · last confirmed ${new Date(localeReport.confirmedAt).toLocaleString('en-GB')} by ${localeReport.confirmedBy ?? 'someone'}`}
          </p>
          {error && (
            <p className="translate__error" role="alert">
              {error}
            </p>
          )}
          {localeReport.machineDrafted.length > 0 && (
            <p className="translate__notice">
              Machine-drafted fields need review before this locale can be published:{' '}
              {localeReport.machineDrafted.join(', ')}.
            </p>
          )}
          {isChinese && (
            <form
              method="post"
              action={`${action}/draft-chinese`}
              className="translate__inline-form"
            >
              <button type="submit" className="btn btn--style-secondary btn--size-small">
                Fill empty fields from {locale === 'zh-Hant' ? 'Simplified' : 'Traditional'} Chinese
                (OpenCC)
              </button>
            </form>
          )}
          <form method="post" action={`${action}/save`} className="translate__form">
            <input type="hidden" name="editRevision" value={report.editRevision} />
            <table className="translate__table">
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Source ({localeLabel(report.sourceLocale)})</th>
                  <th scope="col">{localeLabel(locale)}</th>
                </tr>
              </thead>
              <tbody>
                {localeReport.fields.map((field) => (
                  <tr
                    key={field.path}
                    className={field.isChanged ? 'translate__row--changed' : undefined}
                  >
                    <th scope="row">
                      <code>{field.path}</code>
                      {field.isChanged && (
                        <span className="translations__status translations__status--outdated">
                          changed
                        </span>
                      )}
                      {field.isMachineDrafted && (
                        <span className="translations__machine">machine</span>
                      )}
                    </th>
                    <td>
                      {field.diff ? (
                        <p className="translate__diff" data-testid={`diff-${field.path}`}>
                          {field.diff.map((segment, index) =>
                            segment.kind === 'same' ? (
                              <span key={index}>{segment.text}</span>
                            ) : segment.kind === 'added' ? (
                              <ins key={index}>{segment.text}</ins>
                            ) : (
                              <del key={index}>{segment.text}</del>
                            ),
                          )}
                        </p>
                      ) : (
                        <p className="translate__source">{field.source}</p>
                      )}
                    </td>
                    <td>
                      <label className="visually-hidden" htmlFor={`field-${field.path}`}>
                        {field.path} in {localeLabel(locale)}
                      </label>
                      <textarea
                        id={`field-${field.path}`}
                        name={`field:${field.path}`}
                        defaultValue={field.target}
                        dir={isRightToLeft(locale) ? 'rtl' : 'ltr'}
                        lang={locale}
                        rows={Math.min(12, Math.max(2, Math.ceil(field.source.length / 60)))}
                      />
                      {[
                        ...field.tokens.missing.map((token) => `Missing or altered: ${token}`),
                        ...field.tokens.unexpected.map((token) => `Not in the source: ${token}`),
                        ...field.glossary.map(
                          (hit) => `Glossary: write "${hit.expected}" for ${hit.term}`,
                        ),
                      ].map((warning) => (
                        <p key={warning} className="translate__warning" role="note">
                          {warning}
                        </p>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button type="submit" className="btn btn--style-primary">
              Save draft
            </button>
          </form>
          <form method="post" action={`${action}/confirm`} className="translate__inline-form">
            <button type="submit" className="btn btn--style-secondary">
              Mark as up to date and ready for review
            </button>
          </form>
        </>
      )
    }
  }

  return (
    <AdminPage className="translate" view={props}>
      {body}
    </AdminPage>
  )
}
