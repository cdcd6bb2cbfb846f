import { negotiateLocale, localeCookieName } from '@/i18n/negotiateLocale'
import { defaultLocale } from '@/i18n/locales'
import { getTenantByHost } from '@/lib/data/tenants'
import { hostFromSegment } from '@/lib/tenant/parseHost'

/**
 * `/` sends the reader to the best of the tenant's locales: the one they last chose in the language
 * switcher (cookie set by /next/language), else their browser's.
 */
export async function GET(request: Request, { params }: { params: Promise<{ host: string }> }) {
  const host = hostFromSegment((await params).host)
  const tenant = host ? await getTenantByHost(host) : null
  const cookieLocale = request.headers
    .get('cookie')
    ?.split(';')
    .map((pair) => pair.trim().split('='))
    .find(([name]) => name === localeCookieName)?.[1]
  const locale = tenant
    ? negotiateLocale({
        acceptLanguage: request.headers.get('accept-language'),
        cookieLocale: cookieLocale ? decodeURIComponent(cookieLocale) : null,
        defaultLocale: tenant.defaultLocale,
        enabledLocales: tenant.enabledLocales,
      })
    : defaultLocale
  return new Response(null, {
    headers: {
      'Cache-Control': 'private, no-store',
      Location: `/${locale}`,
      Vary: 'Accept-Language, Cookie',
    },
    status: 307,
  })
}
