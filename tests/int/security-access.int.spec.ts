import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Guide, ScheduledPublication } from '@/payload-types'
import {
  actingAs,
  anonymous,
  createTenantWorld,
  createUser,
  errorOf,
  guideData,
  PASSWORD,
  reloadUser,
  unique,
  type ActingUser,
  type TenantWorld,
} from '@/tests/helpers/fixtures'
import { startPayload, type TestPayload } from '@/tests/helpers/startPayload'

/**
 * Who may do what across tenants, found by probing the running demo: taking over an account that
 * also belongs to another tenant, reading unpublished text through draft reads and locale
 * fallback, forging who scheduled a change or how it went, and a translator unpublishing every
 * locale with a draft save.
 */

let harness: TestPayload
let world: TenantWorld
let callREST: typeof import('@/tests/helpers/callRoute').callREST
let callGraphQL: typeof import('@/tests/helpers/callRoute').callGraphQL

beforeAll(async () => {
  harness = await startPayload()
  world = await createTenantWorld(harness.payload)
  // Imported once Payload runs on the test database: the route handlers read the same config.
  ;({ callREST, callGraphQL } = await import('@/tests/helpers/callRoute'))
})

afterAll(async () => harness?.stop())

const tokenFor = async (email: string, password = PASSWORD): Promise<string> => {
  const { token } = await harness.payload.login({
    collection: 'users',
    data: { email, password },
  })
  return token as string
}

const sessionOf = async (user: ActingUser) => ({
  Authorization: `JWT ${await tokenFor(user.email)}`,
})

describe('an account that belongs to two tenants', () => {
  /** Tenant admin of A and translator of B: admin B administers only one of its memberships. */
  let shared: ActingUser
  let adminB: ActingUser

  beforeAll(async () => {
    adminB = await createUser(harness.payload, 'admin-b', {
      tenants: [{ role: 'tenant-admin', tenant: world.tenantB.id }],
    })
    shared = await createUser(harness.payload, 'shared', {
      tenants: [
        { role: 'tenant-admin', tenant: world.tenantA.id },
        { languages: ['zh-Hant'], role: 'translator', tenant: world.tenantB.id },
      ],
    })
  })

  const updateAsAdminB = (data: Record<string, unknown>) =>
    harness.payload.update({
      collection: 'users',
      data,
      depth: 0,
      id: shared.id,
      ...actingAs(adminB),
    })

  it('should refuse another tenant’s admin changing its password', async () => {
    const error = await errorOf(updateAsAdminB({ password: 'taken-over-password' }))
    const login = await errorOf(tokenFor(shared.email, 'taken-over-password'))
    expect([error.status, login.status]).toEqual([403, 401])
  })

  it('should refuse another tenant’s admin changing its email or name', async () => {
    const email = await errorOf(updateAsAdminB({ email: `${unique('taken')}@evil.test` }))
    const name = await errorOf(updateAsAdminB({ name: 'Renamed' }))
    const stored = await reloadUser(harness.payload, shared.id)
    expect([email.status, name.status, stored.email, stored.name]).toEqual([
      403,
      403,
      shared.email,
      shared.name,
    ])
  })

  it('should refuse another tenant’s admin deleting it', async () => {
    const error = await errorOf(
      harness.payload.delete({ collection: 'users', id: shared.id, ...actingAs(adminB) }),
    )
    expect([error.status, (await reloadUser(harness.payload, shared.id)).email]).toEqual([
      403,
      shared.email,
    ])
  })

  it('should let that admin remove the membership in their own tenant only', async () => {
    const keepsA = (await reloadUser(harness.payload, shared.id)).tenants!.filter(
      (row) =>
        String(typeof row.tenant === 'object' ? row.tenant.id : row.tenant) !==
        String(world.tenantB.id),
    )
    await updateAsAdminB({ tenants: keepsA })
    const rows = (await reloadUser(harness.payload, shared.id)).tenants ?? []
    expect(rows.map((row) => row.role)).toEqual(['tenant-admin'])
    await harness.payload.update({
      collection: 'users',
      data: {
        tenants: [
          ...keepsA,
          { languages: ['zh-Hant'], role: 'translator', tenant: world.tenantB.id },
        ],
      },
      id: shared.id,
    })
  })

  it('should let a tenant admin rename a member who belongs to their tenant only', async () => {
    const member = await createUser(harness.payload, 'only-a', {
      tenants: [{ role: 'editor', tenant: world.tenantA.id }],
    })
    const renamed = await harness.payload.update({
      collection: 'users',
      data: { name: 'Renamed by their admin' },
      depth: 0,
      id: member.id,
      ...actingAs(world.users.adminA),
    })
    expect(renamed.name).toBe('Renamed by their admin')
    await harness.payload.delete({ collection: 'users', id: member.id })
  })
})

