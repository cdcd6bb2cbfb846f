import type { PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { listReviewDue } from '@/lib/freshness/listReviewDue'
import { markVerified } from '@/lib/freshness/markVerified'
import {
  actingAs,
  anonymous,
  createTenantWorld,
  errorOf,
  guideData,
  idOf,
  unique,
  type ID,
  type TenantWorld,
} from '@/tests/helpers/fixtures'
import { startPayload, type TestPayload } from '@/tests/helpers/startPayload'

let harness: TestPayload
let world: TenantWorld

beforeAll(async () => {
  harness = await startPayload()
  world = await createTenantWorld(harness.payload)
})

afterAll(async () => {
  await harness?.stop()
})

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()

const publishedGuide = (tenant: ID, lastVerified: string | null) =>
  harness.payload.create({
    collection: 'guides',
    data: guideData({
      _status: 'published',
      country: world.country.id,
      lastVerified,
      tenant,
      title: unique('Verified guide'),
    }),
    depth: 0,
  })

const readerView = (id: ID) =>
  harness.payload.findByID({ collection: 'guides', depth: 0, id, locale: 'en', ...anonymous })

describe('marking a guide verified', () => {
  it('should record the date and the person, and show the date to readers at once', async () => {
    const guide = await publishedGuide(world.tenantA.id, daysAgo(400))
    const result = await markVerified({
      guideID: guide.id,
      locale: 'en',
      payload: harness.payload,
      user: world.users.editorA,
    })
    const seen = await readerView(guide.id)
    expect(result.isLive).toBe(true)
    expect(seen.lastVerified).toBe(result.lastVerified)
    expect(idOf(seen.lastVerifiedBy)).toBe(idOf(world.users.editorA.id))
    expect(seen._status).toBe('published')
  })

  it('should keep a pending draft and save the date with it', async () => {
    const guide = await publishedGuide(world.tenantA.id, daysAgo(400))
    await harness.payload.update({
      collection: 'guides',
      data: { title: 'Draft title in progress' },
      draft: true,
      id: guide.id,
      locale: 'en',
      ...actingAs(world.users.editorA),
    })
    const result = await markVerified({
      guideID: guide.id,
      locale: 'en',
      payload: harness.payload,
      user: world.users.editorA,
    })
    const draft = await harness.payload.findByID({
      collection: 'guides',
      depth: 0,
      draft: true,
      id: guide.id,
      locale: 'en',
      ...actingAs(world.users.editorA),
    })
    expect(result.isLive).toBe(false)
    expect([draft.title, draft.lastVerified]).toEqual([
      'Draft title in progress',
      result.lastVerified,
    ])
    expect((await readerView(guide.id)).title).toBe(guide.title)
  })

  it('should refuse an editor of another publication (as not found), a translator and an anonymous visitor', async () => {
    const guide = await publishedGuide(world.tenantA.id, daysAgo(400))
    const attempt = (user: typeof world.users.editorB | null) =>
      errorOf(markVerified({ guideID: guide.id, locale: 'en', payload: harness.payload, user }))
    const statuses = [
      (await attempt(world.users.editorB)).status,
      (await attempt(world.users.translatorA)).status,
      (await attempt(null)).status,
    ]
    expect(statuses).toEqual([404, 403, 401])
    expect((await readerView(guide.id)).lastVerifiedBy ?? null).toBeNull()
  })
})

describe('the Needs review list', () => {
  it('should list the person’s guides past the interval, never-verified and oldest first', async () => {
    const fresh = await publishedGuide(world.tenantA.id, daysAgo(10))
    const old = await publishedGuide(world.tenantA.id, daysAgo(300))
    const older = await publishedGuide(world.tenantA.id, daysAgo(500))
    const never = await publishedGuide(world.tenantA.id, null)
    const otherTenant = await publishedGuide(world.tenantB.id, daysAgo(900))
    const due = await listReviewDue({ payload: harness.payload, user: world.users.editorA })
    const english = due.filter((item) => item.locale === 'en').map((item) => String(item.guideID))
    const ours = [never, older, old].map((guide) => String(guide.id))
    expect(english.filter((id) => ours.includes(id))).toEqual(ours)
    expect(english).not.toContain(String(fresh.id))
    expect(english).not.toContain(String(otherTenant.id))
  })

  it('should follow the publication’s review interval', async () => {
    const guide = await publishedGuide(world.tenantB.id, daysAgo(40))
    const before = await listReviewDue({ payload: harness.payload, user: world.users.editorB })
    await harness.payload.update({
      collection: 'tenants',
      data: { reviewIntervalDays: 30 },
      id: world.tenantB.id,
    })
    const after = await listReviewDue({ payload: harness.payload, user: world.users.editorB })
    await harness.payload.update({
      collection: 'tenants',
      data: { reviewIntervalDays: 180 },
      id: world.tenantB.id,
    })
    const ids = (items: typeof before) => items.map((item) => String(item.guideID))
    expect([ids(before).includes(String(guide.id)), ids(after).includes(String(guide.id))]).toEqual(
      [false, true],
    )
  })

  it('should show a translator nothing', async () => {
    expect(
      await listReviewDue({ payload: harness.payload, user: world.users.translatorA }),
    ).toEqual([])
  })
})

describe('POST /api/guides/:id/verify/:locale', () => {
  const post = (id: ID, locale: string, user: typeof world.users.editorA | null) => {
    const endpoint = (harness.payload.collections.guides.config.endpoints || []).find(
      (candidate) => candidate.path === '/:id/verify/:locale',
    )
    if (!endpoint) throw new Error('The verify endpoint is not registered.')
    return endpoint.handler({
      headers: new Headers({ accept: 'application/json' }),
      payload: harness.payload,
      routeParams: { id, locale },
      user,
    } as unknown as PayloadRequest)
  }

  it('should answer the new date to an editor and 4xx with a message to others', async () => {
    const guide = await publishedGuide(world.tenantA.id, daysAgo(400))
    const responses = [
      await post(guide.id, 'en', null),
      await post(guide.id, 'xx', world.users.editorA),
      await post(guide.id, 'en', world.users.translatorA),
      await post(guide.id, 'en', world.users.editorA),
    ]
    const bodies = await Promise.all(responses.map((response) => response.json()))
    expect(responses.map((response) => response.status)).toEqual([401, 400, 403, 200])
    expect(bodies.slice(0, 3).map((body) => body.errors[0].message)).toEqual([
      'Sign in to mark guides verified.',
      '"xx" is not a language of this installation.',
      'Only editors and admins of the guide’s publication can mark it verified.',
    ])
    expect(bodies[3]).toMatchObject({ isLive: true })
  })
})
