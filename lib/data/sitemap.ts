import { guideTopics } from '@/collections/Guides/topics'
import type { LocaleCode } from '@/i18n/locales'
import type { ID } from '@/lib/ids'
import { cacheTags } from '@/lib/cache/tags'
import { sitemapProtocolLimits, type SitemapEntry } from '@/lib/seo/sitemap'
import { carrierPath, countryPath, homePath, topicPath } from '@/lib/seo/urls'
import { cached } from './cached'
import { getPayloadClient } from './getPayloadClient'
import { listGuideFacets } from './guides'
import { listCarrierSlugs, listCountries } from './referenceData'
import { countGuideSitemapFiles as countFiles, findGuideSitemapEntries } from './sitemapQueries'

/**
 * Guide URLs per sitemap file. Well under the protocol's 50,000 so that even long slugs with five
 * alternates each stay under its 50 MB; SITEMAP_MAX_URLS lowers it (tests split at a handful).
 */
export const sitemapUrlsPerFile = (): number =>
  Math.min(Number(process.env.SITEMAP_MAX_URLS) || 10_000, sitemapProtocolLimits.maxUrls)

/** How many guide files the host's sitemap index lists. */
export const countGuideSitemapFiles = ({
  locales,
  tenantID,
}: {
  locales: LocaleCode[]
  tenantID: ID
}): Promise<number> =>
  cached(
    async () =>
      countFiles(await getPayloadClient(), {
        locales,
        tenantID,
        urlsPerFile: sitemapUrlsPerFile(),
      }),
    ['sitemap-files', String(tenantID), locales.join(','), String(sitemapUrlsPerFile())],
    [cacheTags.tenantGuides(tenantID)],
  )()

/** One file of guide URLs, cached until a guide of the tenant changes. */
export const listGuideSitemapEntries = ({
  locales,
  part,
  tenantID,
}: {
  locales: LocaleCode[]
  part: number
  tenantID: ID
}): Promise<SitemapEntry[]> =>
  cached(
    async () =>
      findGuideSitemapEntries(await getPayloadClient(), {
        locales,
        part,
        tenantID,
        urlsPerFile: sitemapUrlsPerFile(),
      }),
    [
      'sitemap-guides',
      String(tenantID),
      locales.join(','),
      String(part),
      String(sitemapUrlsPerFile()),
    ],
    [cacheTags.tenantGuides(tenantID)],
  )()

/** Home pages, and the country, carrier and topic hubs that have published guides, per locale. */
export const listHubSitemapEntries = async ({
  locales,
  tenantID,
}: {
  locales: LocaleCode[]
  tenantID: ID
}): Promise<SitemapEntry[]> => {
  const [facets, countries, carriers] = await Promise.all([
    Promise.all(
      locales.map(async (locale) => ({ locale, ...(await listGuideFacets({ locale, tenantID })) })),
    ),
    listCountries(),
    listCarrierSlugs(),
  ])
  const localesWith = (has: (facet: (typeof facets)[number]) => boolean) =>
    facets.filter(has).map((facet) => facet.locale)
  const pathsFor = (hubLocales: LocaleCode[], build: (locale: LocaleCode) => string) =>
    Object.fromEntries(hubLocales.map((locale) => [locale, build(locale)]))
  const hub = (hubLocales: LocaleCode[], build: (locale: LocaleCode) => string) =>
    hubLocales.length > 0 ? [{ pathsByLocale: pathsFor(hubLocales, build) }] : []

  return [
    { pathsByLocale: pathsFor(locales, homePath) },
    ...countries.flatMap((country) =>
      hub(
        localesWith((facet) => facet.countryIDs.some((id) => String(id) === String(country.id))),
        (locale) => countryPath(locale, country.slug),
      ),
    ),
    ...carriers.flatMap((carrier) =>
      hub(
        localesWith((facet) => facet.carrierIDs.some((id) => String(id) === String(carrier.id))),
        (locale) => carrierPath(locale, carrier.slug),
      ),
    ),
    ...guideTopics.flatMap((topic) =>
      hub(
        localesWith((facet) => facet.topics.includes(topic.value)),
        (locale) => topicPath(locale, topic.value),
      ),
    ),
  ]
}
