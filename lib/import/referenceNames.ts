import type { Payload } from 'payload'

import { idOf } from '@/lib/ids'
import type { CarrierNames, CountryNames } from './detectReferences'

const valuesOf = (value: unknown): string[] => {
  if (typeof value === 'string') return [value]
  if (value && typeof value === 'object')
    return Object.values(value).filter((v): v is string => typeof v === 'string')
  return []
}

/**
 * Countries and carriers with their names in every locale (and carriers' former names), read once
 * per import. Reference data is public, so the read needs no user.
 */
export const loadReferenceNames = async (
  payload: Payload,
): Promise<{ carriers: CarrierNames[]; countries: CountryNames[] }> => {
  const [countries, carriers] = await Promise.all([
    payload.find({
      collection: 'countries',
      depth: 0,
      locale: 'all',
      overrideAccess: true,
      pagination: false,
      select: { code: true, name: true },
    }),
    payload.find({
      collection: 'carriers',
      depth: 0,
      locale: 'all',
      overrideAccess: true,
      pagination: false,
      select: { country: true, displayName: true, formerNames: true, name: true },
    }),
  ])
  return {
    carriers: carriers.docs.map((carrier) => ({
      countryID: idOf(carrier.country),
      id: carrier.id,
      name: carrier.name,
      names: [
        ...new Set([
          carrier.name,
          ...valuesOf(carrier.displayName),
          ...(carrier.formerNames ?? []).map((former) => former.name),
        ]),
      ].filter(Boolean),
    })),
    countries: countries.docs.map((country) => ({
      code: country.code,
      id: country.id,
      names: [...new Set(valuesOf(country.name))].filter(Boolean),
    })),
  }
}
