import type { AdminViewServerProps } from 'payload'

import { Banner, Pill } from '@payloadcms/ui'

import { adminLocaleFor, getAdminMessages, type AdminMessages } from '@/i18n/adminMessages'
import { isLocaleCode, isRightToLeft, localeLabel, type LocaleCode } from '@/i18n/locales'
import { format } from '@/i18n/messages'
import { fieldLabel } from '@/lib/translation/fieldLabels'
import {
  buildGuideTranslationReport,
  type ActingUser,
  type FieldReport,
  type LocaleReport,
} from '@/lib/translation/guideTranslationReport'
import { findMemoryMatches, type MemoryMatch } from '@/lib/translation/memory/translationMemory'
import { workLocalesFor } from '@/access/memberships'
import { AdminPage } from './AdminPage'
import { FormattedRichText } from './FormattedRichText'
import { RichTextSubmitGuard } from './RichTextSubmitGuard'
import { RichTextTranslationField } from './RichTextTranslationField'
import { statusLabel } from './translationStatusLabel'
import './translations.css'

type Notice = { text: string; type: 'error' | 'info' | 'success' }

/** What the last action did, from the address the form was sent back to. */
const noticeFrom = (
  searchParams: AdminViewServerProps['searchParams'],
  t: AdminMessages,
  locale: LocaleCode,
): Notice | null => {
  const param = (name: string) =>
    typeof searchParams?.[name] === 'string' ? (searchParams[name] as string) : undefined
  const error = param('error')
  if (error) return { text: error, type: 'error' }
  if (param('confirmed')) return { text: t.confirmed, type: 'success' }
  const saved = param('saved')
  if (saved !== undefined) {
    return Number(saved) > 0
      ? { text: format(t.draftSaved, { count: saved }), type: 'success' }
      : { text: t.nothingChanged, type: 'info' }
  }
  const imported = param('imported')
  if (imported !== undefined)
    return {
      text: format(t.importedXliff, { applied: imported, skipped: param('skipped') ?? '0' }),
      type: 'success',
    }
  const filled = param('filled')
  if (filled !== undefined) {
    const isMemory = param('from') === 'memory'
    const script = locale === 'zh-Hant' ? t.simplified : t.traditional
    if (Number(filled) > 0)
      return {
        text: format(isMemory ? t.filledFromMemory : t.filledFromOpenCC, { count: filled }),
        type: 'success',
      }
    return {
      text: isMemory ? t.nothingFromMemory : format(t.nothingToConvert, { script }),
      type: 'info',
    }
  }
  return null
}

function SourceDiff({ field }: { field: FieldReport }) {
  if (!field.diff) return null
  return (
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
  )
}

/** Rich text keeps its formatting on the source side; what changed in it is shown as text. */
function SourceCell({
  field,
  sourceLocale,
  t,
}: {
  field: FieldReport
  sourceLocale: LocaleCode
  t: AdminMessages
}) {
  if (!field.richText) {
    return field.diff ? (
      <SourceDiff field={field} />
    ) : (
      <p className="translate__source">{field.source}</p>
    )
  }
  return (
    <>
      <FormattedRichText
        className="translate__rich-source"
        dir={isRightToLeft(sourceLocale) ? 'rtl' : 'ltr'}
        lang={sourceLocale}
        value={field.richText.source}
      />
      {field.diff && <p className="translate__diff-label">{t.sourceChanges}</p>}
      <SourceDiff field={field} />
    </>
  )
}

/** The translation's value: a text box, or Payload's rich-text editor for rich-text fields. */
function TargetInput({
  field,
  label,
  locale,
  t,
}: {
  field: FieldReport
  label: string
  locale: LocaleCode
  t: AdminMessages
}) {
  const dir = isRightToLeft(locale) ? 'rtl' : 'ltr'
  const accessibleName = format(t.inLanguage, { field: label, language: localeLabel(locale) })
  if (field.richText) {
    return (
      <RichTextTranslationField
        dir={dir}
        initialValue={field.richText.target}
        label={accessibleName}
        lang={locale}
        path={field.path}
        preview={
          <div className="translate__rich-preview">
            <FormattedRichText
              className="translate__rich-source"
              dir={dir}
              lang={locale}
              value={field.richText.target}
            />
            <noscript>
              <p className="translate__notice">{t.richTextNeedsScript}</p>
            </noscript>
          </div>
        }
        schemaPath={`collection.guides.${field.path.replace(/\.\d+\./, '.')}`}
      />
    )
  }
  return (
    <>
      <label className="visually-hidden" htmlFor={`field-${field.path}`}>
        {accessibleName}
      </label>
      <textarea
        dir={dir}
        defaultValue={field.target}
        id={`field-${field.path}`}
        lang={locale}
        name={`field:${field.path}`}
        rows={Math.min(12, Math.max(2, Math.ceil(field.source.length / 60)))}
      />
    </>
  )
}

