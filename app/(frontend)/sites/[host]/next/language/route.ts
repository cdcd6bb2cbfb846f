import { localeCookieName } from '@/i18n/negotiateLocale'
import { languageSwitchTarget } from '@/lib/site/languageSwitch'

/**
 * The language switcher's links pass through here: choosing a language is remembered (so `/`
 * sends the reader back to it next time), then the reader lands on the page in that language.
 * Reader pages themselves are served from cache and never set cookies.
 */
export async function GET(request: Request) {
  const target = languageSwitchTarget(new URL(request.url).searchParams.get('path'))
  const headers = new Headers({
    'Cache-Control': 'private, no-store',
    Location: target?.path ?? '/',
  })
  if (target) {
    headers.append(
      'Set-Cookie',
      `${localeCookieName}=${encodeURIComponent(target.locale)}; Path=/; Max-Age=${60 * 60 * 24 * 365}; SameSite=Lax`,
    )
  }
  return new Response(null, { headers, status: 307 })
}
