import type { APIRequestContext, APIResponse } from '@playwright/test'

import { expect, test } from '@playwright/test'

import { demoPassword } from '@/seed/demoAccounts'
import {
  graphQLProbes,
  shapeProbes,
  whereProbes,
  type RESTProbe,
} from '@/tests/security/probeCorpus'
import { loginAs, tenantIDBySlug, type AuthHeaders } from './helpers/api'
import { e2eBaseURL } from './helpers/e2ePort'
import { countryIDByCode, createGuide, deleteGuide, type GuideRef } from './helpers/guideFixtures'
import { hostOnPort, rawRequest, type RawResponse } from './helpers/rawRequest'

/**
 * The security suite, run against the production server on the seeded demo: the tenant-isolation
 * matrix (every role of "asia" and anonymous against "americas", over REST, GraphQL with aliases,
 * versions, locale=all, draft=true, depth, relation paths), the where and GraphQL probe corpus,
 * redirects, cross-site writes, page-cache keys, response headers and sign-in throttling. Every
 * request is counted; the count and the number answered with a server error are printed at the end
 * (per worker: after a failure Playwright starts a new one). Each test asserts its own statuses.
 */

const probes = { sent: 0, serverErrors: [] as string[] }

const record = (label: string, status: number) => {
  probes.sent += 1
  if (status >= 500) probes.serverErrors.push(`${status} ${label}`)
}

const tracked = async (label: string, response: APIResponse): Promise<APIResponse> => {
  record(label, response.status())
  return response
}

const raw = async (args: Parameters<typeof rawRequest>[0]): Promise<RawResponse> => {
  const response = await rawRequest(args)
  record(`${args.method ?? 'GET'} ${args.host}${args.path}`, response.status)
  return response
}

const asia = hostOnPort('asia.localhost')
const draftMarker = 'SECURITY-SUITE unpublished draft text'

let superAdmin: AuthHeaders
let americasID: number | string
let asiaID: number | string
let americasDraft: GuideRef
let americasPublished: GuideRef
let actors: Record<string, AuthHeaders | null>

test.beforeAll(async ({ request }) => {
  superAdmin = await loginAs('admin@roampress.test')
  americasID = await tenantIDBySlug(request, 'americas')
  asiaID = await tenantIDBySlug(request, 'asia')
  const countryID = await countryIDByCode(request, 'US')
  americasDraft = await createGuide(request, superAdmin, {
    countryID,
    isDraft: true,
    slug: 'security-americas-draft',
    tenantID: americasID,
    title: `Security draft ${draftMarker}`,
  })
  americasPublished = await createGuide(request, superAdmin, {
    countryID,
    isDraft: false,
    slug: 'security-americas-published',
    tenantID: americasID,
    title: 'Security published guide',
  })
  const zhHans = await request.patch(`/api/guides/${americasPublished.id}?locale=zh-Hans`, {
    data: { _status: 'published', title: '安全测试指南' },
    headers: superAdmin,
  })
  expect(zhHans.status()).toBe(200)
  const draft = await request.patch(`/api/guides/${americasPublished.id}?locale=en&draft=true`, {
    data: { sources: [{ url: 'https://draft-only.example/' }], summary: draftMarker },
    headers: superAdmin,
  })
  expect(draft.status()).toBe(200)
  actors = {
    anonymous: null,
    'asia admin': await loginAs('admin@asia.test'),
    'asia editor': await loginAs('editor@asia.test'),
    'asia translator': await loginAs('translator@asia.test'),
  }
})

test.afterAll(async ({ request }) => {
  for (const guide of [americasDraft, americasPublished]) {
    await deleteGuide(request, superAdmin, guide.id)
  }
  console.log(`security probes: ${probes.sent} sent, ${probes.serverErrors.length} answered >= 500`)
})

const leaks = (body: string) => body.includes(draftMarker) || body.includes('draft-only.example')

