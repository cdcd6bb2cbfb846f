import { cache } from 'react'

import { defaultLocale as installationDefaultLocale, type LocaleCode } from '@/i18n/locales'
import { notePageTags } from '@/lib/cache/pageTags'
import { cacheTags } from '@/lib/cache/tags'
import { cached } from './cached'
import { getPayloadClient } from './getPayloadClient'
import { inLocaleOr, inLocaleOrWithLang, type PerLocale } from './localized'

export type SiteTenant = {
  accentColor: string
  defaultLocale: LocaleCode
  domains: string[]
  enabledLocales: LocaleCode[]
  id: number | string
  name: string
  siteTitle: PerLocale<string>
  slug: string
  tagline: PerLocale<string>
}

const readTenants = cached(
  async (): Promise<SiteTenant[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'tenants',
      depth: 0,
      limit: 1000,
      locale: 'all',
      overrideAccess: false,
      pagination: false,
      sort: 'name',
    })
    return docs.map((tenant) => ({
      accentColor: tenant.brand?.accentColor || '#0f766e',
      defaultLocale: tenant.defaultLocale as LocaleCode,
      domains: tenant.domains ?? [],
      enabledLocales: (tenant.enabledLocales ?? [tenant.defaultLocale]) as LocaleCode[],
      id: tenant.id,
      name: tenant.name,
      siteTitle: tenant.brand?.siteTitle as PerLocale<string>,
      slug: tenant.slug,
      tagline: tenant.brand?.tagline as PerLocale<string>,
    }))
  },
  ['tenants'],
  [cacheTags.tenants()],
)

export const listTenants = cache(readTenants)

/**
 * The tenant serving a host name. An unknown host gets DEFAULT_TENANT_SLUG's tenant when that is
 * set, otherwise null (the site then shows a page that names no private data).
 */
export const getTenantByHost = cache(async (host: string): Promise<SiteTenant | null> => {
  const tenants = await listTenants()
  const byDomain = tenants.find((tenant) => tenant.domains.includes(host))
  if (byDomain) {
    notePageTags([cacheTags.servedHost(host)])
    return byDomain
  }
  const fallbackSlug = process.env.DEFAULT_TENANT_SLUG
  return fallbackSlug ? (tenants.find((tenant) => tenant.slug === fallbackSlug) ?? null) : null
})

export const siteTitleOf = (tenant: SiteTenant, locale: LocaleCode): string =>
  inLocaleOr(tenant.siteTitle, [locale, tenant.defaultLocale, installationDefaultLocale]) ??
  tenant.name

export const taglineOf = (tenant: SiteTenant, locale: LocaleCode): string =>
  inLocaleOr(tenant.tagline, [locale, tenant.defaultLocale]) ?? ''

/** Text of the publication's branding and the locale it is written in (it may fall back). */
export type BrandText = { lang: LocaleCode; text: string }

export const siteTitleWithLang = (tenant: SiteTenant, locale: LocaleCode): BrandText => {
  const found = inLocaleOrWithLang(tenant.siteTitle, [
    locale,
    tenant.defaultLocale,
    installationDefaultLocale,
  ])
  return found ? { lang: found.lang, text: found.value } : { lang: locale, text: tenant.name }
}

export const taglineWithLang = (tenant: SiteTenant, locale: LocaleCode): BrandText => {
  const found = inLocaleOrWithLang(tenant.tagline, [locale, tenant.defaultLocale])
  return found ? { lang: found.lang, text: found.value } : { lang: locale, text: '' }
}
