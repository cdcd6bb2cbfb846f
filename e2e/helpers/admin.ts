import type { Page } from '@playwright/test'

import { expect } from '@playwright/test'

import { demoPassword } from '../../seed/demoAccounts'

/** Signs in through the admin's own login form, as a person would. */
export const loginToAdmin = async (page: Page, email: string): Promise<void> => {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(demoPassword())
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
}

/** Picks an option in one of Payload's relationship or select inputs (react-select). */
export const chooseOption = async (page: Page, fieldPath: string, optionText: string) => {
  await page.locator(`#field-${fieldPath} .rs__control`).click()
  await page.locator('.rs__option', { hasText: optionText }).first().click()
}
