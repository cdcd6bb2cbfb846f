import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  actingAs,
  AUTO_SLUG,
  createTenantWorld,
  errorOf,
  fieldErrors,
  tenantData,
  unique,
  type TenantWorld,
} from '@/tests/helpers/fixtures'
import { startPayload, type TestPayload } from '@/tests/helpers/startPayload'

/**
 * Tenants, countries and carriers: who may create and change them, and the validation that keeps
 * them correct (ISO country codes, MCC-MNC codes that belong to the country, one tenant per host).
 */

let app: TestPayload
let payload: Payload
let world: TenantWorld

beforeAll(async () => {
  app = await startPayload()
  payload = app.payload
  world = await createTenantWorld(payload)
})

afterAll(async () => app?.stop())

const countWhere = async (
  collection: 'carriers' | 'countries' | 'tenants',
  where: Record<string, { equals: unknown }>,
) => (await payload.count({ collection, where: where as never })).totalDocs

/** Everyone but the super-admin, by their key in world.users (it.each runs before beforeAll). */
const nonSuperAdmins = ['adminA', 'editorA', 'translatorA'] as const

describe('who manages tenants and reference data', () => {
  it('should let a super-admin create a tenant, a country and a carrier', async () => {
    const { superAdmin } = world.users
    const tenant = await payload.create({
      collection: 'tenants',
      data: tenantData('Tenant Americas', 'americas.roampress.test'),
      ...actingAs(superAdmin),
    })
    const country = await payload.create({
      collection: 'countries',
      data: {
        code: 'US',
        mobileCountryCodes: ['310', '311'],
        name: 'United States',
        slug: AUTO_SLUG,
      },
      ...actingAs(superAdmin),
    })
    const carrier = await payload.create({
      collection: 'carriers',
      data: { country: country.id, mccMnc: ['310-260'], name: 'T-Mobile', slug: AUTO_SLUG },
      ...actingAs(superAdmin),
    })
    expect(tenant.slug).toBe('tenant-americas')
    expect(country.code).toBe('US')
    expect(carrier.mccMnc).toEqual(['310-260'])
    await payload.delete({ collection: 'carriers', id: carrier.id })
    await payload.delete({ collection: 'countries', id: country.id })
    await payload.delete({ collection: 'tenants', id: tenant.id })
  })

  it.each(nonSuperAdmins)('should not let %s create a tenant', async (who) => {
    const user = world.users[who]
    const name = unique('Tenant Africa')
    const error = await errorOf(
      payload.create({
        collection: 'tenants',
        data: tenantData(name, `${name.toLowerCase()}.roampress.test`),
        ...actingAs(user),
      }),
    )
    expect(error.status).toBe(403)
    expect(await countWhere('tenants', { name: { equals: name } })).toBe(0)
  })

  it.each(nonSuperAdmins)('should not let %s create a country', async (who) => {
    const user = world.users[who]
    const error = await errorOf(
      payload.create({
        collection: 'countries',
        data: { code: 'IN', mobileCountryCodes: ['404'], name: 'India', slug: AUTO_SLUG },
        ...actingAs(user),
      }),
    )
    expect(error.status).toBe(403)
    expect(await countWhere('countries', { code: { equals: 'IN' } })).toBe(0)
  })

  it.each(nonSuperAdmins)('should not let %s create a carrier', async (who) => {
    const user = world.users[who]
    const error = await errorOf(
      payload.create({
        collection: 'carriers',
        data: { country: world.country.id, mccMnc: ['410-04'], name: 'Zong', slug: AUTO_SLUG },
        ...actingAs(user),
      }),
    )
    expect(error.status).toBe(403)
    expect(await countWhere('carriers', { name: { equals: 'Zong' } })).toBe(0)
  })

  it('should not let an editor update a country', async () => {
    const error = await errorOf(
      payload.update({
        collection: 'countries',
        data: { callingCode: '+1', name: 'Renamed' },
        id: world.country.id,
        ...actingAs(world.users.editorA),
      }),
    )
    expect(error.status).toBe(403)
    expect(await payload.findByID({ collection: 'countries', id: world.country.id })).toMatchObject(
      {
        callingCode: '+92',
        name: 'Pakistan',
      },
    )
  })

  it('should not let an editor update a carrier', async () => {
    const error = await errorOf(
      payload.update({
        collection: 'carriers',
        data: { mccMnc: ['410-07'], name: 'Renamed' },
        id: world.carrier.id,
        ...actingAs(world.users.editorA),
      }),
    )
    expect(error.status).toBe(403)
    expect(await payload.findByID({ collection: 'carriers', id: world.carrier.id })).toMatchObject({
      mccMnc: ['410-01'],
      name: 'Jazz',
    })
  })

  it('should let a tenant admin change their own tenant’s settings', async () => {
    const updated = await payload.update({
      collection: 'tenants',
      data: { brand: { tagline: 'SIM help for travellers in Asia' } },
      id: world.tenantA.id,
      ...actingAs(world.users.adminA),
    })
    expect(updated.brand?.tagline).toBe('SIM help for travellers in Asia')
  })

  it('should not let a tenant admin of A change tenant B', async () => {
    const error = await errorOf(
      payload.update({
        collection: 'tenants',
        data: { name: 'Taken over' },
        id: world.tenantB.id,
        ...actingAs(world.users.adminA),
      }),
    )
    expect(error.status).toBe(403)
    expect((await payload.findByID({ collection: 'tenants', id: world.tenantB.id })).name).toBe(
      'Tenant Europe',
    )
  })

  it('should not let an editor change their tenant’s settings', async () => {
    const error = await errorOf(
      payload.update({
        collection: 'tenants',
        data: { defaultLocale: 'ur' },
        id: world.tenantA.id,
        ...actingAs(world.users.editorA),
      }),
    )
    expect(error.status).toBe(403)
    expect(
      (await payload.findByID({ collection: 'tenants', id: world.tenantA.id })).defaultLocale,
    ).toBe('en')
  })
})

