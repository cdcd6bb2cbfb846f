import type { LocaleCode } from '@/i18n/locales'
import type { ID } from '@/lib/ids'
import { listGuidePage, type GuideFilter } from './guides'

/** The guides a hub lists: a country's, a carrier's or a topic's. */
export type HubFilter = Exclude<GuideFilter, { kind: 'all' }>

/**
 * A hub (a country, carrier or topic page) exists in a locale only where the publication has a
 * published guide for it in that locale; at every other address it is a 404. These are the
 * locales a hub exists in, for its hreflang alternates and its language switcher: one counted
 * query of a single row per locale, each cached under the hub's tags.
 */
export const listHubLocales = async ({
  enabledLocales,
  filter,
  tenantID,
}: {
  enabledLocales: readonly LocaleCode[]
  filter: HubFilter
  tenantID: ID
}): Promise<LocaleCode[]> => {
  const totals = await Promise.all(
    enabledLocales.map(
      async (locale) =>
        (await listGuidePage({ filter, locale, page: 1, perPage: 1, tenantID })).totalDocs,
    ),
  )
  return enabledLocales.filter((_, index) => totals[index] > 0)
}
