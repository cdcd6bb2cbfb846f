import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Guide } from '@/payload-types'
import {
  actingAs,
  anonymous,
  createTenantWorld,
  errorOf,
  fieldErrors,
  guideData,
  idOf,
  ids,
  unique,
  type TenantWorld,
} from '@/tests/helpers/fixtures'
import { startPayload, type TestPayload } from '@/tests/helpers/startPayload'

/**
 * Tenant isolation of guides: an editor of tenant A against the guides of tenant B, and what
 * anonymous readers of the public site may see. Fixtures: see createTenantWorld.
 */

let app: TestPayload
let payload: Payload
let world: TenantWorld
/** A published guide of A whose newer, unpublished draft rewrote the title. */
let pendingRewrite: Guide

const PUBLISHED_TITLE = 'Check your Jazz balance'
const UNPUBLISHED_TITLE = 'Check your Jazz balance (unpublished rewrite)'

beforeAll(async () => {
  app = await startPayload()
  payload = app.payload
  world = await createTenantWorld(payload)
  pendingRewrite = await payload.create({
    collection: 'guides',
    data: guideData({
      _status: 'published',
      country: world.country.id,
      tenant: world.tenantA.id,
      title: PUBLISHED_TITLE,
      topic: 'check-balance',
    }),
  })
  await payload.update({
    collection: 'guides',
    data: { title: UNPUBLISHED_TITLE },
    draft: true,
    id: pendingRewrite.id,
  })
})

afterAll(async () => app?.stop())

/** The stored guide, read past access control. */
const storedGuide = (id: number | string, draft = false) =>
  payload.findByID({ collection: 'guides', depth: 0, draft, id })

const tenantIDsOf = (docs: Guide[]) => [...new Set(docs.map((doc) => idOf(doc.tenant)))]

