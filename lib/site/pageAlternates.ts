import type { Metadata } from 'next'

import type { LocaleCode } from '../../i18n/locales'
import { buildAlternates } from '../seo/alternates'
import { localePath } from '../seo/urls'
import type { ReaderContext } from './readerContext'

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
): Metadata => {
  const alternates = buildAlternates({
    canonicalLocale: context.locale,
    defaultLocale: context.tenant.defaultLocale,
    origin: context.origin,
    pathsByLocale,
  })
  return {
    alternates,
    description,
    metadataBase: new URL(context.origin),
    openGraph: {
      description,
      images: image ? [{ url: image }] : undefined,
      locale: context.locale,
      siteName: context.tenant.name,
      title,
      type,
      url: alternates.canonical,
    },
    title,
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      description,
      images: image ? [image] : undefined,
      title,
    },
  }
}
