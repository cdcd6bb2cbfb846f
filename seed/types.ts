import type { Tenant } from '@/payload-types'
import type { LocaleCode } from '@/i18n/locales'

export type SeedGuideLocale = {
  /** Paragraphs; a paragraph whose lines all start with "- " becomes a bulleted list. */
  body: string[]
  faq: { answer: string[]; question: string }[]
  slug: string
  steps: { body: string[]; title: string }[]
  summary: string
  title: string
}

export type SeedGuide = {
  /** Slugs of carriers in seed/data/carriers.ts. */
  carriers: string[]
  /** ISO code of a country in seed/data/countries.ts. */
  country: string
  lastVerified: string
  /** The source locale (the tenant's default) must be present; other locales are translations. */
  locales: Partial<Record<LocaleCode, SeedGuideLocale>>
  simKind: 'both' | 'esim' | 'physical'
  sources: { note: string; url: string }[]
  status: 'draft' | 'published'
  /** Slug of a tenant in seed/data/tenants.ts. */
  tenant: string
  topic:
    'activate' | 'cancel' | 'check-balance' | 'data-plans' | 'port-number' | 'roaming' | 'top-up'
}

export type SeedCountry = {
  callingCode: string
  code: string
  mobileCountryCodes: string[]
  name: Partial<Record<LocaleCode, string>> & { en: string }
  slug: string
  summary?: Partial<Record<LocaleCode, string>>
}

export type SeedCarrier = {
  country: string
  displayName?: Partial<Record<LocaleCode, string>>
  formerNames?: { name: string; until?: number }[]
  mccMnc: string[]
  name: string
  networkGenerations: ('2G' | '3G' | '4G' | '5G')[]
  slug: string
  supportsEsim: boolean
  websiteDomains: string[]
}

export type SeedTenant = {
  accentColor: string
  defaultLocale: LocaleCode
  domains: string[]
  enabledLocales: LocaleCode[]
  name: string
  siteTitle: Partial<Record<LocaleCode, string>>
  slug: string
  tagline: Partial<Record<LocaleCode, string>>
  /** Where the publication's editors schedule changes (fields/timeZones.ts). */
  timeZone: NonNullable<Tenant['timeZone']>
}