describe('country validation', () => {
  it.each([
    ['XX', 'XX is not an assigned ISO 3166-1 country code.'],
    ['P1', 'Use the two capital letters of ISO 3166-1 alpha-2, for example PK or US.'],
    ['PAK', 'Use the two capital letters of ISO 3166-1 alpha-2, for example PK or US.'],
  ])('should reject the code %j', async (code, message) => {
    const name = unique('Nowhere')
    const error = await errorOf(
      payload.create({ collection: 'countries', data: { code, name, slug: AUTO_SLUG } }),
    )
    expect(error.status).toBe(400)
    expect(fieldErrors(error)).toEqual([{ message, path: 'code' }])
    expect(await countWhere('countries', { name: { equals: name } })).toBe(0)
  })

  it('should store a lower-case code in capitals', async () => {
    const country = await payload.create({
      collection: 'countries',
      data: { code: ' ae ', name: 'United Arab Emirates', slug: AUTO_SLUG },
    })
    expect(country.code).toBe('AE')
    await payload.delete({ collection: 'countries', id: country.id })
  })

  it.each(['PK', 'pk'])('should reject the code %j, which Pakistan already has', async (code) => {
    const error = await errorOf(
      payload.create({
        collection: 'countries',
        data: { code, name: 'Pakistan (again)', slug: AUTO_SLUG },
      }),
    )
    expect(error.status).toBe(400)
    expect(fieldErrors(error)).toEqual([
      { message: expect.stringMatching(/unique/i), path: 'code' },
    ])
    expect(await countWhere('countries', { code: { equals: 'PK' } })).toBe(1)
  })
})

