import type { Page } from '@playwright/test'

import { expect } from '@playwright/test'

import { demoPassword } from '@/seed/demoAccounts'

/**
 * Resolves once React has hydrated the element. The admin is server-rendered: text typed into a
 * field before hydration is wiped when React takes the field over (the login then fails with
 * "Please enter a valid email address").
 */
export const waitForHydration = async (page: Page, selector: string): Promise<void> => {
  await page.waitForFunction((target) => {
    const element = document.querySelector(target)
    return element !== null && Object.keys(element).some((key) => key.startsWith('__reactProps$'))
  }, selector)
}

/**
 * Signs in through the admin's own login form, as a person would. On a loaded machine the admin
 * can re-render the form after hydration and drop what was typed ("Please enter a valid email
 * address"): the attempt is then made again, as a person would retype it.
 */
export const loginToAdmin = async (page: Page, email: string): Promise<void> => {
  const signedIn = /\/admin\/?$/
  await page.goto('/admin/login')
  await waitForHydration(page, '#field-email')
  // After hydration the admin checks the session (/api/users/me) and refreshes the route; the
  // refreshed form starts from its initial state again, dropping whatever was typed before it.
  await page.waitForLoadState('networkidle')
  await expect(async () => {
    if (signedIn.test(new URL(page.url()).pathname)) return
    await page.locator('#field-email').fill(email)
    await page.locator('#field-password').fill(demoPassword())
    await expect(page.locator('#field-email')).toHaveValue(email)
    await page.locator('button[type="submit"]').click()
    await expect(page).toHaveURL(signedIn, { timeout: 15_000 })
  }).toPass({ timeout: 60_000 })
}

/** Picks an option in one of Payload's relationship or select inputs (react-select). */
export const chooseOption = async (page: Page, fieldPath: string, optionText: string) => {
  await page.locator(`#field-${fieldPath} .rs__control`).click()
  await page.locator('.rs__option', { hasText: optionText }).first().click()
}
