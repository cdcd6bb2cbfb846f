import { format } from '@/i18n/messages'
import { listLatestGuides } from '@/lib/data/guides'
import { siteTitleOf, taglineOf } from '@/lib/data/tenants'
import { absoluteUrl, feedPath, guidePath, homePath } from '@/lib/seo/urls'
import { getReaderContext } from '@/lib/site/readerContext'
import { escapeXml } from '@/lib/seo/escapeXml'

// Rendered per request from cached reads: the file name alone would make Next prerender it at
// build time, when no tenant (and no database) is known.
export const dynamic = 'force-dynamic'

/** RSS 2.0 of the latest published guides of the tenant in one locale. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ host: string; locale: string }> },
) {
  const { host, locale } = await params
  const context = await getReaderContext(host, locale)
  if (!context) return new Response('Not found', { status: 404 })
  const { messages, origin, tenant } = context
  const guides = await listLatestGuides({ limit: 30, locale: context.locale, tenantID: tenant.id })
  const site = siteTitleOf(tenant, context.locale)

  const items = guides
    .map((guide) => {
      const link = absoluteUrl(origin, guidePath(context.locale, guide.slug))
      return [
        '    <item>',
        `      <title>${escapeXml(guide.title)}</title>`,
        `      <link>${escapeXml(link)}</link>`,
        `      <guid isPermaLink="true">${escapeXml(link)}</guid>`,
        `      <pubDate>${new Date(guide.updatedAt).toUTCString()}</pubDate>`,
        guide.summary ? `      <description>${escapeXml(guide.summary)}</description>` : '',
        '    </item>',
      ]
        .filter(Boolean)
        .join('\n')
    })
    .join('\n')

  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(format(messages.feed.title, { site }))}</title>`,
    `    <link>${escapeXml(absoluteUrl(origin, homePath(context.locale)))}</link>`,
    `    <atom:link href="${escapeXml(absoluteUrl(origin, feedPath(context.locale)))}" rel="self" type="application/rss+xml"/>`,
    `    <description>${escapeXml(taglineOf(tenant, context.locale) || site)}</description>`,
    `    <language>${context.locale}</language>`,
    items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n')
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
