import type { Payload, Where } from 'payload'

import type { LocaleCode } from '@/i18n/locales'
import type { ID } from '@/lib/ids'
import type { SitemapEntry } from '@/lib/seo/sitemap'
import { guidePath } from '@/lib/seo/urls'

/**
 * The database reads behind a host's sitemap files, given the Payload instance (lib/data/sitemap.ts
 * caches them for the routes). The search entries hold exactly the (guide, locale) pairs readers
 * can open, so a file is one page of them.
 */
const publishedEntries = (tenantID: ID, locales: LocaleCode[]): Where => ({
  and: [{ tenant: { equals: tenantID } }, { locale: { in: locales } }],
})

/** How many guide files a host's sitemap index lists. */
export const countGuideSitemapFiles = async (
  payload: Payload,
  { locales, tenantID, urlsPerFile }: { locales: LocaleCode[]; tenantID: ID; urlsPerFile: number },
): Promise<number> => {
  const { totalDocs } = await payload.count({
    collection: 'search-entries',
    overrideAccess: false,
    where: publishedEntries(tenantID, locales),
  })
  return Math.ceil(totalDocs / urlsPerFile)
}

type EntryRow = { guide: ID | { id: ID }; guideUpdatedAt: string; locale: LocaleCode; slug: string }

const guideIDOf = (row: EntryRow): string =>
  String(typeof row.guide === 'object' ? row.guide.id : row.guide)

/**
 * One file of guide URLs: the published (guide, locale) pairs of the part, each with every
 * published locale of its guide as alternates.
 */
export const findGuideSitemapEntries = async (
  payload: Payload,
  {
    locales,
    part,
    tenantID,
    urlsPerFile,
  }: { locales: LocaleCode[]; part: number; tenantID: ID; urlsPerFile: number },
): Promise<SitemapEntry[]> => {
  const select = { guide: true, guideUpdatedAt: true, locale: true, slug: true } as const
  const { docs } = await payload.find({
    collection: 'search-entries',
    depth: 0,
    limit: urlsPerFile,
    overrideAccess: false,
    page: part,
    select,
    sort: ['guide', 'locale'],
    where: publishedEntries(tenantID, locales),
  })
  const rows = docs as unknown as EntryRow[]
  const guideIDs = [...new Set(rows.map(guideIDOf))]
  if (guideIDs.length === 0) return []
  const { docs: alternateDocs } = await payload.find({
    collection: 'search-entries',
    depth: 0,
    // Bounded by the guides of this file times the locales.
    limit: guideIDs.length * locales.length,
    overrideAccess: false,
    select,
    where: { and: [publishedEntries(tenantID, locales), { guide: { in: guideIDs } }] },
  })
  const byGuide = new Map<string, SitemapEntry & { urlLocales: LocaleCode[] }>()
  for (const row of alternateDocs as unknown as EntryRow[]) {
    const entry = byGuide.get(guideIDOf(row)) ?? {
      lastModified: row.guideUpdatedAt,
      pathsByLocale: {},
      urlLocales: [],
    }
    entry.pathsByLocale[row.locale] = guidePath(row.locale, row.slug)
    byGuide.set(guideIDOf(row), entry)
  }
  for (const row of rows) byGuide.get(guideIDOf(row))?.urlLocales.push(row.locale)
  return guideIDs.flatMap((id) => byGuide.get(id) ?? [])
}
