import type { LocaleCode } from '@/i18n/locales'
import type { ID } from '@/lib/ids'
import { hubPageSize, listGuidePage, type GuideListPage } from './guides'
import type { HubFilter } from './hubLocales'
import { pageLinks, parsePageParam, type PageLinks } from './pagination'

export type HubListingPage = GuideListPage & { links: PageLinks }

/**
 * The page number a hub's `/page/N` segment names (proxy.ts turns a reader's `?page=N` into it,
 * so each page is cached under its own path): 1 without one, null for a malformed number or a
 * spelled-out first page, whose address is the hub itself.
 */
export const hubPageNumber = (pageSegment: string | undefined): null | number => {
  if (pageSegment === undefined) return 1
  const page = parsePageParam(pageSegment)
  return page === null || page === 1 ? null : page
}

/** The page with its canonical and rel links, or null for an empty hub or a page past the last. */
export const withPageLinks = (listing: GuideListPage, path: string): HubListingPage | null =>
  listing.totalDocs === 0 || listing.page > listing.totalPages
    ? null
    : { ...listing, links: pageLinks({ page: listing.page, path, totalPages: listing.totalPages }) }

/** The page of a hub's guides its address names, or null for a 404. */
export const readHubListing = async ({
  filter,
  locale,
  pageSegment,
  path,
  sort,
  tenantID,
}: {
  filter: HubFilter
  locale: LocaleCode
  pageSegment: string | undefined
  /** The hub's own address, which page links build on. */
  path: string
  sort?: string[]
  tenantID: ID
}): Promise<HubListingPage | null> => {
  const page = hubPageNumber(pageSegment)
  if (page === null) return null
  const listing = await listGuidePage({
    filter,
    locale,
    page,
    perPage: hubPageSize,
    sort,
    tenantID,
  })
  return withPageLinks(listing, path)
}
