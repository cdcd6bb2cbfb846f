import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { clientAddressHeader } from '@/lib/security/clientAddress'
import {
  createTenantWorld,
  createUser,
  errorOf,
  PASSWORD,
  type TenantWorld,
} from '@/tests/helpers/fixtures'
import { startPayload, type TestPayload } from '@/tests/helpers/startPayload'
import {
  graphQLProbes,
  shapeProbes,
  whereProbes,
  type RESTProbe,
} from '@/tests/security/probeCorpus'

/**
 * Malformed, oversized and cross-site requests through Payload's own route handlers: each gets a
 * 4xx with a reason, never a 500, and a cookie sent from another site writes nothing.
 */

let harness: TestPayload
let world: TenantWorld
let routes: typeof import('@/tests/helpers/callRoute')
let editorSession: Record<string, string>
let editorToken: string

/** The admin origin the config allows when ADMIN_ORIGINS is unset and PORT is 3000. */
const adminOrigin = 'http://localhost:3000'

beforeAll(async () => {
  harness = await startPayload()
  world = await createTenantWorld(harness.payload)
  routes = await import('@/tests/helpers/callRoute')
  const { token } = await harness.payload.login({
    collection: 'users',
    data: { email: world.users.editorA.email, password: PASSWORD },
  })
  editorToken = token as string
  editorSession = { Authorization: `JWT ${editorToken}` }
})

afterAll(async () => harness?.stop())

const send = (probe: RESTProbe, headers: Record<string, string> = {}) =>
  routes.callREST(probe.method, probe.path, { body: probe.body, headers })

/** Sends every probe and returns those answered with a server error. */
const serverErrors = async (probes: RESTProbe[], headers?: Record<string, string>) => {
  const failed: string[] = []
  for (const probe of probes) {
    const response = await send(probe, headers)
    await response.arrayBuffer()
    if (response.status >= 500) failed.push(`${response.status} ${probe.method} ${probe.path}`)
  }
  return failed
}

const messageOf = async (response: Response): Promise<string> =>
  ((await response.json()) as { errors?: { message: string }[] }).errors?.[0]?.message ?? ''

describe('malformed queries', () => {
  it.each([
    ['/guides?where[title][near]=1,2', 'only applies to map points'],
    ['/guides?where[title][within]=1', 'only applies to map points'],
    ['/guides?where[title][intersects]=1', 'only applies to map points'],
    ['/guides?where[title][all]=1', '"all"'],
    ['/guides?where[tenant][equals]=abc', 'not a valid ID'],
    ['/guides?where[id][greater_than]=abc', 'not a valid ID'],
    ['/guides?where[tenant.domains][like]=a', 'holds several values'],
    ['/guides?where[updatedAt][greater_than]=someday', 'not a date'],
  ])('should answer %s with 400 and the reason', async (path, reason) => {
    const response = await routes.callREST('GET', path)
    expect([response.status, await messageOf(response)]).toEqual([
      400,
      expect.stringContaining(reason),
    ])
  })

  it('should answer a word where an ID belongs with 404', async () => {
    expect((await routes.callREST('GET', '/guides/abc')).status).toBe(404)
  })

  it('should answer a media file that is not on disk with 404', async () => {
    const response = await routes.callREST('GET', '/media/file/missing.png')
    expect([response.status, await messageOf(response)]).toEqual([
      404,
      'There is no such media file.',
    ])
  })

  it('should answer email verification, which accounts here do not use, with 404', async () => {
    expect((await routes.callREST('POST', '/users/verify/abc')).status).toBe(404)
  })

  it('should answer every probe of the where corpus below 500, signed out and signed in', async () => {
    const probes = [...whereProbes(), ...shapeProbes()]
    // Signed in, access adds the tenant's drafts to guide queries: those are probed again.
    const guideProbes = probes.filter((probe) => probe.path.startsWith('/guides'))
    const failures = [
      ...(await serverErrors(probes)),
      ...(await serverErrors(guideProbes, editorSession)),
    ]
    const count = probes.length + guideProbes.length
    console.log(`where/REST corpus: ${count} probes, ${failures.length} answered >= 500`)
    expect(failures).toEqual([])
  }, 600_000)
})

describe('GraphQL', () => {
  const graphQL = (query: string, headers = editorSession) => routes.callGraphQL(query, headers)

  it('should refuse a request signed out, since readers use REST', async () => {
    const response = await graphQL('{ Guides { docs { id } } }', {})
    expect([response.status, JSON.stringify(await response.json())]).toEqual([
      400,
      expect.stringContaining('signed-in accounts'),
    ])
  })

  it('should answer an ordinary query of a signed-in person', async () => {
    const response = await graphQL('{ Guides(limit: 2) { docs { id title } } }')
    expect([response.status, Array.isArray((await response.json()).data.Guides.docs)]).toEqual([
      200,
      true,
    ])
  })

  it.each([
    ['200 aliases of a list query', 'aliases'],
    ['a fragment cycle', 'spreads itself'],
    ['nesting deeper than the limit', 'nested'],
  ])('should refuse %s with 400 before running it', async (name, reason) => {
    const probes = graphQLProbes()
    const query = {
      '200 aliases of a list query': probes[2],
      'a fragment cycle': probes[0],
      'nesting deeper than the limit': probes[3],
    }[name]!
    const response = await graphQL(query)
    expect([response.status, JSON.stringify(await response.json())]).toEqual([
      400,
      expect.stringContaining(reason),
    ])
  })

  it('should answer every probe of the GraphQL corpus below 500', async () => {
    const statuses: number[] = []
    for (const query of graphQLProbes()) {
      for (const headers of [{}, editorSession]) {
        const response = await graphQL(query, headers)
        await response.arrayBuffer()
        statuses.push(response.status)
      }
    }
    console.log(
      `GraphQL corpus: ${statuses.length} probes, ${statuses.filter((s) => s >= 500).length} answered >= 500`,
    )
    expect(statuses.filter((status) => status >= 500)).toEqual([])
  })
})

