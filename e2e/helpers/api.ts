import type { APIRequestContext } from '@playwright/test'

import { expect, request as playwrightRequest } from '@playwright/test'

import { demoPassword } from '@/seed/demoAccounts'
import { e2eBaseURL } from './e2ePort'

export type AuthHeaders = { Authorization: string }

/**
 * Signs in through the REST API as one of the demo accounts and returns its auth header. The
 * login runs in a throw-away context: Payload also sets a session cookie, which would otherwise
 * make every later "anonymous" request of the test's context signed in.
 */
export const loginAs = async (email: string): Promise<AuthHeaders> => {
  const context = await playwrightRequest.newContext({ baseURL: e2eBaseURL })
  const response = await context.post('/api/users/login', {
    data: { email, password: demoPassword() },
  })
  expect(response.ok(), `login as ${email}`).toBeTruthy()
  const { token } = (await response.json()) as { token: string }
  await context.dispose()
  return { Authorization: `JWT ${token}` }
}

export const tenantIDBySlug = async (
  request: APIRequestContext,
  slug: string,
): Promise<number | string> => {
  const response = await request.get(`/api/tenants?where[slug][equals]=${slug}&depth=0`)
  const { docs } = (await response.json()) as { docs: { id: number | string }[] }
  expect(docs, `tenant ${slug}`).toHaveLength(1)
  return docs[0].id
}
