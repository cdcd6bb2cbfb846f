import { request as httpRequest } from 'node:http'

import { demoPassword } from '@/seed/demoAccounts'

/** The cluster under test: Varnish in front, two app servers behind it. */
export const clusterPorts = {
  varnish: Number(process.env.CLUSTER_PORT || 3080),
  first: Number(process.env.CLUSTER_APP_PORT_1 || 3081),
  second: Number(process.env.CLUSTER_APP_PORT_2 || 3082),
}

export type Reply = {
  body: string
  headers: Record<string, string | string[] | undefined>
  status: number
}

/**
 * One HTTP request to 127.0.0.1 with a tenant's Host header (Node's fetch would drop it).
 */
export const send = (
  port: number,
  path: string,
  {
    body,
    headers = {},
    host = 'asia.localhost',
    method = 'GET',
  }: { body?: unknown; headers?: Record<string, string>; host?: string; method?: string } = {},
): Promise<Reply> =>
  new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body)
    const request = httpRequest(
      {
        headers: {
          ...headers,
          host: `${host}:${clusterPorts.varnish}`,
          ...(payload ? { 'content-type': 'application/json' } : {}),
        },
        host: '127.0.0.1',
        method,
        path,
        port,
        timeout: 30_000,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            body: Buffer.concat(chunks).toString('utf8'),
            headers: response.headers,
            status: response.statusCode ?? 0,
          }),
        )
        response.on('error', reject)
      },
    )
    request.on('timeout', () => request.destroy(new Error(`${method} ${path} timed out`)))
    request.on('error', reject)
    request.end(payload)
  })

export const loginAs = async (port: number, email: string): Promise<Record<string, string>> => {
  const reply = await send(port, '/api/users/login', {
    body: { email, password: demoPassword() },
    host: 'localhost',
    method: 'POST',
  })
  if (reply.status !== 200) throw new Error(`Login as ${email} failed: ${reply.status}`)
  return { Authorization: `JWT ${(JSON.parse(reply.body) as { token: string }).token}` }
}

export type GuideRef = { id: number | string; slug: string }

/** A published guide of the Asia publication, by its English slug. */
export const findGuide = async (
  port: number,
  auth: Record<string, string>,
  slug: string,
): Promise<GuideRef> => {
  const reply = await send(
    port,
    `/api/guides?where[slug][equals]=${encodeURIComponent(slug)}&locale=en&depth=0`,
    { headers: auth, host: 'localhost' },
  )
  const docs = (JSON.parse(reply.body) as { docs: { id: number | string }[] }).docs
  if (docs.length !== 1) throw new Error(`Expected one guide ${slug}, found ${docs.length}`)
  return { id: docs[0].id, slug }
}

export const guidePath = (slug: string) => `/en/guides/${slug}`

export const waitUntil = async (check: () => Promise<boolean>, ms: number): Promise<boolean> => {
  const started = Date.now()
  while (Date.now() - started < ms) {
    if (await check().catch(() => false)) return true
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return false
}
