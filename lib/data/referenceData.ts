import type { Where } from 'payload'
import { cache } from 'react'

import type { Carrier, Country } from '@/payload-types'
import { idOf } from '@/lib/ids'
import type { LocaleCode } from '@/i18n/locales'
import { defaultLocale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cache/tags'
import { cached } from './cached'
import { getPayloadClient } from './getPayloadClient'
import { inLocaleOr, type PerLocale } from './localized'

type ID = number | string

export type ReaderCountry = {
  callingCode: string | null
  code: string
  id: ID
  mobileCountryCodes: string[]
  name: PerLocale<string>
  slug: string
  summary: PerLocale<string>
}

export type ReaderCarrier = {
  countryID: ID
  displayName: PerLocale<string>
  formerNames: { name: string; until: number | null }[]
  id: ID
  mccMnc: string[]
  name: string
  networkGenerations: string[]
  slug: string
  supportsEsim: boolean
  websiteDomains: string[]
}

const toCountry = (country: Country): ReaderCountry => ({
  callingCode: country.callingCode ?? null,
  code: country.code,
  id: country.id,
  mobileCountryCodes: country.mobileCountryCodes ?? [],
  name: country.name as unknown as PerLocale<string>,
  slug: country.slug,
  summary: country.summary as unknown as PerLocale<string>,
})

const toCarrier = (carrier: Carrier): ReaderCarrier => ({
  countryID: idOf(carrier.country) as ID,
  displayName: carrier.displayName as unknown as PerLocale<string>,
  formerNames: (carrier.formerNames ?? []).map((former) => ({
    name: former.name,
    until: former.until ?? null,
  })),
  id: carrier.id,
  mccMnc: carrier.mccMnc ?? [],
  name: carrier.name,
  networkGenerations: carrier.networkGenerations ?? [],
  slug: carrier.slug,
  supportsEsim: Boolean(carrier.supportsEsim),
  websiteDomains: carrier.websiteDomains ?? [],
})

const findCountries = async (where: Where = {}): Promise<ReaderCountry[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'countries',
    depth: 0,
    limit: 500,
    locale: 'all',
    overrideAccess: false,
    pagination: false,
    sort: 'code',
    where,
  })
  return docs.map(toCountry)
}

const findCarriers = async (where: Where = {}): Promise<ReaderCarrier[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'carriers',
    depth: 0,
    limit: 2000,
    locale: 'all',
    overrideAccess: false,
    pagination: false,
    sort: 'name',
    where,
  })
  return docs.map(toCarrier)
}

/** All countries with names, codes and slugs: home pages and slug look-ups. */
export const listCountries = cache(
  cached(() => findCountries(), ['countries'], [cacheTags.countries()]),
)

export const getCountry = cache((countryID: ID): Promise<ReaderCountry | null> =>
  cached(
    async () => (await findCountries({ id: { equals: countryID } }))[0] ?? null,
    ['country', String(countryID)],
    [cacheTags.country(countryID)],
  )(),
)

export const getCountryBySlug = cache(async (slug: string): Promise<ReaderCountry | null> => {
  const match = (await listCountries()).find((country) => country.slug === slug)
  return match ? getCountry(match.id) : null
})

export const listCarrierSlugs = cache(
  cached(
    async () => (await findCarriers()).map(({ id, slug }) => ({ id, slug })),
    ['carrier-slugs'],
    [cacheTags.carriers()],
  ),
)

export const getCarrier = cache((carrierID: ID): Promise<ReaderCarrier | null> =>
  cached(
    async () => (await findCarriers({ id: { equals: carrierID } }))[0] ?? null,
    ['carrier', String(carrierID)],
    [cacheTags.carrier(carrierID)],
  )(),
)

export const getCarrierBySlug = cache(async (slug: string): Promise<ReaderCarrier | null> => {
  const match = (await listCarrierSlugs()).find((carrier) => carrier.slug === slug)
  return match ? getCarrier(match.id) : null
})

export const listCarriersOfCountry = cache((countryID: ID): Promise<ReaderCarrier[]> =>
  cached(
    () => findCarriers({ country: { equals: countryID } }),
    ['country-carriers', String(countryID)],
    [cacheTags.countryCarriers(countryID)],
  )(),
)

export const countryName = (country: ReaderCountry, locale: LocaleCode): string =>
  inLocaleOr(country.name, [locale, defaultLocale]) ?? country.code

export const carrierName = (carrier: ReaderCarrier, locale: LocaleCode): string =>
  inLocaleOr(carrier.displayName, [locale]) ?? carrier.name
