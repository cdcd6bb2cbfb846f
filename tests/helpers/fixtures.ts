import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { Carrier, Country, Guide, Tenant, User } from '@/payload-types'

/**
 * Fixture builders shared by the integration tests.
 *
 * Every test file boots Payload once on its own fresh, empty database (see startPayload and
 * testDatabase) and throws that database away in afterAll. Fixtures are therefore created once per
 * file in beforeAll and only need to be unique within one file, which `unique()` guarantees.
 *
 * Fixture calls use the Local API's default `overrideAccess: true` and no user: they are setup, not
 * behaviour under test. Every call made on behalf of a person spreads `actingAs(user)`, which sets
 * `overrideAccess: false` and the user.
 */

export type ID = number | string

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

let counter = 0

/** A short suffix unique within the test file, for slugs, names and emails. */
export const unique = (prefix: string): string => {
  counter += 1
  return `${prefix}-${counter}`
}

export const uniqueEmail = (who: string): string => `${unique(who)}@roampress.test`

export const PASSWORD = 'correct-horse-battery-staple'

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

export type Membership = NonNullable<User['tenants']>[number]

/**
 * A user as the Local API needs it to act on someone's behalf. The multi-tenant plugin's access
 * wrappers and its tenant field only apply to a user whose `collection` is 'users' (Payload's auth
 * strategies set it on `req.user`); without it the plugin's checks would silently be skipped. Users
 * returned by payload.create / findByID (3.90) already carry it; `actingUser` guarantees it.
 */
export type ActingUser = User & { collection: 'users' }

export const actingUser = (doc: User): ActingUser => ({ ...doc, collection: 'users' })

/**
 * The Local API options that make a call run as `user` with access control enforced; `null` is an
 * anonymous reader.
 */
export const actingAs = (user: ActingUser | null) =>
  ({ overrideAccess: false, user: user ?? undefined }) as const

/** An anonymous reader of the public site. */
export const anonymous = actingAs(null)

/** Stores a user (fixture call, no access control) and returns it ready to act with. */
export const createUser = async (
  payload: Payload,
  who: string,
  data: Partial<Pick<User, 'roles' | 'tenants'>>,
): Promise<ActingUser> =>
  actingUser(
    await payload.create({
      collection: 'users',
      data: { email: uniqueEmail(who), name: who, password: PASSWORD, ...data },
      depth: 0,
    }),
  )

/** Re-reads a stored user as a session carries it (depth 0: tenant IDs, not populated tenants). */
export const reloadUser = async (payload: Payload, id: ID): Promise<ActingUser> =>
  actingUser(await payload.findByID({ collection: 'users', depth: 0, id }))

// ---------------------------------------------------------------------------------------------
// Content builders
// ---------------------------------------------------------------------------------------------

/** IDs are numbers on SQL and strings on MongoDB: compare them as strings. */
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

/**
 * An empty slug, as the admin form sends it when the editor leaves the field alone: the slug field
 * then makes it from the title (guides) or the name (countries, carriers, tenants). The generated
 * types mark `slug` as required, hence the explicit empty string.
 */
export const AUTO_SLUG = ''

export type GuideInput = RequiredDataFromCollectionSlug<'guides'>

/** A valid guide of `tenant` about `country`; the slug is made from a unique title. */
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
  slug: AUTO_SLUG,
  summary: 'Buy the SIM at a franchise with your passport, then register your fingerprints.',
  tenant: tenant as number,
  title,
  topic: 'activate',
  ...rest,
})

// ---------------------------------------------------------------------------------------------
// Tenants, reference data and the world
// ---------------------------------------------------------------------------------------------

export const enabledLocales = ['en', 'zh-Hans', 'zh-Hant', 'ur'] as const

export const tenantData = (name: string, domain: string) => ({
  defaultLocale: 'en' as const,
  domains: [domain],
  enabledLocales: [...enabledLocales],
  name,
  slug: name.toLowerCase().replace(/\s+/g, '-'),
})

export type TenantPair = { tenantA: Tenant; tenantB: Tenant }

/** Publications A and B: source locale en, enabled en, zh-Hans, zh-Hant and ur, one domain each. */
export const createTenants = async (payload: Payload): Promise<TenantPair> => ({
  tenantA: await payload.create({
    collection: 'tenants',
    data: tenantData('Tenant Asia', 'asia.roampress.test'),
    depth: 0,
  }),
  tenantB: await payload.create({
    collection: 'tenants',
    data: tenantData('Tenant Europe', 'europe.roampress.test'),
    depth: 0,
  }),
})