test.describe('tenant isolation matrix', () => {
  const restProbes = () => [
    `/api/guides/${americasDraft.id}?draft=true`,
    `/api/guides/${americasDraft.id}?draft=true&locale=all`,
    `/api/guides/${americasPublished.id}?draft=true&locale=all&depth=3`,
    `/api/guides/${americasPublished.id}?draft=true&locale=zh-Hans&depth=2`,
    `/api/guides?draft=true&locale=zh-Hans&where[id][equals]=${americasPublished.id}`,
    `/api/guides?draft=true&where[tenant][equals]=${americasID}&depth=2`,
    `/api/guides?draft=true&where[tenant.slug][equals]=americas`,
    `/api/guides?draft=true&where[or][0][tenant][equals]=${americasID}&where[or][1][tenant][equals]=${asiaID}`,
    `/api/guides?draft=true&where[title][like]=SECURITY-SUITE&locale=all`,
    `/api/guides/versions?where[parent][equals]=${americasPublished.id}&depth=2`,
    `/api/guides/versions?where[version.summary][like]=SECURITY`,
    `/api/scheduled-publications?where[tenant][equals]=${americasID}`,
    `/api/glossary?where[tenant][equals]=${americasID}`,
    `/api/users?where[tenants.tenant][in]=${americasID}`,
  ]

  const graphQL = () =>
    `{ a: Guides(draft: true, where: { tenant: { equals: ${americasID} } }) { docs { id title summary } }
       b: Guide(id: ${americasDraft.id}, draft: true) { id title summary }
       c: Guides(draft: true, locale: zh_Hans, fallbackLocale: en, where: { id: { equals: ${americasPublished.id} } }) { docs { summary sources { url } } }
       d: versionsGuides(where: { parent: { equals: ${americasPublished.id} } }) { docs { version { summary } } } }`

  for (const actor of ['anonymous', 'asia admin', 'asia editor', 'asia translator']) {
    test(`should show ${actor} no unpublished text of another tenant over REST`, async ({
      request,
    }) => {
      const leaked: string[] = []
      for (const path of restProbes()) {
        const response = await tracked(
          `${actor} GET ${path}`,
          await request.get(path, { headers: actors[actor] ?? {} }),
        )
        if (response.status() >= 500 || leaks(await response.text())) leaked.push(path)
      }
      expect(leaked).toEqual([])
    })

    test(`should show ${actor} no unpublished text of another tenant over GraphQL`, async ({
      request,
    }) => {
      const response = await tracked(
        `${actor} GraphQL`,
        await request.post('/api/graphql', {
          data: { query: graphQL() },
          headers: actors[actor] ?? {},
        }),
      )
      expect([response.status() < 500, leaks(await response.text())]).toEqual([true, false])
    })

    test(`should not let ${actor} change another tenant’s guide`, async ({ request }) => {
      const response = await tracked(
        `${actor} PATCH guide`,
        await request.patch(`/api/guides/${americasPublished.id}`, {
          data: { title: 'Changed from another tenant' },
          headers: actors[actor] ?? {},
        }),
      )
      expect([401, 403, 404]).toContain(response.status())
    })
  }

  test('should not let a tenant admin take over an account that also belongs to another tenant', async ({
    request,
  }) => {
    const email = `security-shared-${Date.now()}@roampress.test`
    const created = await request.post('/api/users', {
      data: {
        email,
        password: 'security-suite-password',
        tenants: [
          { role: 'tenant-admin', tenant: asiaID },
          { languages: ['zh-Hant'], role: 'translator', tenant: americasID },
        ],
      },
      headers: superAdmin,
    })
    const { doc } = (await created.json()) as { doc: { id: number | string } }
    const americasAdmin = await loginAs('admin@americas.test')
    const statuses: number[] = []
    for (const data of [
      { password: 'taken-over' },
      { email: `taken-${email}` },
      { name: 'Renamed' },
    ]) {
      const response = await tracked(
        'takeover PATCH user',
        await request.patch(`/api/users/${doc.id}`, { data, headers: americasAdmin }),
      )
      statuses.push(response.status())
    }
    const login = await request.post('/api/users/login', {
      data: { email, password: 'taken-over' },
    })
    expect([statuses, login.status()]).toEqual([[403, 403, 403], 401])
    await request.delete(`/api/users/${doc.id}`, { headers: superAdmin })
  })
})

