import type { AdminMessages } from '@/i18n/adminMessages'
import type { TranslationStatus } from '@/lib/translation/status'

/** A translation status in the person's admin language. */
export const statusLabel = (status: TranslationStatus, t: AdminMessages): string =>
  ({
    'in-progress': t.statusInProgress,
    missing: t.statusMissing,
    outdated: t.statusOutdated,
    'up-to-date': t.statusUpToDate,
  })[status]
