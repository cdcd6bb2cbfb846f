import { guideTopics } from '@/collections/Guides/topics'
import type { LocaleCode } from '@/i18n/locales'
import { listGuides } from '@/lib/data/guides'
import { listCarrierSlugs, listCountries } from '@/lib/data/referenceData'
import { getTenantByHost } from '@/lib/data/tenants'
import { buildSitemapXml, type SitemapEntry } from '@/lib/seo/sitemap'
import { carrierPath, countryPath, guidePath, homePath, topicPath } from '@/lib/seo/urls'
import { originOf } from '@/lib/env/readerOrigin'
import { hostFromSegment } from '@/lib/tenant/parseHost'

// Rendered per request from cached reads: the file name alone would make Next prerender it at
// build time, when no tenant (and no database) is known.
export const dynamic = 'force-dynamic'

/** Every published guide and hub of the host's tenant, in every locale it is published in. */
export async function GET(_request: Request, { params }: { params: Promise<{ host: string }> }) {
  const host = hostFromSegment((await params).host)
  const tenant = host ? await getTenantByHost(host) : null
  if (!host || !tenant) return new Response('Not found', { status: 404 })

  const perLocale = await Promise.all(
    tenant.enabledLocales.map(async (locale) => ({
      guides: await listGuides({ locale, tenantID: tenant.id }),
      locale,
    })),
  )
  const [countries, carriers] = await Promise.all([listCountries(), listCarrierSlugs()])

  const guidePaths = new Map<
    string,
    { lastModified: string; paths: Partial<Record<LocaleCode, string>> }
  >()
  const hubLocales = {
    carriers: new Map<string, Set<LocaleCode>>(),
    countries: new Map<string, Set<LocaleCode>>(),
  }
  const topicLocales = new Map<string, Set<LocaleCode>>()
  const add = (map: Map<string, Set<LocaleCode>>, key: string, locale: LocaleCode) =>
    map.set(key, (map.get(key) ?? new Set()).add(locale))

  for (const { guides, locale } of perLocale) {
    for (const guide of guides) {
      const entry = guidePaths.get(String(guide.id)) ?? { lastModified: guide.updatedAt, paths: {} }
      entry.paths[locale] = guidePath(locale, guide.slug)
      guidePaths.set(String(guide.id), entry)
      add(hubLocales.countries, String(guide.countryID), locale)
      guide.carrierIDs.forEach((id) => add(hubLocales.carriers, String(id), locale))
      add(topicLocales, guide.topic, locale)
    }
  }

  const pathsFor = (locales: Set<LocaleCode> | undefined, build: (locale: LocaleCode) => string) =>
    Object.fromEntries([...(locales ?? [])].map((locale) => [locale, build(locale)]))

  const entries: SitemapEntry[] = [
    { pathsByLocale: pathsFor(new Set(tenant.enabledLocales), homePath) },
    ...[...guidePaths.values()].map((entry) => ({
      lastModified: entry.lastModified,
      pathsByLocale: entry.paths,
    })),
    ...countries
      .filter((country) => hubLocales.countries.has(String(country.id)))
      .map((country) => ({
        pathsByLocale: pathsFor(hubLocales.countries.get(String(country.id)), (locale) =>
          countryPath(locale, country.slug),
        ),
      })),
    ...carriers
      .filter((carrier) => hubLocales.carriers.has(String(carrier.id)))
      .map((carrier) => ({
        pathsByLocale: pathsFor(hubLocales.carriers.get(String(carrier.id)), (locale) =>
          carrierPath(locale, carrier.slug),
        ),
      })),
    ...guideTopics
      .filter((topic) => topicLocales.has(topic.value))
      .map((topic) => ({
        pathsByLocale: pathsFor(topicLocales.get(topic.value), (locale) =>
          topicPath(locale, topic.value),
        ),
      })),
  ]

  return new Response(buildSitemapXml(originOf(host), entries), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
}
