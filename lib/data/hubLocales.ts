import type { LocaleCode } from '@/i18n/locales'
import type { ID } from '@/lib/ids'
import { listGuides, listGuidesByCarrier, listGuidesByCountry, type GuideSummary } from './guides'

/**
 * A hub (a country, carrier or topic page) exists in a locale only where the publication has a
 * published guide for it in that locale; at every other address it is a 404. One rule for all
 * three kinds, used by the pages themselves and by their hreflang alternates and language links.
 */
export type HubScope =
  | { countryID: ID; kind: 'country' }
  | { carrierID: ID; kind: 'carrier' }
  | { kind: 'topic'; topic: GuideSummary['topic'] }

export const listHubGuides = async ({
  locale,
  scope,
  tenantID,
}: {
  locale: LocaleCode
  scope: HubScope
  tenantID: ID
}): Promise<GuideSummary[]> => {
  if (scope.kind === 'country')
    return listGuidesByCountry({ countryID: scope.countryID, locale, tenantID })
  if (scope.kind === 'carrier')
    return listGuidesByCarrier({ carrierID: scope.carrierID, locale, tenantID })
  const guides = await listGuides({ locale, tenantID })
  return guides.filter((guide) => guide.topic === scope.topic)
}

/** The tenant's locales in which the hub exists. */
export const listHubLocales = async ({
  enabledLocales,
  scope,
  tenantID,
}: {
  enabledLocales: readonly LocaleCode[]
  scope: HubScope
  tenantID: ID
}): Promise<LocaleCode[]> => {
  const counts = await Promise.all(
    enabledLocales.map(async (locale) => (await listHubGuides({ locale, scope, tenantID })).length),
  )
  return enabledLocales.filter((_, index) => counts[index] > 0)
}