describe('carrier validation', () => {
  it.each(['41001', '410-1'])('should reject the malformed MCC-MNC %j', async (code) => {
    const name = unique('Warid')
    const error = await errorOf(
      payload.create({
        collection: 'carriers',
        data: { country: world.country.id, mccMnc: ['410-01', code], name, slug: AUTO_SLUG },
      }),
    )
    expect(error.status).toBe(400)
    expect(fieldErrors(error)).toEqual([
      { message: expect.stringContaining(`"${code}" is not an MCC-MNC code`), path: 'mccMnc' },
    ])
    expect(await countWhere('carriers', { name: { equals: name } })).toBe(0)
  })

  it('should reject an MCC-MNC whose MCC is not one of the country’s', async () => {
    const name = unique('Telenor')
    const error = await errorOf(
      payload.create({
        collection: 'carriers',
        data: { country: world.country.id, mccMnc: ['310-260'], name, slug: AUTO_SLUG },
      }),
    )
    expect(error.status).toBe(400)
    expect(fieldErrors(error)).toEqual([
      { message: '310-260 does not start with an MCC of Pakistan (410).', path: 'mccMnc' },
    ])
    expect(await countWhere('carriers', { name: { equals: name } })).toBe(0)
  })

  it('should reject moving a carrier to a country its MCC-MNC codes do not belong to', async () => {
    const uae = await payload.create({
      collection: 'countries',
      data: {
        code: 'AE',
        mobileCountryCodes: ['424'],
        name: 'United Arab Emirates',
        slug: AUTO_SLUG,
      },
    })
    const error = await errorOf(
      payload.update({ collection: 'carriers', data: { country: uae.id }, id: world.carrier.id }),
    )
    expect(error.status).toBe(400)
    expect(fieldErrors(error).map(({ path }) => path)).toEqual(['mccMnc'])
    const stored = await payload.findByID({
      collection: 'carriers',
      depth: 0,
      id: world.carrier.id,
    })
    expect(String(stored.country)).toBe(String(world.country.id))
    await payload.delete({ collection: 'countries', id: uae.id })
  })

  it('should accept MCC-MNC codes of the country, with two- or three-digit MNCs', async () => {
    const carrier = await payload.create({
      collection: 'carriers',
      data: {
        country: world.country.id,
        mccMnc: ['410-06', '410-006'],
        name: unique('Telenor'),
        slug: AUTO_SLUG,
      },
    })
    expect(carrier.mccMnc).toEqual(['410-06', '410-006'])
    await payload.delete({ collection: 'carriers', id: carrier.id })
  })
})

describe('tenant domains', () => {
  it.each([
    'https://africa.roampress.test',
    'Africa.Roampress.test',
    'africa.roampress.test/guides',
    'africa roampress',
  ])('should reject the host %j', async (domain) => {
    const name = unique('Tenant Africa')
    const error = await errorOf(
      payload.create({ collection: 'tenants', data: { ...tenantData(name, domain) } }),
    )
    expect(error.status).toBe(400)
    expect(fieldErrors(error)).toEqual([
      { message: expect.stringContaining('is not a host name'), path: 'domains' },
    ])
    expect(await countWhere('tenants', { name: { equals: name } })).toBe(0)
  })

  it('should reject a new tenant with a domain another tenant uses', async () => {
    const name = unique('Tenant Africa')
    const error = await errorOf(
      payload.create({ collection: 'tenants', data: tenantData(name, 'asia.roampress.test') }),
    )
    expect(error.status).toBe(400)
    expect(fieldErrors(error)).toEqual([
      {
        message: 'asia.roampress.test already serves the publication "Tenant Asia".',
        path: 'domains',
      },
    ])
    expect(await countWhere('tenants', { name: { equals: name } })).toBe(0)
  })

  it('should reject adding another tenant’s domain to an existing tenant', async () => {
    const error = await errorOf(
      payload.update({
        collection: 'tenants',
        data: { domains: ['europe.roampress.test', 'asia.roampress.test'] },
        id: world.tenantB.id,
      }),
    )
    expect(error.status).toBe(400)
    expect(fieldErrors(error).map(({ path }) => path)).toEqual(['domains'])
    expect(
      (await payload.findByID({ collection: 'tenants', id: world.tenantB.id })).domains,
    ).toEqual(['europe.roampress.test'])
  })

  it('should reject a domain listed twice', async () => {
    const name = unique('Tenant Africa')
    const error = await errorOf(
      payload.create({
        collection: 'tenants',
        data: {
          ...tenantData(name, 'africa.roampress.test'),
          domains: ['africa.roampress.test', 'africa.roampress.test'],
        },
      }),
    )
    expect(fieldErrors(error)).toEqual([
      { message: 'africa.roampress.test is listed twice.', path: 'domains' },
    ])
    expect(await countWhere('tenants', { name: { equals: name } })).toBe(0)
  })

  it('should let a tenant keep its own domain when it is saved again', async () => {
    const updated = await payload.update({
      collection: 'tenants',
      data: { domains: ['asia.roampress.test', 'asia.localhost'] },
      id: world.tenantA.id,
    })
    expect(updated.domains).toEqual(['asia.roampress.test', 'asia.localhost'])
  })
})
