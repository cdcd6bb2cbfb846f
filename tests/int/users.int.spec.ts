import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Country, User } from '@/payload-types'
import {
  actingAs,
  createPakistan,
  createTenants,
  createUser,
  createWorldUsers,
  errorOf,
  guideData,
  idOf,
  ids,
  PASSWORD,
  reloadUser,
  uniqueEmail,
  worldMemberships,
  type ActingUser,
  type Membership,
  type TenantPair,
  type TenantWorld,
} from '@/tests/helpers/fixtures'
import { startPayload, type TestPayload } from '@/tests/helpers/startPayload'

/**
 * People and memberships: who may create users, grant memberships and roles, and read or change
 * other people's accounts. Fixtures: tenants A and B, the people of createTenantWorld, and an
 * editor of both tenants.
 */

let app: TestPayload
let payload: Payload
let tenants: TenantPair
let users: TenantWorld['users']
/** An editor of both tenants. */
let memberOfBoth: ActingUser
let country: Country

beforeAll(async () => {
  app = await startPayload()
  payload = app.payload
  tenants = await createTenants(payload)
  country = await createPakistan(payload)
  users = await createWorldUsers(payload, tenants)
  const memberships = worldMemberships(tenants)
  memberOfBoth = await createUser(payload, 'member-of-both', {
    tenants: [...memberships.editorA, ...memberships.editorB],
  })
})

afterAll(async () => app?.stop())

/** The parts of a user the access rules read. */
const accessView = (user: User) => ({
  roles: user.roles,
  tenants: (user.tenants ?? []).map(({ languages, role, tenant }) => ({
    languages,
    role,
    tenant: idOf(tenant),
  })),
})

const membershipsOf = async (id: number | string) =>
  accessView(await reloadUser(payload, id)).tenants

const newUserData = (who: string, data: Partial<Pick<User, 'roles' | 'tenants'>>) => ({
  email: uniqueEmail(who),
  password: PASSWORD,
  ...data,
})

