import type { APIRequestContext } from '@playwright/test'

import { expect } from '@playwright/test'

import { demoPassword } from '../../seed/demoAccounts'

export type AuthHeaders = { Authorization: string }

/** Signs in through the REST API as one of the demo accounts and returns its auth header. */
export const loginAs = async (request: APIRequestContext, email: string): Promise<AuthHeaders> => {
  const response = await request.post('/api/users/login', {
    data: { email, password: demoPassword() },
  })
  expect(response.ok(), `login as ${email}`).toBeTruthy()
  const { token } = (await response.json()) as { token: string }
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