function MemoryMatches({
  matches,
  t,
  uiLocale,
}: {
  matches: MemoryMatch[]
  t: AdminMessages
  uiLocale: LocaleCode
}) {
  if (matches.length === 0) return null
  return (
    <details className="translate__memory" open={matches[0].score === 100}>
      <summary>
        {t.memory} · {matches[0].score}%
      </summary>
      <ul>
        {matches.map((match) => (
          <li key={`${match.sourceText}-${match.targetText}`} data-testid="memory-match">
            <span className="translate__memory-target">{match.targetText}</span>
            <span className="translate__memory-origin">
              {format(t.memoryMatch, {
                origin: [
                  match.originTitle,
                  match.originField ? fieldLabel(match.originField, uiLocale) : null,
                  match.confirmedAt?.slice(0, 10),
                ]
                  .filter(Boolean)
                  .join(' · '),
                score: match.score,
              })}
            </span>
          </li>
        ))}
      </ul>
    </details>
  )
}

function FieldRow({
  field,
  locale,
  matches,
  sourceLocale,
  t,
  uiLocale,
}: {
  field: FieldReport
  locale: LocaleCode
  matches: MemoryMatch[]
  sourceLocale: LocaleCode
  t: AdminMessages
  uiLocale: LocaleCode
}) {
  const label = fieldLabel(field.path, uiLocale)
  const warnings = [
    ...field.tokens.missing.map((token) => format(t.missingToken, { token })),
    ...field.tokens.unexpected.map((token) => format(t.notInSource, { token })),
    ...field.glossary.map((hit) =>
      format(t.glossaryWarning, { expected: hit.expected, term: hit.term }),
    ),
  ]
  return (
    <tr className={field.isChanged ? 'translate__row--changed' : undefined}>
      <th scope="row">
        <span className="translate__field-label">{label}</span>
        {field.isChanged && (
          <Pill pillStyle="warning" size="small">
            {t.changed}
          </Pill>
        )}
        {field.isMachineDrafted && (
          <Pill pillStyle="light-gray" size="small">
            {t.machine}
          </Pill>
        )}
      </th>
      <td>
        <SourceCell field={field} sourceLocale={sourceLocale} t={t} />
      </td>
      <td>
        <TargetInput field={field} label={label} locale={locale} t={t} />
        <MemoryMatches matches={matches} t={t} uiLocale={uiLocale} />
        {warnings.map((warning) => (
          <p className="translate__warning" key={warning} role="note">
            {warning}
          </p>
        ))}
      </td>
    </tr>
  )
}

/**
 * Side by side: the source text of every field on one side, the translation on the other, with
 * what changed in the source since the translation was last confirmed and what the translation
 * memory knows. One form: every button saves what was typed before it acts, and works without
 * client JavaScript; the page comes back with a notice of what happened.
 */
export async function TranslateView(props: AdminViewServerProps) {
  const { initPageResult, params, searchParams } = props
  const { req } = initPageResult
  const uiLocale = adminLocaleFor(req.i18n?.language)
  const t = getAdminMessages(uiLocale)
  const segments = (params?.segments as string[] | undefined) ?? []
  const [, guideID, locale] = segments
  const user = req.user?.collection === 'users' ? (req.user as ActingUser) : null
  const adminRoute = req.payload.config.routes.admin
  const apiRoute = req.payload.config.routes.api

  let body: React.ReactNode
  if (!user || !guideID || !locale || !isLocaleCode(locale)) {
    body = <p>{t.noSuchTranslation}</p>
  } else {
    const report = await buildGuideTranslationReport({ guideID, payload: req.payload, user }).catch(
      () => null,
    )
    const tenantID = report?.tenantID
    const allowed = tenantID !== undefined ? workLocalesFor(user, tenantID) : []
    const localeReport = report?.locales.find((entry) => entry.locale === locale)
    if (!report || !localeReport || (allowed && !allowed.includes(locale))) {
      body = <p>{t.cannotWork}</p>
    } else {
      const matches = await findMemoryMatches({
        payload: req.payload,
        sourceLocale: report.sourceLocale,
        targetLocale: locale,
        tenantID: report.tenantID,
        texts: Object.fromEntries(localeReport.fields.map((field) => [field.path, field.source])),
        user,
      }).catch(() => ({}) as Record<string, MemoryMatch[]>)
      body = (
        <TranslateForm
          action={`${apiRoute}/guides/${guideID}/translations/${locale}`}
          adminRoute={adminRoute}
          guideID={guideID}
          locale={locale}
          localeReport={localeReport}
          matches={matches}
          notice={noticeFrom(searchParams, t, locale)}
          report={report}
          t={t}
          uiLocale={uiLocale}
        />
      )
    }
  }

  return (
    <AdminPage className="translate" view={props}>
      <div dir={isRightToLeft(uiLocale) ? 'rtl' : undefined} lang={uiLocale}>
        {body}
      </div>
    </AdminPage>
  )
}