const countByEmail = async (email: string) =>
  (await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs

describe('a tenant admin of A', () => {
  it('should create a member of tenant A', async () => {
    const data = newUserData('new-translator', {
      tenants: [{ languages: ['ur'], role: 'translator', tenant: tenants.tenantA.id }],
    })
    const created = await payload.create({ collection: 'users', data, ...actingAs(users.adminA) })
    expect(await membershipsOf(created.id)).toEqual([
      { languages: ['ur'], role: 'translator', tenant: String(tenants.tenantA.id) },
    ])
    await payload.delete({ collection: 'users', id: created.id })
  })

  it('should not create a user with a membership in tenant B', async () => {
    const data = newUserData('smuggled-editor', {
      tenants: [
        { role: 'editor', tenant: tenants.tenantA.id },
        { role: 'editor', tenant: tenants.tenantB.id },
      ],
    })
    const error = await errorOf(
      payload.create({ collection: 'users', data, ...actingAs(users.adminA) }),
    )
    expect(error.status).toBe(403)
    expect(error.message).toMatch(/only grant or change memberships in publications you administer/)
    expect(await countByEmail(data.email)).toBe(0)
  })

  it('should not make a new user super-admin (the role is dropped)', async () => {
    const data = newUserData('would-be-super-admin', {
      roles: ['super-admin'],
      tenants: [{ role: 'editor', tenant: tenants.tenantA.id }],
    })
    const created = await payload.create({ collection: 'users', data, ...actingAs(users.adminA) })
    expect((await reloadUser(payload, created.id)).roles).toEqual([])
    await payload.delete({ collection: 'users', id: created.id })
  })

  it('should not make a member of A super-admin (the role is dropped)', async () => {
    await payload.update({
      collection: 'users',
      data: { roles: ['super-admin'] },
      id: users.editorA.id,
      ...actingAs(users.adminA),
    })
    expect((await reloadUser(payload, users.editorA.id)).roles).toEqual([])
  })

  it('should not add tenant B to their own memberships', async () => {
    const before = await membershipsOf(users.adminA.id)
    const error = await errorOf(
      payload.update({
        collection: 'users',
        data: {
          tenants: [
            ...(users.adminA.tenants ?? []),
            { role: 'tenant-admin', tenant: tenants.tenantB.id },
          ],
        },
        id: users.adminA.id,
        ...actingAs(users.adminA),
      }),
    )
    expect(error.status).toBe(403)
    expect(await membershipsOf(users.adminA.id)).toEqual(before)
  })

  it('should not change the tenant B membership of a member of both tenants', async () => {
    const before = await membershipsOf(memberOfBoth.id)
    const promoted: Membership[] = [
      { role: 'editor', tenant: tenants.tenantA.id },
      { role: 'tenant-admin', tenant: tenants.tenantB.id },
    ]
    const error = await errorOf(
      payload.update({
        collection: 'users',
        data: { tenants: promoted },
        id: memberOfBoth.id,
        ...actingAs(users.adminA),
      }),
    )
    expect(error.status).toBe(403)
    expect(await membershipsOf(memberOfBoth.id)).toEqual(before)
  })

  it('should change the tenant A membership of a member of both tenants', async () => {
    const member = await createUser(payload, 'member-of-both', {
      tenants: [
        { role: 'editor', tenant: tenants.tenantA.id },
        { role: 'editor', tenant: tenants.tenantB.id },
      ],
    })
    const [, rowB] = member.tenants ?? []
    await payload.update({
      collection: 'users',
      data: {
        tenants: [{ languages: ['zh-Hant'], role: 'translator', tenant: tenants.tenantA.id }, rowB],
      },
      id: member.id,
      ...actingAs(users.adminA),
    })
    expect(await membershipsOf(member.id)).toEqual([
      { languages: ['zh-Hant'], role: 'translator', tenant: String(tenants.tenantA.id) },
      { languages: [], role: 'editor', tenant: String(tenants.tenantB.id) },
    ])
    await payload.delete({ collection: 'users', id: member.id })
  })

  it('should not read a user who belongs only to tenant B', async () => {
    const byID = await errorOf(
      payload.findByID({ collection: 'users', id: users.editorB.id, ...actingAs(users.adminA) }),
    )
    const { docs } = await payload.find({
      collection: 'users',
      limit: 100,
      ...actingAs(users.adminA),
    })
    expect(byID.status).toBe(404)
    expect(ids(docs)).not.toContain(String(users.editorB.id))
    expect(ids(docs)).toEqual(
      expect.arrayContaining([String(users.editorA.id), String(memberOfBoth.id)]),
    )
  })

  it('should not update a user who belongs only to tenant B', async () => {
    const error = await errorOf(
      payload.update({
        collection: 'users',
        data: { name: 'Renamed by tenant A' },
        id: users.editorB.id,
        ...actingAs(users.adminA),
      }),
    )
    expect(error.status).toBe(403)
    expect((await reloadUser(payload, users.editorB.id)).name).toBe('editor-b')
  })

  it('should not delete a user who belongs only to tenant B', async () => {
    const error = await errorOf(
      payload.delete({ collection: 'users', id: users.editorB.id, ...actingAs(users.adminA) }),
    )
    expect(error.status).toBe(403)
    expect(await countByEmail(users.editorB.email)).toBe(1)
  })
})

describe('an editor of A', () => {
  it('should not add tenant B to their own memberships (the change does not take effect)', async () => {
    const { editorA } = users
    // Refused or silently ignored are both fine; what matters is what is stored afterwards.
    await Promise.allSettled([
      payload.update({
        collection: 'users',
        data: {
          tenants: [...(editorA.tenants ?? []), { role: 'editor', tenant: tenants.tenantB.id }],
        },
        id: editorA.id,
        ...actingAs(editorA),
      }),
    ])
    expect(await membershipsOf(editorA.id)).toEqual([
      { languages: [], role: 'editor', tenant: String(tenants.tenantA.id) },
    ])
  })

  it('should still not reach tenant B’s drafts after trying to join tenant B', async () => {
    const { editorA } = users
    const draftB = await payload.create({
      collection: 'guides',
      data: guideData({ country: country.id, tenant: tenants.tenantB.id }),
      draft: true,
    })
    await Promise.allSettled([
      payload.update({
        collection: 'users',
        data: { tenants: [{ role: 'editor', tenant: tenants.tenantB.id }] },
        id: editorA.id,
        ...actingAs(editorA),
      }),
    ])
    const reloaded = await reloadUser(payload, editorA.id)
    const error = await errorOf(
      payload.findByID({ collection: 'guides', draft: true, id: draftB.id, ...actingAs(reloaded) }),
    )
    expect(error.status).toBe(404)
  })

  it('should not make themselves super-admin (the role is dropped)', async () => {
    const { editorA } = users
    await payload.update({
      collection: 'users',
      data: { roles: ['super-admin'] },
      id: editorA.id,
      ...actingAs(editorA),
    })
    expect((await reloadUser(payload, editorA.id)).roles).toEqual([])
  })

  it('should not create users, even without memberships', async () => {
    const data = newUserData('editor-made', {})
    const error = await errorOf(
      payload.create({ collection: 'users', data, ...actingAs(users.editorA) }),
    )
    expect(error.status).toBe(403)
    expect(await countByEmail(data.email)).toBe(0)
  })

  it('should read only their own account', async () => {
    const { docs } = await payload.find({
      collection: 'users',
      limit: 100,
      ...actingAs(users.editorA),
    })
    expect(ids(docs)).toEqual([String(users.editorA.id)])
  })
})

describe('a super-admin', () => {
  it('should grant memberships in any tenant and the super-admin role', async () => {
    const data = newUserData('promoted', {
      roles: ['super-admin'],
      tenants: [{ role: 'tenant-admin', tenant: tenants.tenantB.id }],
    })
    const created = await payload.create({
      collection: 'users',
      data,
      ...actingAs(users.superAdmin),
    })
    const stored = accessView(await reloadUser(payload, created.id))
    expect(stored.roles).toEqual(['super-admin'])
    expect(stored.tenants).toEqual([
      { languages: [], role: 'tenant-admin', tenant: String(tenants.tenantB.id) },
    ])
    await payload.delete({ collection: 'users', id: created.id })
  })
})