test.describe('probe corpus', () => {
  test('should answer every where and request-shape probe below 500', async ({ request }) => {
    test.setTimeout(600_000)
    const send = (probe: RESTProbe) => {
      const url = `/api${probe.path}`
      if (probe.method === 'GET') return request.get(url)
      if (probe.method === 'DELETE') return request.delete(url)
      const options = typeof probe.body === 'string' ? { data: probe.body } : { data: probe.body }
      return probe.method === 'POST' ? request.post(url, options) : request.patch(url, options)
    }
    const failures: string[] = []
    for (const probe of [...whereProbes(), ...shapeProbes()]) {
      const response = await tracked(`${probe.method} ${probe.path}`, await send(probe))
      if (response.status() >= 500) failures.push(`${response.status()} ${probe.path}`)
    }
    expect(failures).toEqual([])
  })

  test('should answer every GraphQL probe below 500, signed out and in, refusals at once', async ({
    request,
  }) => {
    const editor = actors['asia editor'] ?? {}
    const failures: string[] = []
    for (const query of graphQLProbes()) {
      for (const headers of [{}, editor]) {
        const response = await tracked(
          'GraphQL probe',
          await request.post('/api/graphql', { data: { query }, headers }),
        )
        if (response.status() >= 500) failures.push(`${response.status()} ${query.slice(0, 60)}`)
      }
    }
    const started = Date.now()
    const aliases = await request.post('/api/graphql', {
      data: { query: graphQLProbes()[2] },
      headers: editor,
    })
    record('GraphQL 200 aliases', aliases.status())
    const ordinary = await request.get('/api/guides?limit=1&depth=0')
    record('GET after aliases', ordinary.status())
    expect({
      aliases: aliases.status(),
      failures,
      isQuick: Date.now() - started < 5_000,
      ordinary: ordinary.status(),
    }).toEqual({ aliases: 400, failures: [], isQuick: true, ordinary: 200 })
  })
})

test.describe('redirects', () => {
  const offSite = [
    '/%5Cevil.example',
    '/%09/evil.example',
    '//evil.example',
    '/%5C/evil.example',
    'https://evil.example',
  ]

  test('should never send a reader off-site when leaving preview or switching language', async () => {
    const locations: string[] = []
    for (const target of offSite) {
      for (const route of ['/next/exit-preview', '/next/language']) {
        const response = await raw({ host: asia, path: `${route}?path=${target}` })
        locations.push(String(response.headers.location))
      }
    }
    expect(locations.filter((location) => location !== '/')).toEqual([])
  })

  test('should refuse a preview link to another site or with a broken header in its path', async () => {
    const statuses: number[] = []
    for (const target of [...offSite, '/en%0D%0ASet-Cookie:%20x=1']) {
      statuses.push(
        (await raw({ host: asia, path: `/next/preview?token=x&path=${target}` })).status,
      )
    }
    expect(statuses).toEqual(offSite.map(() => 400).concat(400))
  })
})

test.describe('cross-site writes with the session cookie', () => {
  let cookie: string

  test.beforeAll(async ({ request }) => {
    const login = await request.post('/api/users/login', {
      data: { email: 'editor@asia.test', password: demoPassword() },
    })
    const { token } = (await login.json()) as { token: string }
    cookie = `payload-token=${token}`
  })

  const glossaryTerms = async (request: APIRequestContext) =>
    (
      (await (
        await request.get(`/api/glossary?where[term][equals]=CSRF&depth=0`, { headers: superAdmin })
      ).json()) as { totalDocs: number }
    ).totalDocs

  test('should write nothing for a page of another site', async ({ request }) => {
    const response = await raw({
      body: JSON.stringify({ tenant: asiaID, term: 'CSRF' }),
      headers: { 'content-type': 'application/json', cookie, origin: 'http://evil.example' },
      host: hostOnPort('localhost'),
      method: 'POST',
      path: '/api/glossary',
    })
    const form = await raw({
      body: 'field:title=forged',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie,
        origin: 'http://evil.example',
      },
      host: hostOnPort('localhost'),
      method: 'POST',
      path: `/api/guides/${americasPublished.id}/translations/zh-Hant/save`,
    })
    expect([response.status, form.status, await glossaryTerms(request)]).toEqual([403, 403, 0])
  })

  test('should accept the same write from the admin', async ({ request }) => {
    const response = await raw({
      body: JSON.stringify({ tenant: asiaID, term: 'CSRF' }),
      headers: { 'content-type': 'application/json', cookie, origin: e2eBaseURL },
      host: hostOnPort('localhost'),
      method: 'POST',
      path: '/api/glossary',
    })
    expect([response.status, await glossaryTerms(request)]).toEqual([201, 1])
    await request.delete('/api/glossary?where[term][equals]=CSRF', { headers: superAdmin })
  })
})