describe('requests from another site with the session cookie', () => {
  const cookie = () => ({ Cookie: `payload-token=${editorToken}` })
  const glossaryCount = async () =>
    (await harness.payload.count({ collection: 'glossary', where: { term: { equals: 'Zong' } } }))
      .totalDocs

  it('should write nothing when the Origin is another site', async () => {
    const response = await routes.callREST('POST', '/glossary', {
      body: { tenant: world.tenantA.id, term: 'Zong' },
      headers: { ...cookie(), Origin: 'http://evil.example' },
    })
    expect([response.status, await glossaryCount()]).toEqual([403, 0])
  })

  it('should write nothing when a browser says the request is cross-site', async () => {
    const response = await routes.callREST('POST', '/glossary', {
      body: { tenant: world.tenantA.id, term: 'Zong' },
      headers: { ...cookie(), 'Sec-Fetch-Site': 'cross-site' },
    })
    expect([response.status, await glossaryCount()]).toEqual([403, 0])
  })

  it('should accept the same write from the admin’s own origin', async () => {
    const response = await routes.callREST('POST', '/glossary', {
      body: { tenant: world.tenantA.id, term: 'Zong' },
      headers: { ...cookie(), Origin: adminOrigin },
    })
    expect([response.status, await glossaryCount()]).toEqual([201, 1])
    await harness.payload.delete({ collection: 'glossary', where: { term: { equals: 'Zong' } } })
  })

  it('should refuse a form posted from another site to the translation save endpoint', async () => {
    const before = await harness.payload.findByID({
      collection: 'guides',
      depth: 0,
      draft: true,
      id: world.guides.A.published.id,
      locale: 'zh-Hant',
    })
    const response = await routes.callREST(
      'POST',
      `/guides/${world.guides.A.published.id}/translations/zh-Hant/save`,
      {
        body: 'field:title=%E5%81%BD%E9%80%A0',
        headers: {
          ...cookie(),
          'content-type': 'application/x-www-form-urlencoded',
          Origin: 'http://evil.example',
        },
      },
    )
    const after = await harness.payload.findByID({
      collection: 'guides',
      depth: 0,
      draft: true,
      id: world.guides.A.published.id,
      locale: 'zh-Hant',
    })
    expect([response.status, after.title]).toEqual([403, before.title])
  })
})

describe('uploads', () => {
  const png = () =>
    sharp({ create: { background: '#0a7', channels: 3, height: 8, width: 8 } })
      .png()
      .toBuffer()

  const upload = async (data: Buffer, name: string) =>
    harness.payload.create({
      collection: 'media',
      data: { alt: 'A green square', tenant: world.tenantA.id },
      file: { data, mimetype: 'image/png', name, size: data.length },
    })

  it('should refuse a PNG that also carries an HTML page', async () => {
    const polyglot = Buffer.concat([
      await png(),
      Buffer.from('<html><body><script>alert(document.cookie)</script></body></html>'),
    ])
    expect((await errorOf(upload(polyglot, 'polyglot.png'))).status).toBe(400)
  })

  it('should serve an uploaded image with its type fixed and no way to run script', async () => {
    const media = await upload(await png(), 'square.png')
    const response = await routes.callREST('GET', `/media/file/${media.filename}`)
    expect({
      csp: response.headers.get('content-security-policy'),
      nosniff: response.headers.get('x-content-type-options'),
      status: response.status,
      type: response.headers.get('content-type'),
    }).toEqual({
      csp: "default-src 'none'; sandbox",
      nosniff: 'nosniff',
      status: 200,
      type: 'image/png',
    })
    await harness.payload.delete({ collection: 'media', id: media.id })
  })
})

describe('signing in', () => {
  const login = (email: string, password: string, client: string) =>
    routes.callREST('POST', '/users/login', {
      body: { email, password },
      headers: { [clientAddressHeader]: client },
    })

  it('should hold back one client after five failures without locking the person out elsewhere', async () => {
    const person = await createUser(harness.payload, 'throttled', {
      tenants: [{ role: 'editor', tenant: world.tenantA.id }],
    })
    const failures: number[] = []
    for (let attempt = 0; attempt < 5; attempt += 1) {
      failures.push((await login(person.email, 'wrong-password', '203.0.113.7')).status)
    }
    const sixth = await login(person.email, PASSWORD, '203.0.113.7')
    const elsewhere = await login(person.email, PASSWORD, '198.51.100.20')
    expect([failures, sixth.status, elsewhere.status]).toEqual([
      [401, 401, 401, 401, 401],
      429,
      200,
    ])
    await harness.payload.delete({ collection: 'users', id: person.id })
  })

  it('should answer an unknown email exactly as a known one', async () => {
    const person = await createUser(harness.payload, 'known', {
      tenants: [{ role: 'editor', tenant: world.tenantA.id }],
    })
    const answers: string[] = []
    for (const email of [person.email, 'nobody-here@roampress.test']) {
      for (let attempt = 0; attempt < 6; attempt += 1) {
        const response = await login(email, 'wrong-password', '192.0.2.44')
        answers.push(`${response.status} ${await messageOf(response)}`.replace(email, 'EMAIL'))
      }
    }
    expect(answers.slice(0, 6)).toEqual(answers.slice(6))
    await harness.payload.delete({ collection: 'users', id: person.id })
  })
})
