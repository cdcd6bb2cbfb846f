import { expect, test } from '@playwright/test'

import { loginAs, tenantIDBySlug, type AuthHeaders } from './helpers/api'
import { countryIDByCode, createGuide, deleteGuide, type GuideRef } from './helpers/guideFixtures'

/**
 * Tenant isolation and roles through the REST and GraphQL APIs of the running production server,
 * signed in as the demo accounts. The fixtures belong to the "americas" tenant; the person probing
 * is the editor of "asia".
 */
let superAdmin: AuthHeaders
let asiaEditor: AuthHeaders
let asiaTranslator: AuthHeaders
let americasID: number | string
let asiaID: number | string
let americasDraft: GuideRef
let americasPublished: GuideRef
let asiaPublished: GuideRef

test.beforeAll(async ({ request }) => {
  superAdmin = await loginAs('admin@roampress.test')
  asiaEditor = await loginAs('editor@asia.test')
  asiaTranslator = await loginAs('translator@asia.test')
  americasID = await tenantIDBySlug(request, 'americas')
  asiaID = await tenantIDBySlug(request, 'asia')
  const countryID = await countryIDByCode(request, 'US')
  americasDraft = await createGuide(request, superAdmin, {
    countryID,
    isDraft: true,
    slug: 'isolation-americas-draft',
    tenantID: americasID,
    title: 'Isolation fixture: Americas draft',
  })
  americasPublished = await createGuide(request, superAdmin, {
    countryID,
    isDraft: false,
    slug: 'isolation-americas-published',
    tenantID: americasID,
    title: 'Isolation fixture: Americas published',
  })
  asiaPublished = await createGuide(request, superAdmin, {
    countryID,
    isDraft: false,
    slug: 'isolation-asia-published',
    tenantID: asiaID,
    title: 'Isolation fixture: Asia published',
  })
})

test.afterAll(async ({ request }) => {
  for (const guide of [americasDraft, americasPublished, asiaPublished]) {
    await deleteGuide(request, superAdmin, guide.id)
  }
})