describe('an editor of tenant A', () => {
  it('should read the drafts of tenant A', async () => {
    const { editorA } = world.users
    const draft = await payload.findByID({
      collection: 'guides',
      draft: true,
      id: world.guides.A.draft.id,
      ...actingAs(editorA),
    })
    expect(draft.title).toBe('Asia draft guide')
  })

  it('should not read a draft of tenant B by ID', async () => {
    const { editorA } = world.users
    const error = await errorOf(
      payload.findByID({
        collection: 'guides',
        draft: true,
        id: world.guides.B.draft.id,
        ...actingAs(editorA),
      }),
    )
    expect(error.status).toBe(404)
  })

  it('should not list any guide of tenant B', async () => {
    const { editorA } = world.users
    const { docs } = await payload.find({
      collection: 'guides',
      draft: true,
      limit: 100,
      ...actingAs(editorA),
    })
    expect(ids(docs)).toContain(String(world.guides.A.draft.id))
    expect(tenantIDsOf(docs)).toEqual([String(world.tenantA.id)])
  })

  it('should not reach tenant B’s guides by filtering on tenant B', async () => {
    const { editorA } = world.users
    const where = { tenant: { equals: world.tenantB.id } }
    const drafts = await payload.find({
      collection: 'guides',
      draft: true,
      where,
      ...actingAs(editorA),
    })
    const published = await payload.find({ collection: 'guides', where, ...actingAs(editorA) })
    const count = await payload.count({ collection: 'guides', where, ...actingAs(editorA) })
    expect(drafts.docs).toEqual([])
    expect(published.docs).toEqual([])
    expect(count.totalDocs).toBe(0)
  })

  it('should not reach tenant B’s draft by filtering on its slug or ID', async () => {
    const { editorA } = world.users
    const draftB = world.guides.B.draft
    const bySlug = await payload.find({
      collection: 'guides',
      draft: true,
      where: { slug: { equals: draftB.slug } },
      ...actingAs(editorA),
    })
    const byID = await payload.find({
      collection: 'guides',
      draft: true,
      where: { id: { equals: draftB.id } },
      ...actingAs(editorA),
    })
    expect(bySlug.docs).toEqual([])
    expect(byID.docs).toEqual([])
  })

  it('should only get tenant A’s guides from a filter naming both tenants', async () => {
    const { editorA } = world.users
    const { docs } = await payload.find({
      collection: 'guides',
      draft: true,
      limit: 100,
      where: {
        or: [{ tenant: { equals: world.tenantB.id } }, { tenant: { equals: world.tenantA.id } }],
      },
      ...actingAs(editorA),
    })
    expect(docs.length).toBeGreaterThan(0)
    expect(tenantIDsOf(docs)).toEqual([String(world.tenantA.id)])
  })

  it('should not read tenant B’s drafts through findVersions', async () => {
    const { editorA } = world.users
    const ofDraftB = await payload.findVersions({
      collection: 'guides',
      where: { parent: { equals: world.guides.B.draft.id } },
      ...actingAs(editorA),
    })
    const all = await payload.findVersions({
      collection: 'guides',
      limit: 100,
      ...actingAs(editorA),
    })
    expect(ofDraftB.docs).toEqual([])
    expect(all.docs.length).toBeGreaterThan(0)
    expect([...new Set(all.docs.map((doc) => idOf(doc.version.tenant)))]).toEqual([
      String(world.tenantA.id),
    ])
  })

  it('should not read a version of tenant B’s draft through findVersionByID', async () => {
    const { editorA } = world.users
    const {
      docs: [versionOfB],
    } = await payload.findVersions({
      collection: 'guides',
      where: { parent: { equals: world.guides.B.draft.id } },
    })
    const error = await errorOf(
      payload.findVersionByID({ collection: 'guides', id: versionOfB.id, ...actingAs(editorA) }),
    )
    expect(error.status).toBe(403)
  })

  it('should not update a guide of tenant B by ID', async () => {
    const { editorA } = world.users
    const error = await errorOf(
      payload.update({
        collection: 'guides',
        data: { title: 'Edited by tenant A' },
        draft: true,
        id: world.guides.B.published.id,
        ...actingAs(editorA),
      }),
    )
    expect(error.status).toBe(403)
    expect((await storedGuide(world.guides.B.published.id, true)).title).toBe(
      'Europe published guide',
    )
  })

  it('should not update tenant B’s guides through a bulk update filtered on tenant B', async () => {
    const { editorA } = world.users
    const result = await payload.update({
      collection: 'guides',
      data: { title: 'Edited by tenant A' },
      where: { tenant: { equals: world.tenantB.id } },
      ...actingAs(editorA),
    })
    expect(result.docs).toEqual([])
    const { docs } = await payload.find({
      collection: 'guides',
      draft: true,
      where: { tenant: { equals: world.tenantB.id } },
    })
    expect(docs.map((doc) => doc.title).sort()).toEqual([
      'Europe draft guide',
      'Europe published guide',
    ])
  })

  it('should not delete a guide of tenant B by ID', async () => {
    const { editorA } = world.users
    const error = await errorOf(
      payload.delete({ collection: 'guides', id: world.guides.B.draft.id, ...actingAs(editorA) }),
    )
    expect(error.status).toBe(403)
    expect(idOf(await storedGuide(world.guides.B.draft.id))).toBe(String(world.guides.B.draft.id))
  })

  it('should not delete tenant B’s guides through a bulk delete filtered on tenant B', async () => {
    const { editorA } = world.users
    const result = await payload.delete({
      collection: 'guides',
      where: { tenant: { equals: world.tenantB.id } },
      ...actingAs(editorA),
    })
    expect(result.docs).toEqual([])
    const { totalDocs } = await payload.count({
      collection: 'guides',
      where: { tenant: { equals: world.tenantB.id } },
    })
    expect(totalDocs).toBe(2)
  })

  it('should not create a guide in tenant B', async () => {
    const { editorA } = world.users
    const title = unique('Smuggled into tenant B')
    const error = await errorOf(
      payload.create({
        collection: 'guides',
        data: guideData({ country: world.country.id, tenant: world.tenantB.id, title }),
        ...actingAs(editorA),
      }),
    )
    expect(error.status).toBe(403)
    const { totalDocs } = await payload.count({
      collection: 'guides',
      where: { title: { equals: title } },
    })
    expect(totalDocs).toBe(0)
  })

  it('should not move a guide of tenant A to tenant B', async () => {
    const { editorA } = world.users
    const guide = await payload.create({
      collection: 'guides',
      data: guideData({ country: world.country.id, tenant: world.tenantA.id }),
    })
    const error = await errorOf(
      payload.update({
        collection: 'guides',
        data: { tenant: world.tenantB.id },
        id: guide.id,
        ...actingAs(editorA),
      }),
    )
    expect(error.status).toBe(400)
    expect(fieldErrors(error).map(({ path }) => path)).toEqual(['tenant'])
    expect(idOf((await storedGuide(guide.id)).tenant)).toBe(String(world.tenantA.id))
    await payload.delete({ collection: 'guides', id: guide.id })
  })

  it('should create, update and publish a guide in tenant A', async () => {
    const { editorA } = world.users
    const created = await payload.create({
      collection: 'guides',
      data: guideData({
        country: world.country.id,
        tenant: world.tenantA.id,
        title: 'Top up Zong',
      }),
      draft: true,
      ...actingAs(editorA),
    })
    const published = await payload.update({
      collection: 'guides',
      data: {
        _status: 'published',
        summary: 'Dial *100# or use the My Zong app.',
        topic: 'top-up',
      },
      id: created.id,
      ...actingAs(editorA),
    })
    expect(idOf(created.tenant)).toBe(String(world.tenantA.id))
    expect(created.slug).toBe('top-up-zong')
    const stored = await storedGuide(created.id)
    expect(stored).toMatchObject({
      _status: 'published',
      summary: 'Dial *100# or use the My Zong app.',
      topic: 'top-up',
    })
    expect(published._status).toBe('published')
    await payload.delete({ collection: 'guides', id: created.id })
  })

  it('should delete a guide of tenant A', async () => {
    const { editorA } = world.users
    const guide = await payload.create({
      collection: 'guides',
      data: guideData({ country: world.country.id, tenant: world.tenantA.id }),
    })
    await payload.delete({ collection: 'guides', id: guide.id, ...actingAs(editorA) })
    const { totalDocs } = await payload.count({
      collection: 'guides',
      where: { id: { equals: guide.id } },
    })
    expect(totalDocs).toBe(0)
  })
})

