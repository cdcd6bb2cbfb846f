import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import type { LocaleCode } from '@/i18n/locales'
import {
  guidePath,
  openReaderPage,
  searchPath,
  seededGuide,
  siteURL,
  unknownHost,
  type TenantSlug,
} from './helpers/reader'

/**
 * Every reader page type in every locale of asia and in Spanish on americas, checked with axe's
 * full default rule set (WCAG A/AA and best practices): no rule is disabled.
 */

type Site = {
  carrier: string
  country: string
  guide: ReturnType<typeof seededGuide>
  locale: LocaleCode
  query: string
  tenant: TenantSlug
  topic: string
}

const jazzCancel = seededGuide('cancel-jazz-sim-pakistan')
const tMobileCancel = seededGuide('cancel-t-mobile-esim-us')
const asia = {
  carrier: 'jazz',
  country: 'pakistan',
  guide: jazzCancel,
  tenant: 'asia',
  topic: 'cancel',
} as const

const sites: Site[] = [
  { ...asia, locale: 'en', query: 'Jazz' },
  { ...asia, locale: 'zh-Hans', query: '充值' },
  { ...asia, locale: 'zh-Hant', query: '儲值' },
  { ...asia, locale: 'ur', query: 'جاز' },
  {
    carrier: 't-mobile-us',
    country: 'united-states',
    guide: tMobileCancel,
    locale: 'es',
    query: 'eSIM',
    tenant: 'americas',
    topic: 'cancel',
  },
]

const pagesOf = ({ carrier, country, guide, locale, query, tenant, topic }: Site) => [
  { expectedStatus: 200, name: 'home', url: siteURL(tenant, `/${locale}`) },
  {
    expectedStatus: 200,
    name: 'guide',
    url: siteURL(tenant, guidePath(locale, guide.in(locale).slug)),
  },
  {
    expectedStatus: 200,
    name: 'country hub',
    url: siteURL(tenant, `/${locale}/countries/${country}`),
  },
  { expectedStatus: 200, name: 'carrier', url: siteURL(tenant, `/${locale}/carriers/${carrier}`) },
  { expectedStatus: 200, name: 'topic', url: siteURL(tenant, `/${locale}/topics/${topic}`) },
  { expectedStatus: 200, name: 'search results', url: siteURL(tenant, searchPath(locale, query)) },
  {
    expectedStatus: 404,
    name: 'not found',
    url: siteURL(tenant, `/${locale}/guides/no-such-guide`),
  },
  { expectedStatus: 200, name: 'unknown host', url: siteURL(unknownHost, `/${locale}`) },
]

for (const site of sites) {
  test.describe(`${site.tenant} in ${site.locale}`, () => {
    for (const { expectedStatus, name, url } of pagesOf(site)) {
      test(`should have no accessibility violations on the ${name} page`, async ({ page }) => {
        const response = await openReaderPage(page, url)
        expect(response.status()).toBe(expectedStatus)

        const { violations } = await new AxeBuilder({ page }).analyze()
        expect(
          violations.map((violation) => ({
            help: violation.help,
            id: violation.id,
            nodes: violation.nodes.map(
              (node) => `${node.target.join(' ')}: ${node.failureSummary}`,
            ),
          })),
        ).toEqual([])
      })
    }
  })
}
