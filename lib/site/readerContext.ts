import { cache } from 'react'

import { isLocaleCode, isRightToLeft, type LocaleCode } from '@/i18n/locales'
import { getMessages, type Messages } from '@/i18n/messages'
import { getTenantByHost, type SiteTenant } from '@/lib/data/tenants'
import { originOf } from '@/lib/env/readerOrigin'
import { hostFromSegment } from '@/lib/tenant/parseHost'

export type ReaderContext = {
  dir: 'ltr' | 'rtl'
  host: string
  locale: LocaleCode
  messages: Messages
  /** Scheme, host and port readers reach this tenant on, for canonical and feed URLs. */
  origin: string
  tenant: SiteTenant
}

/**
 * What the `[host]` and `[locale]` segments of a reader address name, each parsed once: the host
 * (null when not a valid host name), its publication, the locale code the address asks for, and
 * the page context when the publication offers that locale.
 */
export type ReaderAddress = {
  context: ReaderContext | null
  host: string | null
  requestedLocale: LocaleCode | null
  tenant: SiteTenant | null
}

/** Route segments may arrive percent-encoded; slugs never contain '%', so decoding is safe. */
export const decodeSegment = (segment: string): string => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

export const resolveReaderAddress = cache(
  async (hostSegment: string, localeSegment?: string): Promise<ReaderAddress> => {
    const host = hostFromSegment(hostSegment)
    const requested = localeSegment === undefined ? undefined : decodeSegment(localeSegment)
    const requestedLocale = isLocaleCode(requested) ? requested : null
    const tenant = host === null ? null : await getTenantByHost(host)
    const context =
      host && tenant && requestedLocale && tenant.enabledLocales.includes(requestedLocale)
        ? {
            dir: isRightToLeft(requestedLocale) ? ('rtl' as const) : ('ltr' as const),
            host,
            locale: requestedLocale,
            messages: getMessages(requestedLocale),
            origin: originOf(host),
            tenant,
          }
        : null
    return { context, host, requestedLocale, tenant }
  },
)

/**
 * Tenant, locale and strings for a reader page, or null when the host serves no publication or
 * the publication does not offer the locale (both render as "not found").
 */
export const getReaderContext = async (
  hostSegment: string,
  localeSegment: string,
): Promise<ReaderContext | null> => (await resolveReaderAddress(hostSegment, localeSegment)).context

export type ReaderParams = Promise<{ host: string; locale: string }>