describe('an anonymous reader', () => {
  it('should see the published guides of every tenant and no draft', async () => {
    const { docs } = await payload.find({ collection: 'guides', limit: 100, ...anonymous })
    expect(ids(docs)).toEqual(
      expect.arrayContaining([
        String(world.guides.A.published.id),
        String(world.guides.B.published.id),
      ]),
    )
    expect(ids(docs)).not.toContain(String(world.guides.A.draft.id))
    expect(ids(docs)).not.toContain(String(world.guides.B.draft.id))
    expect([...new Set(docs.map((doc) => doc._status))]).toEqual(['published'])
  })

  it('should see no draft even when asking for drafts', async () => {
    const { docs } = await payload.find({
      collection: 'guides',
      draft: true,
      limit: 100,
      ...anonymous,
    })
    expect(docs.map((doc) => doc.title)).not.toContain(UNPUBLISHED_TITLE)
    expect(ids(docs)).not.toContain(String(world.guides.A.draft.id))
    expect(ids(docs)).not.toContain(String(world.guides.B.draft.id))
  })

  it('should not find drafts by filtering on the draft status', async () => {
    const { docs } = await payload.find({
      collection: 'guides',
      draft: true,
      where: { _status: { equals: 'draft' } },
      ...anonymous,
    })
    expect(docs).toEqual([])
  })

  it('should read the published version of a guide that has an unpublished draft', async () => {
    const guide = await payload.findByID({
      collection: 'guides',
      draft: true,
      id: pendingRewrite.id,
      ...anonymous,
    })
    expect(guide.title).toBe(PUBLISHED_TITLE)
  })

  it('should not read a draft by ID', async () => {
    const error = await errorOf(
      payload.findByID({
        collection: 'guides',
        draft: true,
        id: world.guides.A.draft.id,
        ...anonymous,
      }),
    )
    expect(error.status).toBe(404)
  })

  it('should not read versions', async () => {
    const {
      docs: [version],
    } = await payload.findVersions({
      collection: 'guides',
      where: { parent: { equals: world.guides.A.draft.id } },
    })
    const list = await errorOf(payload.findVersions({ collection: 'guides', ...anonymous }))
    const one = await errorOf(
      payload.findVersionByID({ collection: 'guides', id: version.id, ...anonymous }),
    )
    expect(list.status).toBe(403)
    expect(one.status).toBe(403)
  })
})
