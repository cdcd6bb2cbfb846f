import type { Payload } from 'payload'

import type { Carrier, Country, Guide, Tenant, User } from '../../payload-types'

/**
 * Fixture builders shared by the integration tests.
 *
 * Every test file boots Payload once on its own fresh, empty database (see startPayload and
 * testDatabase) and throws that database away in afterAll. Fixtures are therefore created once per
 * file in beforeAll; they only need to be unique within one file, which `unique()` guarantees.
 *
 * Fixture calls use the Local API's default `overrideAccess: true` and no user: they are setup, not
 * behaviour under test. Calls made on behalf of a person go through `as(user)`.
 */

export type ID = number | string

let counter = 0

/** A short suffix unique within the test file, for slugs, names and emails. */
export const unique = (prefix: string): string => {
  counter += 1
  return `${prefix}-${counter}`
}

export const uniqueEmail = (who: string): string => `${unique(who)}@roampress.test`

export const PASSWORD = 'correct-horse-battery-staple'

/**
 * A user as the Local API needs it to act on someone's behalf. Payload's own auth strategies put
 * `collection` on `req.user`; the multi-tenant plugin's access wrappers and its tenant field only
 * apply to a user whose `collection` is the users collection, so a document fetched from the
 * database must carry it too, or the plugin's checks would silently be skipped.
 */
export type ActingUser = User & { collection: 'users' }

export const actingUser = (doc: User): ActingUser => ({ ...doc, collection: 'users' })

/** Re-reads a user from the database (after a membership change, for example). */
export const reloadUser = async (payload: Payload, id: ID): Promise<ActingUser> =>
  actingUser(await payload.findByID({ collection: 'users', depth: 0, id }))

/** The Local API options that make a call run as `user`, with access control enforced. */
export const as = (user: ActingUser | null) =>
  ({ overrideAccess: false, user: user ?? undefined }) as const

export const idOf = (value: { id: ID } | ID | null | undefined): string =>
  String(typeof value === 'object' && value !== null ? value.id : value)

export const ids = (docs: { id: ID }[]): string[] => docs.map((doc) => String(doc.id)).sort()

/** Minimal Lexical rich text with one paragraph per string. */
export const richText = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      children: [
        { type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 },
      ],
      direction: null,
      format: '' as const,
      indent: 0,
      version: 1,
    })),
    direction: null,
    format: '' as const,
    indent: 0,
    version: 1,
  },
})

export type GuideInput = Omit<Guide, 'createdAt' | 'id' | 'sizes' | 'updatedAt'>

/** A valid guide: every required field set, the slug made from a unique title. */
export const guideData = ({
  country,
  tenant,
  title = unique('Activate a Jazz SIM'),
  ...rest
}: {
  country: ID
  tenant: ID
  title?: string
} & Partial<Omit<GuideInput, 'country' | 'tenant' | 'title'>>): GuideInput => ({
  country: country as number,
  simKind: 'physical',
  summary: 'Buy the SIM at a franchise with your passport, then register your fingerprints.',
  tenant: tenant as number,
  title,
  topic: 'activate',
  ...rest,
})

export const enabledLocales = ['en', 'zh-Hans', 'zh-Hant', 'ur'] as const

export const tenantData = (name: string, domain: string) => ({
  defaultLocale: 'en' as const,
  domains: [domain],
  enabledLocales: [...enabledLocales],
  name,
  slug: name.toLowerCase().replace(/\s+/g, '-'),
})

/** A published guide and a draft guide of one tenant. */
export type TenantGuides = { draft: Guide; published: Guide }

export type TenantWorld = {
  carrier: Carrier
  country: Country
  guides: { A: TenantGuides; B: TenantGuides }
  tenantA: Tenant
  tenantB: Tenant
  users: {
    adminA: ActingUser
    editorA: ActingUser
    editorB: ActingUser
    superAdmin: ActingUser
    translatorA: ActingUser
  }
}

export const createUser = async (
  payload: Payload,
  who: string,
  data: Partial<Pick<User, 'name' | 'roles' | 'tenants'>>,
): Promise<ActingUser> =>
  actingUser(
    await payload.create({
      collection: 'users',
      data: { email: uniqueEmail(who), name: who, password: PASSWORD, ...data },
      depth: 0,
    }),
  )

const createTenantGuides = async (
  payload: Payload,
  tenant: Tenant,
  country: Country,
  label: string,
): Promise<TenantGuides> => {
  const published = await payload.create({
    collection: 'guides',
    data: guideData({
      _status: 'published',
      country: country.id,
      tenant: tenant.id,
      title: `${label} published guide`,
    }),
    depth: 0,
  })
  const draft = await payload.create({
    collection: 'guides',
    data: guideData({
      _status: 'draft',
      country: country.id,
      tenant: tenant.id,
      title: `${label} draft guide`,
    }),
    depth: 0,
    draft: true,
  })
  return { draft, published }
}

/**
 * Two publications (A and B, source locale en, enabled en, zh-Hans, zh-Hant, ur), Pakistan with its
 * MCC 410, the Jazz carrier, one person per role (super-admin, tenant admin of A, editor of A,
 * translator of A for zh-Hant and ur, editor of B) and, in each tenant, one published and one draft
 * guide.
 */
export const createTenantWorld = async (payload: Payload): Promise<TenantWorld> => {
  const tenantA = await payload.create({
    collection: 'tenants',
    data: tenantData('Tenant Asia', 'asia.roampress.test'),
    depth: 0,
  })
  const tenantB = await payload.create({
    collection: 'tenants',
    data: tenantData('Tenant Europe', 'europe.roampress.test'),
    depth: 0,
  })
  const country = await payload.create({
    collection: 'countries',
    data: { callingCode: '+92', code: 'PK', mobileCountryCodes: ['410'], name: 'Pakistan' },
    depth: 0,
  })
  const carrier = await payload.create({
    collection: 'carriers',
    data: { country: country.id, mccMnc: ['410-01'], name: 'Jazz' },
    depth: 0,
  })

  const superAdmin = await createUser(payload, 'super-admin', { roles: ['super-admin'] })
  const adminA = await createUser(payload, 'admin-a', {
    tenants: [{ role: 'tenant-admin', tenant: tenantA.id }],
  })
  const editorA = await createUser(payload, 'editor-a', {
    tenants: [{ role: 'editor', tenant: tenantA.id }],
  })
  const translatorA = await createUser(payload, 'translator-a', {
    tenants: [{ locales: ['zh-Hant', 'ur'], role: 'translator', tenant: tenantA.id }],
  })
  const editorB = await createUser(payload, 'editor-b', {
    tenants: [{ role: 'editor', tenant: tenantB.id }],
  })

  return {
    carrier,
    country,
    guides: {
      A: await createTenantGuides(payload, tenantA, country, 'Asia'),
      B: await createTenantGuides(payload, tenantB, country, 'Europe'),
    },
    tenantA,
    tenantB,
    users: { adminA, editorA, editorB, superAdmin, translatorA },
  }
}

/** The error a rejected Local API call threw, for assertions on its status, message and paths. */
export type CaughtError = Error & {
  data?: { errors?: { message: string; path: string }[] }
  status?: number
}

export const errorOf = async (promise: Promise<unknown>): Promise<CaughtError> => {
  const outcome = await promise.then(
    () => new Error('Expected the call to be rejected, but it succeeded.'),
    (error: unknown) => error,
  )
  return outcome as CaughtError
}

/** The `{ path, message }` pairs of a ValidationError. */
export const fieldErrors = (error: CaughtError): { message: string; path: string }[] =>
  (error.data?.errors ?? []).map(({ message, path }) => ({ message, path }))
