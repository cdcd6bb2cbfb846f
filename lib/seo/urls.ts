import type { LocaleCode } from '@/i18n/locales'
import type { Guide } from '@/payload-types'

/**
 * Reader-site paths. Every path segment is percent-encoded exactly once, here, with
 * encodeURIComponent: pass raw slugs ('激活-zong-电话卡', 'جاز-سم'), never values that are already
 * encoded (a slug read back from a request URL must be decoded first). Slugs only hold letters,
 * digits and hyphens (lib/validation/slug.ts), so a '%' in a segment is always a literal and is
 * encoded as '%25'.
 */

export type GuideTopic = Guide['topic']

/** '/{locale}/{segment}/…' with each segment encoded on its own. */
export const localePath = (locale: LocaleCode, ...segments: string[]): string =>
  [locale, ...segments].map((segment) => `/${encodeURIComponent(segment)}`).join('')

/** The locale's home page: '/en'. */
export const homePath = (locale: LocaleCode): string => localePath(locale)

export const guidePath = (locale: LocaleCode, slug: string): string =>
  localePath(locale, 'guides', slug)

export const countryPath = (locale: LocaleCode, countrySlug: string): string =>
  localePath(locale, 'countries', countrySlug)

export const carrierPath = (locale: LocaleCode, carrierSlug: string): string =>
  localePath(locale, 'carriers', carrierSlug)

export const topicPath = (locale: LocaleCode, topic: GuideTopic): string =>
  localePath(locale, 'topics', topic)

/** '/{locale}/search', plus '?q=' when the query has something other than whitespace. */
export const searchPath = (locale: LocaleCode, query?: string | null): string => {
  const path = localePath(locale, 'search')
  const q = query?.trim()
  return q ? `${path}?q=${encodeURIComponent(q)}` : path
}

export const feedPath = (locale: LocaleCode): string => localePath(locale, 'feed.xml')

/** The sitemap is per host, not per locale. */
export const sitemapPath = (): string => '/sitemap.xml'

const hasScheme = /^[a-z][a-z\d+.-]*:\/\//i

/**
 * Joins a tenant origin ('https://asia.example.com', trailing slash tolerated) and a path built
 * above. The path is used as is (no re-encoding). A path that is already an absolute URL, such as
 * a media file served from object storage, is returned unchanged.
 */
export const absoluteUrl = (origin: string, path: string): string => {
  if (hasScheme.test(path)) return path
  const base = origin.replace(/\/+$/, '')
  return `${base}${path.startsWith('/') ? path : `/${path}`}`
}