function TranslateForm({
  action,
  adminRoute,
  guideID,
  locale,
  localeReport,
  matches,
  notice,
  report,
  t,
  uiLocale,
}: {
  action: string
  adminRoute: string
  guideID: string
  locale: LocaleCode
  localeReport: LocaleReport
  matches: Record<string, MemoryMatch[]>
  notice: Notice | null
  report: Awaited<ReturnType<typeof buildGuideTranslationReport>>
  t: AdminMessages
  uiLocale: LocaleCode
}) {
  const isChinese = locale === 'zh-Hans' || locale === 'zh-Hant'
  const formatDate = (value: string) =>
    new Intl.DateTimeFormat(uiLocale, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(value),
    )
  return (
    <>
      <p className="translate__back">
        <a href={`${adminRoute}/translations`}>{t.allTranslations}</a> ·{' '}
        <a href={`${adminRoute}/collections/guides/${guideID}?locale=${locale}`}>
          {t.openFullEditor}
        </a>{' '}
        · <a href={`${action}/xliff`}>{t.exportXliff}</a>
      </p>
      <h1>
        {report.sourceTitle} <span className="translate__locale">→ {localeLabel(locale)}</span>
      </h1>
      <p className="translate__summary">
        {t.status}:{' '}
        <strong data-status={localeReport.status} data-testid="translation-status">
          {statusLabel(localeReport.status, t)}
        </strong>
        {localeReport.state === 'ready-for-review' && ` · ${t.readyForReview}`}
        {localeReport.confirmedAt &&
          ` · ${format(t.lastConfirmed, {
            date: formatDate(localeReport.confirmedAt),
            who: localeReport.confirmedBy ?? '—',
          })}`}
      </p>
      {notice && (
        <div aria-live="polite" data-testid="translate-notice" role="status">
          <Banner type={notice.type}>{notice.text}</Banner>
        </div>
      )}
      {localeReport.machineDrafted.length > 0 && (
        <p className="translate__notice">
          {format(t.machineNotice, {
            fields: localeReport.machineDrafted
              .map((path) => fieldLabel(path, uiLocale))
              .join(', '),
          })}
        </p>
      )}
      <form action={`${action}/save`} className="translate__form" method="post">
        <input name="editRevision" type="hidden" value={report.editRevision} />
        <RichTextSubmitGuard />
        <div className="translate__tools">
          {isChinese && (
            <button
              className="btn btn--style-secondary btn--size-small"
              formAction={`${action}/draft-chinese`}
              type="submit"
            >
              {format(t.fillOpenCC, {
                script: locale === 'zh-Hant' ? t.simplified : t.traditional,
              })}
            </button>
          )}
          <button
            className="btn btn--style-secondary btn--size-small"
            formAction={`${action}/fill-memory`}
            type="submit"
          >
            {t.fillFromMemory}
          </button>
        </div>
        <table className="translate__table">
          <thead>
            <tr>
              <th scope="col">{t.field}</th>
              <th scope="col">
                {format(t.source, { language: localeLabel(report.sourceLocale) })}
              </th>
              <th scope="col">{localeLabel(locale)}</th>
            </tr>
          </thead>
          <tbody>
            {localeReport.fields.map((field) => (
              <FieldRow
                field={field}
                key={field.path}
                locale={locale}
                matches={matches[field.path] ?? []}
                sourceLocale={report.sourceLocale}
                t={t}
                uiLocale={uiLocale}
              />
            ))}
            <tr>
              <th scope="row">{t.fieldSlug}</th>
              <td>
                <p className="translate__source">{report.sourceSlug}</p>
              </td>
              <td>
                <label className="visually-hidden" htmlFor="field-slug">
                  {format(t.inLanguage, { field: t.fieldSlug, language: localeLabel(locale) })}
                </label>
                <input
                  className="translate__slug"
                  defaultValue={localeReport.slug}
                  dir="ltr"
                  id="field-slug"
                  name="field:slug"
                  type="text"
                />
              </td>
            </tr>
          </tbody>
        </table>
        <div className="translate__actions">
          <button className="btn btn--style-primary" type="submit">
            {t.saveDraft}
          </button>
          <button
            className="btn btn--style-secondary"
            formAction={`${action}/confirm`}
            type="submit"
          >
            {t.confirm}
          </button>
        </div>
      </form>
      <form
        action={`${action}/xliff`}
        className="translate__upload"
        encType="multipart/form-data"
        method="post"
      >
        <label htmlFor="xliff-file">{t.importXliff}</label>
        <input accept=".xlf,.xliff,application/xliff+xml" id="xliff-file" name="file" type="file" />
        <button className="btn btn--style-secondary btn--size-small" type="submit">
          {t.importButton}
        </button>
      </form>
    </>
  )
}