test.describe('page cache keys', () => {
  test('should serve an address with a query from the page’s own entry and never store it', async () => {
    // A page no other test has visited: the guide this suite created.
    const host = hostOnPort('americas.localhost')
    const path = `/en/guides/${americasPublished.slug}`
    const queried = [
      await raw({ host, path: `${path}?flood=1` }),
      await raw({ host, path: `${path}?flood=1` }),
    ]
    await raw({ host, path })
    const canonical = await raw({ host, path })
    const afterwards = await raw({ host, path: `${path}?flood=2` })
    expect({
      afterwards: afterwards.headers['x-page-cache'],
      canonical: canonical.headers['x-page-cache'],
      queried: queried.map((response) => response.headers['x-page-cache']),
    }).toEqual({ afterwards: 'HIT', canonical: 'HIT', queried: [undefined, undefined] })
  })

  test('should never keep a page for a host no publication claims', async () => {
    const host = hostOnPort('flood-security.localhost')
    const answers = [await raw({ host, path: '/en' }), await raw({ host, path: '/en' })]
    expect(answers.map((response) => [response.status, response.headers['x-page-cache']])).toEqual([
      [200, undefined],
      [200, undefined],
    ])
  })
})

test.describe('response headers', () => {
  test('should not tell readers how requests are routed, and forbid sniffing', async () => {
    await raw({ host: asia, path: '/en' })
    const answers = [
      await raw({ host: asia, path: '/en' }),
      await raw({ host: asia, path: '/en/search?q=sim' }),
    ]
    expect(
      answers.map((response) => [
        response.headers['x-middleware-rewrite'],
        response.headers['x-nextjs-rewritten-path'],
        response.headers['x-content-type-options'],
      ]),
    ).toEqual([
      [undefined, undefined, 'nosniff'],
      [undefined, undefined, 'nosniff'],
    ])
  })

  test('should keep draft-mode and preview answers out of every cache', async () => {
    const draft = await raw({
      headers: { cookie: '__prerender_bypass=x' },
      host: asia,
      path: '/en',
    })
    const preview = await raw({ host: asia, path: '/next/preview?token=x&path=/en' })
    expect([draft.headers['cache-control'], preview.headers['cache-control']]).toEqual([
      'private, no-store',
      'private, no-store',
    ])
  })

  test('should keep the admin out of other sites’ frames', async () => {
    const admin = await raw({ host: hostOnPort('localhost'), path: '/admin/login' })
    expect([admin.headers['x-frame-options'], admin.headers['content-security-policy']]).toEqual([
      'SAMEORIGIN',
      "frame-ancestors 'self'",
    ])
  })
})

test.describe('signing in', () => {
  test('should hold back repeated failures for one account and answer unknown emails alike', async ({
    request,
  }) => {
    const answers = async (email: string) => {
      const found: string[] = []
      for (let attempt = 0; attempt < 6; attempt += 1) {
        const response = await tracked(
          'login',
          await request.post('/api/users/login', {
            data: { email, password: 'not-the-password' },
          }),
        )
        found.push(
          `${response.status()} ${((await response.json()) as { errors: { message: string }[] }).errors[0].message}`,
        )
      }
      return found
    }
    const email = `security-throttle-${Date.now()}@roampress.test`
    await request.post('/api/users', {
      data: {
        email,
        password: 'security-suite-password',
        tenants: [{ role: 'editor', tenant: asiaID }],
      },
      headers: superAdmin,
    })
    const known = await answers(email)
    const unknown = await answers(`nobody-${Date.now()}@roampress.test`)
    const others = await request.post('/api/users/login', {
      data: { email: 'editor@americas.test', password: demoPassword() },
    })
    expect({
      known: known.map((answer) => answer.slice(0, 3)),
      others: others.status(),
      same: known,
    }).toEqual({
      known: ['401', '401', '401', '401', '401', '429'],
      others: 200,
      same: unknown,
    })
    const { docs } = (await (
      await request.get(`/api/users?where[email][equals]=${email}`, { headers: superAdmin })
    ).json()) as { docs: { id: number }[] }
    await request.delete(`/api/users/${docs[0].id}`, { headers: superAdmin })
  })
})