describe('a guide with a newer English draft than what readers see', () => {
  const draftSummary = 'UNPUBLISHED draft summary in English'
  const draftSource = 'https://unpublished-source.example/draft'
  let guide: Guide

  beforeAll(async () => {
    const { payload } = harness
    guide = await payload.create({
      collection: 'guides',
      data: guideData({
        _status: 'published',
        country: world.country.id,
        sources: [{ url: 'https://published-source.example/' }],
        summary: 'Published summary in English',
        tenant: world.tenantA.id,
      }),
      depth: 0,
    })
    await payload.update({
      collection: 'guides',
      data: { _status: 'published', slug: '', title: unique('激活 Jazz SIM 卡') },
      depth: 0,
      id: guide.id,
      locale: 'zh-Hans',
    })
    await payload.update({
      collection: 'guides',
      data: { sources: [{ url: draftSource }], summary: draftSummary },
      depth: 0,
      draft: true,
      id: guide.id,
      locale: 'en',
    })
  })

  afterAll(() => harness.payload.delete({ collection: 'guides', id: guide.id }))

  const leaksDraft = (body: string) => body.includes(draftSummary) || body.includes(draftSource)

  it('should not show an anonymous reader the draft over REST by ID in every locale', async () => {
    const response = await callREST('GET', `/guides/${guide.id}?draft=true&locale=all`)
    const body = await response.text()
    expect([response.status, leaksDraft(body), body.includes('Published summary')]).toEqual([
      200,
      false,
      true,
    ])
  })

  it('should not show an anonymous reader the draft through a published locale’s fallback', async () => {
    const response = await callREST(
      'GET',
      `/guides?draft=true&locale=zh-Hans&where[id][equals]=${guide.id}`,
    )
    const body = await response.text()
    expect([response.status, leaksDraft(body), JSON.parse(body).totalDocs]).toEqual([200, false, 1])
  })

  it('should not show the draft over GraphQL, signed out or as another tenant’s editor', async () => {
    const query = `{ Guides(draft: true, locale: zh_Hans, fallbackLocale: en, where: { id: { equals: ${guide.id} } }) { docs { title summary sources { url } } } }`
    const signedOut = await callGraphQL(query)
    const otherTenant = await callGraphQL(query, await sessionOf(world.users.editorB))
    const bodies = [await signedOut.text(), await otherTenant.text()]
    expect([signedOut.status, otherTenant.status, bodies.map(leaksDraft)]).toEqual([
      400,
      200,
      [false, false],
    ])
  })

  it('should not show an anonymous Local API read the draft', async () => {
    const found = await harness.payload.findByID({
      collection: 'guides',
      draft: true,
      id: guide.id,
      locale: 'zh-Hans',
      ...anonymous,
    })
    expect(leaksDraft(JSON.stringify(found))).toBe(false)
  })

  it('should still show the draft to an editor of its own tenant', async () => {
    const response = await callREST('GET', `/guides/${guide.id}?draft=true&locale=en`, {
      headers: await sessionOf(world.users.editorA),
    })
    expect(leaksDraft(await response.text())).toBe(true)
  })

  it('should not tell anonymous readers who edited the guide', async () => {
    await harness.payload.update({
      collection: 'guides',
      data: { _status: 'published', summary: 'Published summary in English, edited' },
      depth: 0,
      id: guide.id,
      locale: 'en',
      ...actingAs(world.users.editorA),
    })
    const reader = await (await callREST('GET', `/guides/${guide.id}?depth=0`)).json()
    const editor = await (
      await callREST('GET', `/guides/${guide.id}?depth=0`, {
        headers: await sessionOf(world.users.editorA),
      })
    ).json()
    expect([reader.summary, 'lastEditedBy' in reader, String(editor.lastEditedBy)]).toEqual([
      'Published summary in English, edited',
      false,
      String(world.users.editorA.id),
    ])
  })
})

