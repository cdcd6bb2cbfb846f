import type { LocaleCode } from '@/i18n/locales'
import { hreflangOf } from './alternates'
import { absoluteUrl } from './urls'
import { escapeXml } from './escapeXml'

export type SitemapEntry = {
  lastModified?: string
  /** The page in every locale it exists in; each becomes a <url> with the same alternates. */
  pathsByLocale: Partial<Record<LocaleCode, string>>
  /**
   * The locales that get a <url> in this file (default: all of them). A guide whose locales fall
   * into two files of a split sitemap is listed once per locale, each with every alternate.
   */
  urlLocales?: LocaleCode[]
}

/** What search engines accept in one sitemap file. */
export const sitemapProtocolLimits = { maxBytes: 50 * 1024 * 1024, maxUrls: 50_000 } as const

export class SitemapTooLargeError extends Error {}

/**
 * A sitemap with xhtml:link alternates, so search engines see every translation of a page. A
 * file over the limits would be rejected whole by search engines: it is refused here instead.
 */
export const buildSitemapXml = (
  origin: string,
  entries: SitemapEntry[],
  limits: { maxBytes: number; maxUrls: number } = sitemapProtocolLimits,
): string => {
  const urls = entries.flatMap((entry) => {
    const localized = Object.entries(entry.pathsByLocale).filter(([, path]) => Boolean(path)) as [
      LocaleCode,
      string,
    ][]
    const alternates = localized
      .map(
        ([locale, path]) =>
          `    <xhtml:link rel="alternate" hreflang="${hreflangOf(locale)}" href="${escapeXml(absoluteUrl(origin, path))}"/>`,
      )
      .join('\n')
    const listed = entry.urlLocales
      ? localized.filter(([locale]) => entry.urlLocales?.includes(locale))
      : localized
    return listed.map(
      ([, path]) =>
        `  <url>\n    <loc>${escapeXml(absoluteUrl(origin, path))}</loc>\n${
          entry.lastModified ? `    <lastmod>${escapeXml(entry.lastModified)}</lastmod>\n` : ''
        }${alternates}\n  </url>`,
    )
  })
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n')
  const bytes = Buffer.byteLength(xml)
  if (urls.length > limits.maxUrls || bytes > limits.maxBytes) {
    throw new SitemapTooLargeError(
      `A sitemap file would hold ${urls.length} URLs in ${bytes} bytes (limits ${limits.maxUrls} and ${limits.maxBytes})`,
    )
  }
  return xml
}

/** The sitemap index: one <sitemap> per file, each at most sitemapProtocolLimits in size. */
export const buildSitemapIndexXml = (
  origin: string,
  files: { lastModified?: string; path: string }[],
): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...files.map(
      (file) =>
        `  <sitemap>\n    <loc>${escapeXml(absoluteUrl(origin, file.path))}</loc>\n${
          file.lastModified ? `    <lastmod>${escapeXml(file.lastModified)}</lastmod>\n` : ''
        }  </sitemap>`,
    ),
    '</sitemapindex>',
    '',
  ].join('\n')

/** Files of a host's sitemap: its hub pages, then its guides in numbered parts. */
export const sitemapFilePath = (name: 'pages' | number): string =>
  name === 'pages' ? '/sitemaps/pages.xml' : `/sitemaps/guides-${name}.xml`

/** The file a child sitemap path names, or null for anything else (answer 404). */
export const parseSitemapFileName = (name: string): 'pages' | number | null => {
  if (name === 'pages.xml') return 'pages'
  const match = /^guides-([1-9]\d{0,5})\.xml$/.exec(name)
  return match ? Number(match[1]) : null
}
