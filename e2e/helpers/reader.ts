import type { Page, Response } from '@playwright/test'

import { expect } from '@playwright/test'

import type { LocaleCode } from '@/i18n/locales'
import { getMessages } from '@/i18n/messages'
import { seedGuides } from '@/seed/data/guides'
import { seedTenants } from '@/seed/data/tenants'
import type { SeedGuideLocale } from '@/seed/types'
import { e2ePort } from './e2ePort'

/**
 * Reader-site URLs for the end-to-end suite. The reader site is routed by host name, so every URL
 * names a tenant's host (Chromium resolves *.localhost to 127.0.0.1 by itself) on the port the
 * e2e server listens on. Node does not resolve *.localhost: read reader URLs through a page.
 */

export type TenantSlug = 'americas' | 'asia'

/** A host that no publication claims. */
export const unknownHost = 'nowhere.localhost'

const hostOf = (tenantOrHost: string): string =>
  seedTenants.find((tenant) => tenant.slug === tenantOrHost)?.domains[0] ?? tenantOrHost

/** 'http://asia.localhost:3100' for a tenant slug, or the origin of any other host name. */
export const siteOrigin = (tenantOrHost: TenantSlug | string): string =>
  `http://${hostOf(tenantOrHost)}:${e2ePort}`

/** siteURL('asia', '/en') → 'http://asia.localhost:3100/en'. The path is used as given. */
export const siteURL = (tenantOrHost: TenantSlug | string, path = '/'): string =>
  `${siteOrigin(tenantOrHost)}${path}`

/** '/{locale}/guides/{slug}', the slug percent-encoded as the reader site links it. */
export const guidePath = (locale: LocaleCode, slug: string): string =>
  `/${locale}/guides/${encodeURIComponent(slug)}`

export const guideURL = (tenant: TenantSlug, locale: LocaleCode, slug: string): string =>
  siteURL(tenant, guidePath(locale, slug))

/** '/{locale}/search?q=…' */
export const searchPath = (locale: LocaleCode, query: string): string =>
  `/${locale}/search?q=${encodeURIComponent(query)}`

/**
 * A seeded guide by its English slug, with its text in every locale it is translated into. Tests
 * name guides by that slug so they follow the seed rather than copies of its titles.
 */
export const seededGuide = (englishSlug: string) => {
  const guide = seedGuides.find((candidate) => candidate.locales.en?.slug === englishSlug)
  expect(guide, `seeded guide ${englishSlug}`).toBeDefined()
  const found = guide as (typeof seedGuides)[number]
  const locales = Object.keys(found.locales) as LocaleCode[]
  return {
    ...found,
    /** Locales the guide is written in, in seed order. */
    localeCodes: locales,
    in: (locale: LocaleCode): SeedGuideLocale => {
      const text = found.locales[locale]
      expect(text, `${englishSlug} in ${locale}`).toBeDefined()
      return text as SeedGuideLocale
    },
  }
}

/** Titles of every seeded guide in every locale: none may appear where guides must not. */
export const allSeededTitles = (
  filter: (guide: (typeof seedGuides)[number]) => boolean = () => true,
) =>
  seedGuides
    .filter(filter)
    .flatMap((guide) => Object.values(guide.locales).map((text) => text.title))

export const messagesOf = getMessages

/** Opens a reader URL and returns the main document's response (never null for http URLs). */
export const openReaderPage = async (page: Page, url: string): Promise<Response> => {
  const response = await page.goto(url)
  expect(response, `response for ${url}`).not.toBeNull()
  return response as Response
}

/**
 * Opens a reader URL and waits until the page's background requests are over: Next prefetches the
 * links in view (the home page among them). Tests that change content right after must not have a
 * prefetch still rendering during the save: the revalidation hook expires the cache tags inside
 * the save's database transaction, so a read in that window caches the old content again, with
 * nothing left to expire it.
 */
export const openReaderPageAndSettle = async (page: Page, url: string): Promise<Response> => {
  const response = await openReaderPage(page, url)
  await page.waitForLoadState('networkidle')
  return response
}

/** hreflang → href of every `<link rel="alternate" hreflang>` in the document head. */
export const hreflangAlternates = async (page: Page): Promise<Record<string, string>> =>
  page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((links) =>
      Object.fromEntries(
        links.map((link) => [link.getAttribute('hreflang') ?? '', link.getAttribute('href') ?? '']),
      ),
    )

/** The href of `<link rel="canonical">`. */
export const canonicalHref = async (page: Page): Promise<string | null> =>
  page.locator('head link[rel="canonical"]').getAttribute('href')
