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

/** Route segments may arrive percent-encoded; slugs never contain '%', so decoding is safe. */
export const decodeSegment = (segment: string): string => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * Tenant, locale and strings for a reader page, or null when the host serves no publication or
 * the publication does not offer the locale (both render as "not found").
 */
export const getReaderContext = cache(
  async (hostSegment: string, localeSegment: string): Promise<ReaderContext | null> => {
    const host = hostFromSegment(hostSegment)
    const locale = decodeSegment(localeSegment)
    if (host === null || !isLocaleCode(locale)) return null
    const tenant = await getTenantByHost(host)
    if (!tenant || !tenant.enabledLocales.includes(locale)) return null
    return {
      dir: isRightToLeft(locale) ? 'rtl' : 'ltr',
      host,
      locale,
      messages: getMessages(locale),
      origin: originOf(host),
      tenant,
    }
  },
)

export type ReaderParams = Promise<{ host: string; locale: string }>
