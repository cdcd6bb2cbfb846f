import type { APIRequestContext } from '@playwright/test'

import { expect } from '@playwright/test'

import type { AuthHeaders } from './api'

export type GuideRef = { id: number | string; slug: string }

/** Creates a guide through the REST API as the given user; `isDraft` keeps it unpublished. */
export const createGuide = async (
  request: APIRequestContext,
  headers: AuthHeaders,
  {
    countryID,
    isDraft,
    slug,
    tenantID,
    title,
  }: {
    countryID: number | string
    isDraft: boolean
    slug: string
    tenantID: number | string
    title: string
  },
): Promise<GuideRef> => {
  const response = await request.post(`/api/guides?locale=en${isDraft ? '&draft=true' : ''}`, {
    data: {
      _status: isDraft ? 'draft' : 'published',
      country: countryID,
      simKind: 'esim',
      slug,
      summary: `${title} (fixture)`,
      tenant: tenantID,
      title,
      topic: 'activate',
    },
    headers,
  })
  expect(response.status(), await response.text()).toBe(201)
  const { doc } = (await response.json()) as { doc: { id: number | string } }
  return { id: doc.id, slug }
}

export const countryIDByCode = async (
  request: APIRequestContext,
  code: string,
): Promise<number | string> => {
  const response = await request.get(`/api/countries?where[code][equals]=${code}&depth=0`)
  const { docs } = (await response.json()) as { docs: { id: number | string }[] }
  return docs[0].id
}

export const deleteGuide = async (
  request: APIRequestContext,
  headers: AuthHeaders,
  id: number | string,
): Promise<void> => {
  await request.delete(`/api/guides/${id}`, { headers })
}
