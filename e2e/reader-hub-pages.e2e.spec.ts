import { expect, test } from '@playwright/test'

import { loginAs, tenantIDBySlug, type AuthHeaders } from './helpers/api'
import { createGuide, deleteGuide, type GuideRef } from './helpers/guideFixtures'
import { canonicalHref, openReaderPage, siteURL } from './helpers/reader'

/**
 * A country hub with more guides than one page holds (60): readers page through it with
 * `?page=N`, each page its own canonical address with rel=prev/next, and a page past the last
 * is a 404. The country and its guides are made for this test and removed afterwards.
 */
const perPage = 60
const guideCount = perPage + 2
const countrySlug = 'iceland'

let superAdmin: AuthHeaders
let editor: AuthHeaders
let countryID: number | string
const guides: GuideRef[] = []

test.beforeAll(async ({ request }) => {
  test.setTimeout(180_000)
  superAdmin = await loginAs('admin@roampress.test')
  editor = await loginAs('editor@asia.test')
  const country = await request.post('/api/countries?locale=en', {
    data: { code: 'IS', mobileCountryCodes: ['274'], name: 'Iceland', slug: countrySlug },
    headers: superAdmin,
  })
  expect(country.status(), await country.text()).toBe(201)
  countryID = ((await country.json()) as { doc: { id: number | string } }).doc.id
  const tenantID = await tenantIDBySlug(request, 'asia')
  for (let index = 0; index < guideCount; index += 1) {
    const number = String(index + 1).padStart(2, '0')
    guides.push(
      await createGuide(request, editor, {
        countryID,
        isDraft: false,
        slug: `hub-paging-guide-${number}`,
        tenantID,
        title: `Hub paging guide ${number}`,
      }),
    )
  }
})

test.afterAll(async ({ request }) => {
  test.setTimeout(180_000)
  for (const guide of guides) await deleteGuide(request, editor, guide.id)
  if (countryID !== undefined) {
    await request.delete(`/api/countries/${countryID}`, { headers: superAdmin })
  }
})

const hubPath = `/en/countries/${countrySlug}`
const guideLinks = (page: import('@playwright/test').Page) =>
  page.locator('main a[href*="/en/guides/hub-paging-guide-"]')

test('should list the first 60 guides on the hub and link to the next page', async ({ page }) => {
  const response = await openReaderPage(page, siteURL('asia', hubPath))
  expect(response.status()).toBe(200)
  await expect(guideLinks(page)).toHaveCount(perPage)
  expect(await canonicalHref(page)).toBe(siteURL('asia', hubPath))
  await expect(page.locator('head link[rel="next"]')).toHaveAttribute(
    'href',
    siteURL('asia', `${hubPath}?page=2`),
  )
  await expect(page.locator('head link[rel="prev"]')).toHaveCount(0)
})

test('should show the remaining guides on page 2, its own canonical, linking back', async ({
  page,
}) => {
  const response = await openReaderPage(page, siteURL('asia', `${hubPath}?page=2`))
  expect(response.status()).toBe(200)
  await expect(guideLinks(page)).toHaveCount(guideCount - perPage)
  expect(await canonicalHref(page)).toBe(siteURL('asia', `${hubPath}?page=2`))
  await expect(page.locator('head link[rel="prev"]')).toHaveAttribute(
    'href',
    siteURL('asia', hubPath),
  )
  await expect(page.locator('head link[rel="next"]')).toHaveCount(0)

  // Every guide is on exactly one of the two pages.
  const second = await guideLinks(page).evaluateAll((links) =>
    links.map((link) => link.getAttribute('href')),
  )
  await openReaderPage(page, siteURL('asia', hubPath))
  const first = await guideLinks(page).evaluateAll((links) =>
    links.map((link) => link.getAttribute('href')),
  )
  expect(new Set([...first, ...second]).size).toBe(guideCount)
})

test('should answer 404 past the last page and for a page that is not a number', async ({
  page,
}) => {
  for (const query of ['?page=3', '?page=0', '?page=two']) {
    const response = await openReaderPage(page, siteURL('asia', `${hubPath}${query}`))
    expect(response.status(), query).toBe(404)
  }
})
