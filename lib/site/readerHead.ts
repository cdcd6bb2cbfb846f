import type { LocaleCode } from '@/i18n/locales'
import { buildAlternates, type Alternates } from '@/lib/seo/alternates'
import { absoluteUrl, localePath } from '@/lib/seo/urls'
import { siteTitleOf } from '@/lib/data/tenants'
import type { HubListingPage } from '@/lib/data/hubListing'
import { truncateDescription } from '@/lib/seo/guideMetadata'
import type { ReaderContext } from './readerContext'

/** Everything a reader page puts in its `<head>` besides stylesheets. */
export type ReaderHead = {
  alternates?: Alternates
  description?: string
  openGraph?: {
    description: string
    image?: string
    locale: LocaleCode
    siteName: string
    title: string
    type: 'article' | 'website'
    url: string
  }
  /** The neighbouring pages of a paginated listing, for rel=prev/next. */
  pagination?: { next: null | string; prev: null | string }
  /** `noindex` keeps the page out of search engines (its links are still followed). */
  robots?: 'noindex'
  title: string
  twitter?: {
    card: 'summary' | 'summary_large_image'
    description: string
    image?: string
    title: string
  }
}

/** Search engines show about this many characters of a title; longer ones are cut. */
export const titleLimit = 70

/**
 * "{page} · {site}" when it fits the limit, else the page's own title, shortened at a word
 * boundary when even that is too long.
 */
export const pageTitle = (title: string, siteTitle?: string): string => {
  const full = siteTitle ? `${title} · ${siteTitle}` : title
  if (Array.from(full).length <= titleLimit) return full
  return truncateDescription(title, titleLimit)
}

/** The same path under each of the given locales. */
export const pathsInLocales = (
  locales: readonly LocaleCode[],
  ...segments: string[]
): Partial<Record<LocaleCode, string>> =>
  Object.fromEntries(locales.map((locale) => [locale, localePath(locale, ...segments)]))

/** The same path under each of the tenant's locales: home and search exist in all of them. */
export const pathsInEveryLocale = (
  context: ReaderContext,
  ...segments: string[]
): Partial<Record<LocaleCode, string>> => pathsInLocales(context.tenant.enabledLocales, ...segments)

/** Title, description, canonical, hreflang and social cards for a reader page. */
export const readerMetadata = (
  context: ReaderContext,
  {
    description,
    image,
    pathsByLocale,
    title,
    type = 'website',
  }: {
    description: string
    image?: string
    pathsByLocale: Partial<Record<LocaleCode, string>>
    title: string
    type?: 'article' | 'website'
  },
): ReaderHead => {
  const alternates = buildAlternates({
    canonicalLocale: context.locale,
    defaultLocale: context.tenant.defaultLocale,
    origin: context.origin,
    pathsByLocale,
  })
  const imageUrl = image ? absoluteUrl(context.origin, image) : undefined
  return {
    alternates,
    description,
    openGraph: {
      description,
      image: imageUrl,
      locale: context.locale,
      siteName: context.tenant.name,
      title,
      type,
      url: alternates.canonical,
    },
    title: pageTitle(title),
    twitter: {
      card: imageUrl ? 'summary_large_image' : 'summary',
      description,
      image: imageUrl,
      title,
    },
  }
}

/**
 * The head of a hub (a country, carrier or topic): "{name} · {site}", with hreflang alternates
 * only in the locales where the hub has guides (elsewhere its address is a 404).
 */
export const hubMetadata = (
  context: ReaderContext,
  {
    description,
    listing,
    locales,
    name,
    segments,
  }: {
    description: string
    /** Which page of the hub's guides this is: pages after the first are their own canonical. */
    listing: Pick<HubListingPage, 'links' | 'page'>
    locales: readonly LocaleCode[]
    name: string
    segments: string[]
  },
): ReaderHead => {
  const isFirstPage = listing.page === 1
  const head = readerMetadata(context, {
    description,
    // Later pages exist only in their own locale's numbering: they name no alternates.
    pathsByLocale: isFirstPage
      ? pathsInLocales(locales, ...segments)
      : { [context.locale]: listing.links.canonical },
    title: pageTitle(
      isFirstPage ? name : `${name} (${listing.page})`,
      siteTitleOf(context.tenant, context.locale),
    ),
  })
  // Absolute, like the canonical beside them.
  const absolute = (path: null | string) => (path ? absoluteUrl(context.origin, path) : null)
  return {
    ...head,
    pagination: { next: absolute(listing.links.next), prev: absolute(listing.links.prev) },
  }
}

