import type { LocaleCode } from '@/i18n/locales'
import { buildAlternates, type Alternates } from '@/lib/seo/alternates'
import { absoluteUrl, localePath } from '@/lib/seo/urls'
import { siteTitleOf } from '@/lib/data/tenants'
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

/** The same path under each of the tenant's locales: hubs and listings exist in all of them. */
export const pathsInEveryLocale = (
  context: ReaderContext,
  ...segments: string[]
): Partial<Record<LocaleCode, string>> =>
  Object.fromEntries(
    context.tenant.enabledLocales.map((locale) => [locale, localePath(locale, ...segments)]),
  )

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
    title,
    twitter: {
      card: imageUrl ? 'summary_large_image' : 'summary',
      description,
      image: imageUrl,
      title,
    },
  }
}

/** The head of a hub (a country, carrier or topic): "{name} · {site}", in every locale. */
export const hubMetadata = (
  context: ReaderContext,
  { description, name, segments }: { description: string; name: string; segments: string[] },
): ReaderHead =>
  readerMetadata(context, {
    description,
    pathsByLocale: pathsInEveryLocale(context, ...segments),
    title: `${name} · ${siteTitleOf(context.tenant, context.locale)}`,
  })