describe('a scheduled change', () => {
  let entry: ScheduledPublication

  beforeAll(async () => {
    entry = await harness.payload.create({
      collection: 'scheduled-publications',
      data: {
        action: 'publish',
        guide: world.guides.A.draft.id,
        locale: 'en',
        runAt: new Date(Date.now() + 60 * 60 * 1000).toISOString(),
        tenant: world.tenantA.id,
      } as never,
      depth: 0,
      ...actingAs(world.users.editorA),
    })
  })

  afterAll(() => harness.payload.delete({ collection: 'scheduled-publications', id: entry.id }))

  const stored = () =>
    harness.payload.findByID({ collection: 'scheduled-publications', depth: 0, id: entry.id })

  it('should record who scheduled it, whatever the request says', async () => {
    const forged = await harness.payload.create({
      collection: 'scheduled-publications',
      data: {
        action: 'publish',
        guide: world.guides.A.draft.id,
        locale: 'en',
        runAt: new Date(Date.now() + 60 * 60 * 1000).toISOString(),
        scheduledBy: world.users.superAdmin.id,
        state: 'done',
        tenant: world.tenantA.id,
      } as never,
      depth: 0,
      ...actingAs(world.users.editorA),
    })
    expect([String(forged.scheduledBy), forged.state]).toEqual([
      String(world.users.editorA.id),
      'pending',
    ])
    await harness.payload.delete({ collection: 'scheduled-publications', id: forged.id })
  })

  it('should ignore an editor setting who scheduled it, its outcome or a final state', async () => {
    await harness.payload.update({
      collection: 'scheduled-publications',
      data: {
        outcome: 'Published by nobody',
        scheduledBy: world.users.superAdmin.id,
        state: 'done',
      } as never,
      depth: 0,
      id: entry.id,
      ...actingAs(world.users.editorA),
    })
    const after = await stored()
    expect([String(after.scheduledBy), after.state, after.outcome ?? null]).toEqual([
      String(world.users.editorA.id),
      'pending',
      null,
    ])
  })

  it('should still let an editor cancel it', async () => {
    await harness.payload.update({
      collection: 'scheduled-publications',
      data: { state: 'cancelled' },
      depth: 0,
      id: entry.id,
      ...actingAs(world.users.editorA),
    })
    expect((await stored()).state).toBe('cancelled')
  })
})

describe('a translator saving a draft', () => {
  it('should be refused when the save would unpublish every locale', async () => {
    const error = await errorOf(
      harness.payload.update({
        collection: 'guides',
        data: { title: unique('翻譯草稿') },
        depth: 0,
        draft: true,
        id: world.guides.A.published.id,
        locale: 'zh-Hant',
        unpublishAllLocales: true,
        ...actingAs(world.users.translatorA),
      }),
    )
    const reader = await harness.payload.findByID({
      collection: 'guides',
      depth: 0,
      id: world.guides.A.published.id,
      locale: 'en',
      ...anonymous,
    })
    expect([error.status, reader.title]).toEqual([403, world.guides.A.published.title])
  })
})
