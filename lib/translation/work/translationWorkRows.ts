import type { ID } from '@/lib/ids'
import type { GuideTranslationReport, LocaleReport } from '../guideTranslationReport'

export type TranslationWorkRow = {
  changedFieldCount: number
  guide: ID
  isMachineDrafted: boolean
  isPublished: boolean
  locale: string
  needsWork: boolean
  reviewState: 'in-progress' | 'ready-for-review' | null
  sourceTitle: string
  sourceUpdatedAt: string
  status: LocaleReport['status']
  tenant: ID
  warningCount: number
}

/** A locale needs someone's attention unless it is up to date and nobody has to review it. */
export const needsWork = (locale: Pick<LocaleReport, 'state' | 'status'>): boolean =>
  locale.status !== 'up-to-date' || locale.state === 'ready-for-review'

/** What the Translations list shows of each target locale of a guide, as stored rows. */
export const translationWorkRows = (report: GuideTranslationReport): TranslationWorkRow[] =>
  report.locales.map((locale) => ({
    changedFieldCount: locale.changedFields.length,
    guide: report.guideID,
    isMachineDrafted: locale.machineDrafted.length > 0,
    isPublished: locale.isPublished,
    locale: locale.locale,
    needsWork: needsWork(locale),
    reviewState: locale.state,
    sourceTitle: report.sourceTitle,
    sourceUpdatedAt: report.sourceUpdatedAt,
    status: locale.status,
    tenant: report.tenantID,
    warningCount: locale.warningCount,
  }))
