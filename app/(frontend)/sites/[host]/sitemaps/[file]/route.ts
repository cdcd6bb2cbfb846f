import { listGuideSitemapEntries, listHubSitemapEntries } from '@/lib/data/sitemap'
import { getTenantByHost } from '@/lib/data/tenants'
import { buildSitemapXml, parseSitemapFileName } from '@/lib/seo/sitemap'
import { originOf } from '@/lib/env/readerOrigin'
import { hostFromSegment } from '@/lib/tenant/parseHost'

// Rendered per request from cached reads (tagged like the pages they list).
export const dynamic = 'force-dynamic'

/** One file of the host's sitemap index: `pages.xml` (home and hubs) or `guides-N.xml`. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ file: string; host: string }> },
) {
  const { file, host: hostSegment } = await params
  const host = hostFromSegment(hostSegment)
  const tenant = host ? await getTenantByHost(host) : null
  const name = parseSitemapFileName(file)
  if (!host || !tenant || name === null) return new Response('Not found', { status: 404 })

  const reading = { locales: tenant.enabledLocales, tenantID: tenant.id }
  const entries =
    name === 'pages'
      ? await listHubSitemapEntries(reading)
      : await listGuideSitemapEntries({ ...reading, part: name })
  // A part past the last one is not part of the index.
  if (name !== 'pages' && entries.length === 0) return new Response('Not found', { status: 404 })
  return new Response(buildSitemapXml(originOf(host), entries), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
}
