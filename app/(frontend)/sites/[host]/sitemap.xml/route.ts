import { countGuideSitemapFiles } from '@/lib/data/sitemap'
import { getTenantByHost } from '@/lib/data/tenants'
import { buildSitemapIndexXml, sitemapFilePath } from '@/lib/seo/sitemap'
import { originOf } from '@/lib/env/readerOrigin'
import { hostFromSegment } from '@/lib/tenant/parseHost'

// Rendered per request from cached reads: the file name alone would make Next prerender it at
// build time, when no tenant (and no database) is known.
export const dynamic = 'force-dynamic'

/** The host's sitemap index: its hub pages, then its guides in files of bounded size. */
export async function GET(_request: Request, { params }: { params: Promise<{ host: string }> }) {
  const host = hostFromSegment((await params).host)
  const tenant = host ? await getTenantByHost(host) : null
  if (!host || !tenant) return new Response('Not found', { status: 404 })

  const guideFiles = await countGuideSitemapFiles({
    locales: tenant.enabledLocales,
    tenantID: tenant.id,
  })
  const files = [
    { path: sitemapFilePath('pages') },
    ...Array.from({ length: guideFiles }, (_, index) => ({ path: sitemapFilePath(index + 1) })),
  ]
  return new Response(buildSitemapIndexXml(originOf(host), files), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
}