test.describe('an editor of another tenant', () => {
  test('should not read the other tenant’s draft by ID', async ({ request }) => {
    const response = await request.get(`/api/guides/${americasDraft.id}?draft=true`, {
      headers: asiaEditor,
    })
    expect([403, 404]).toContain(response.status())
  })

  test('should not filter their way to the other tenant’s documents', async ({ request }) => {
    const byTenant = await request.get(
      `/api/guides?draft=true&where[tenant][equals]=${americasID}`,
      { headers: asiaEditor },
    )
    expect((await byTenant.json()).docs).toEqual([])
    const bySlug = await request.get(
      `/api/guides?draft=true&where[slug][equals]=${americasDraft.slug}`,
      { headers: asiaEditor },
    )
    expect((await bySlug.json()).docs).toEqual([])
    const byOr = await request.get(
      `/api/guides?draft=true&where[or][0][tenant][equals]=${americasID}&where[or][1][tenant][equals]=${asiaID}`,
      { headers: asiaEditor },
    )
    const tenants = (await byOr.json()).docs.map((doc: { tenant: { id: unknown } | unknown }) =>
      String(
        typeof doc.tenant === 'object' && doc.tenant
          ? (doc.tenant as { id: unknown }).id
          : doc.tenant,
      ),
    )
    expect(tenants).not.toContain(String(americasID))
  })

  test('should not update or delete the other tenant’s guide', async ({ request }) => {
    const update = await request.patch(`/api/guides/${americasPublished.id}?locale=en`, {
      data: { title: 'Hijacked' },
      headers: asiaEditor,
    })
    expect([403, 404]).toContain(update.status())
    const remove = await request.delete(`/api/guides/${americasPublished.id}`, {
      headers: asiaEditor,
    })
    expect([403, 404]).toContain(remove.status())

    const check = await request.get(`/api/guides/${americasPublished.id}?locale=en`, {
      headers: superAdmin,
    })
    expect((await check.json()).title).toBe('Isolation fixture: Americas published')
  })

  test('should not create a guide carrying the other tenant', async ({ request }) => {
    const response = await request.post('/api/guides?locale=en', {
      data: {
        _status: 'published',
        country: await countryIDByCode(request, 'US'),
        simKind: 'esim',
        slug: 'isolation-smuggled',
        tenant: americasID,
        title: 'Smuggled into another tenant',
        topic: 'cancel',
      },
      headers: asiaEditor,
    })
    expect([400, 403]).toContain(response.status())
    const check = await request.get(
      '/api/guides?where[slug][equals]=isolation-smuggled&draft=true',
      {
        headers: superAdmin,
      },
    )
    expect((await check.json()).totalDocs).toBe(0)
  })

  test('should not add the other tenant to their own memberships', async ({ request }) => {
    const me = await (await request.get('/api/users/me', { headers: asiaEditor })).json()
    const before = me.user.tenants
    await request.patch(`/api/users/${me.user.id}`, {
      data: { tenants: [...before, { role: 'tenant-admin', tenant: americasID }] },
      headers: asiaEditor,
    })
    const after = await (
      await request.get(`/api/users/${me.user.id}?depth=0`, { headers: superAdmin })
    ).json()
    const tenantIDs = after.tenants.map((row: { tenant: unknown }) => String(row.tenant))
    expect(tenantIDs).toEqual([String(asiaID)])
  })

  test('should not reach the other tenant’s drafts through the versions endpoints', async ({
    request,
  }) => {
    const list = await request.get(
      `/api/guides/versions?where[parent][equals]=${americasDraft.id}`,
      {
        headers: asiaEditor,
      },
    )
    expect((await list.json()).docs ?? []).toEqual([])

    const versions = await request.get(
      `/api/guides/versions?where[parent][equals]=${americasDraft.id}`,
      { headers: superAdmin },
    )
    const versionID = (await versions.json()).docs[0].id
    const single = await request.get(`/api/guides/versions/${versionID}`, { headers: asiaEditor })
    expect([403, 404]).toContain(single.status())
  })

  test('should not reach the other tenant’s drafts through GraphQL', async ({ request }) => {
    const response = await request.post('/api/graphql', {
      data: {
        query: `query {
          Guides(draft: true, where: { tenant: { equals: ${JSON.stringify(americasID)} } }) { docs { id title } }
          versionsGuides(where: { parent: { equals: ${JSON.stringify(americasDraft.id)} } }) { docs { id } }
        }`,
      },
      headers: asiaEditor,
    })
    const body = await response.json()
    expect(body.data?.Guides?.docs ?? []).toEqual([])
    expect(body.data?.versionsGuides?.docs ?? []).toEqual([])
  })
})

test.describe('a translator', () => {
  test('should not edit the source locale or a locale not assigned', async ({ request }) => {
    for (const locale of ['en', 'zh-Hans']) {
      const response = await request.patch(
        `/api/guides/${asiaPublished.id}?locale=${locale}&draft=true`,
        { data: { title: `Changed in ${locale}` }, headers: asiaTranslator },
      )
      expect([403, 404], locale).toContain(response.status())
    }
  })

  test('should save a draft in an assigned locale but not publish or delete', async ({
    request,
  }) => {
    const draft = await request.patch(`/api/guides/${asiaPublished.id}?locale=zh-Hant&draft=true`, {
      data: { title: '隔離測試：亞洲' },
      headers: asiaTranslator,
    })
    expect(draft.status(), await draft.text()).toBe(200)

    const publish = await request.patch(`/api/guides/${asiaPublished.id}?locale=zh-Hant`, {
      data: { _status: 'published', title: '隔離測試：亞洲' },
      headers: asiaTranslator,
    })
    expect(publish.status()).toBe(403)

    const remove = await request.delete(`/api/guides/${asiaPublished.id}`, {
      headers: asiaTranslator,
    })
    expect([403, 404]).toContain(remove.status())
  })
})

test.describe('an anonymous reader', () => {
  test('should see published guides only', async ({ request }) => {
    const list = await request.get('/api/guides?limit=200&draft=true&depth=0')
    const docs = (await list.json()).docs as { _status: string; id: unknown }[]
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((doc) => doc._status === 'published')).toBe(true)
    expect(docs.map((doc) => String(doc.id))).not.toContain(String(americasDraft.id))

    const single = await request.get(`/api/guides/${americasDraft.id}?draft=true`)
    expect([403, 404]).toContain(single.status())
  })
})