/** Pakistan (PK, MCC 410), the country the guide fixtures are about. */
export const createPakistan = (payload: Payload): Promise<Country> =>
  payload.create({
    collection: 'countries',
    data: {
      callingCode: '+92',
      code: 'PK',
      mobileCountryCodes: ['410'],
      name: 'Pakistan',
      slug: AUTO_SLUG,
    },
    depth: 0,
  })

/** The memberships of the world's people. */
export const worldMemberships = ({
  tenantA,
  tenantB,
}: TenantPair): Record<'adminA' | 'editorA' | 'editorB' | 'translatorA', Membership[]> => ({
  adminA: [{ role: 'tenant-admin', tenant: tenantA.id }],
  editorA: [{ role: 'editor', tenant: tenantA.id }],
  editorB: [{ role: 'editor', tenant: tenantB.id }],
  translatorA: [{ languages: ['zh-Hant', 'ur'], role: 'translator', tenant: tenantA.id }],
})

/** A published guide and a draft guide of one tenant. */
export type TenantGuides = { draft: Guide; published: Guide }

const createTenantGuides = async (
  payload: Payload,
  tenant: Tenant,
  country: Country,
  label: string,
): Promise<TenantGuides> => ({
  draft: await payload.create({
    collection: 'guides',
    data: guideData({
      _status: 'draft',
      country: country.id,
      tenant: tenant.id,
      title: `${label} draft guide`,
    }),
    depth: 0,
    draft: true,
  }),
  published: await payload.create({
    collection: 'guides',
    data: guideData({
      _status: 'published',
      country: country.id,
      tenant: tenant.id,
      title: `${label} published guide`,
    }),
    depth: 0,
  }),
})

export type TenantWorld = TenantPair & {
  carrier: Carrier
  country: Country
  guides: { A: TenantGuides; B: TenantGuides }
  users: Record<'adminA' | 'editorA' | 'editorB' | 'superAdmin' | 'translatorA', ActingUser>
}

/** The world's people, stored in the database. */
export const createWorldUsers = async (
  payload: Payload,
  tenants: TenantPair,
): Promise<TenantWorld['users']> => {
  const memberships = worldMemberships(tenants)
  return {
    adminA: await createUser(payload, 'admin-a', { tenants: memberships.adminA }),
    editorA: await createUser(payload, 'editor-a', { tenants: memberships.editorA }),
    editorB: await createUser(payload, 'editor-b', { tenants: memberships.editorB }),
    superAdmin: await createUser(payload, 'super-admin', { roles: ['super-admin'] }),
    translatorA: await createUser(payload, 'translator-a', { tenants: memberships.translatorA }),
  }
}

/**
 * Two publications (A and B, see createTenants), Pakistan with its MCC 410, the Jazz carrier, one
 * stored user per role (super-admin, tenant admin of A, editor of A, translator of A for zh-Hant and
 * ur, editor of B) and, in each tenant, one published and one draft guide.
 */
export const createTenantWorld = async (payload: Payload): Promise<TenantWorld> => {
  const tenants = await createTenants(payload)
  const country = await createPakistan(payload)
  const carrier = await payload.create({
    collection: 'carriers',
    data: { country: country.id, mccMnc: ['410-01'], name: 'Jazz', slug: AUTO_SLUG },
    depth: 0,
  })
  return {
    ...tenants,
    carrier,
    country,
    guides: {
      A: await createTenantGuides(payload, tenants.tenantA, country, 'Asia'),
      B: await createTenantGuides(payload, tenants.tenantB, country, 'Europe'),
    },
    users: await createWorldUsers(payload, tenants),
  }
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/** What a rejected Local API call threw: Payload's APIError family carries `status` and `data`. */
export type CaughtError = Error & {
  data?: { errors?: { message: string; path: string }[] } | null
  status?: number
}

/**
 * The error a call was rejected with. A call that succeeds yields a plain Error without a status,
 * so assertions on `status` or field errors fail with a readable message instead of passing.
 */
export const errorOf = async (promise: Promise<unknown>): Promise<CaughtError> =>
  promise.then(
    () => new Error('Expected the call to be rejected, but it succeeded.'),
    (error: unknown) => error as CaughtError,
  )

/** The `{ path, message }` pairs of a ValidationError. */
export const fieldErrors = (error: CaughtError): { message: string; path: string }[] =>
  (error.data?.errors ?? []).map(({ message, path }) => ({ message, path }))
