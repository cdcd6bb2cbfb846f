import { getTenantByHost } from '@/lib/data/tenants'
import { absoluteUrl, sitemapPath } from '@/lib/seo/urls'
import { originOf } from '@/lib/env/readerOrigin'
import { hostFromSegment } from '@/lib/tenant/parseHost'

// Rendered per request from cached reads: the file name alone would make Next prerender it at
// build time, when no tenant (and no database) is known.
export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ host: string }> }) {
  const host = hostFromSegment((await params).host)
  const tenant = host ? await getTenantByHost(host) : null
  const lines =
    host && tenant
      ? [
          'User-agent: *',
          'Allow: /',
          'Disallow: /admin',
          'Disallow: /api',
          'Disallow: /next/',
          'Disallow: /*/search',
          `Sitemap: ${absoluteUrl(originOf(host), sitemapPath())}`,
        ]
      : ['User-agent: *', 'Disallow: /']
  return new Response(`${lines.join('\n')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
}
