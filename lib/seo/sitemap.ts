import type { LocaleCode } from '@/i18n/locales'
import { hreflangOf } from './alternates'
import { absoluteUrl } from './urls'
import { escapeXml } from './escapeXml'

export type SitemapEntry = {
  lastModified?: string
  /** The page in every locale it exists in; each becomes a <url> with the same alternates. */
  pathsByLocale: Partial<Record<LocaleCode, string>>
}

/** A sitemap with xhtml:link alternates, so search engines see every translation of a page. */
export const buildSitemapXml = (origin: string, entries: SitemapEntry[]): string => {
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
    return localized.map(
      ([, path]) =>
        `  <url>\n    <loc>${escapeXml(absoluteUrl(origin, path))}</loc>\n${
          entry.lastModified ? `    <lastmod>${escapeXml(entry.lastModified)}</lastmod>\n` : ''
        }${alternates}\n  </url>`,
    )
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n')
}
