import type { Payload } from 'payload'

import { defaultLocale, type LocaleCode } from '@/i18n/locales'
import { asRelationID } from '@/lib/ids'
import { seedCarriers } from './data/carriers'
import { seedCountries } from './data/countries'
import { seedGuides } from './data/guides'
import { seedTenants } from './data/tenants'
import { demoAccounts, demoPassword } from './demoAccounts'
import { sourceFields, type TranslatableContent } from '@/lib/translation/fingerprints'
import { richText } from './richText'
import type { SeedGuideLocale } from './types'

type ID = number | string

// Seeding is not an editorial change: no cache to revalidate, no translation status to touch.
const context = { disableRevalidate: true, isSeed: true }

const otherLocales = <T>(values: Partial<Record<LocaleCode, T>> | undefined) =>
  Object.entries(values ?? {}).filter(([locale]) => locale !== defaultLocale) as [LocaleCode, T][]

const findID = async (
  payload: Payload,
  collection: 'carriers' | 'countries' | 'tenants' | 'users',
  field: string,
  value: string,
): Promise<ID | undefined> => {
  const { docs } = await payload.find({
    collection,
    depth: 0,
    limit: 1,
    pagination: false,
    where: { [field]: { equals: value } },
  })
  return docs[0]?.id
}

const seedTenantDocs = async (payload: Payload): Promise<Map<string, ID>> => {
  const ids = new Map<string, ID>()
  for (const tenant of seedTenants) {
    let id = await findID(payload, 'tenants', 'slug', tenant.slug)
    if (id === undefined) {
      const created = await payload.create({
        collection: 'tenants',
        context,
        data: {
          brand: {
            accentColor: tenant.accentColor,
            siteTitle: tenant.siteTitle.en,
            tagline: tenant.tagline.en,
          },
          defaultLocale: tenant.defaultLocale,
          domains: tenant.domains,
          enabledLocales: tenant.enabledLocales,
          name: tenant.name,
          slug: tenant.slug,
          timeZone: tenant.timeZone,
        },
        locale: defaultLocale,
      })
      id = created.id
      for (const locale of tenant.enabledLocales.filter((code) => code !== defaultLocale)) {
        await payload.update({
          collection: 'tenants',
          context,
          data: { brand: { siteTitle: tenant.siteTitle[locale], tagline: tenant.tagline[locale] } },
          id,
          locale,
        })
      }
      payload.logger.info(`Seeded tenant ${tenant.name}`)
    }
    ids.set(tenant.slug, id)
  }
  return ids
}

const seedCountryDocs = async (payload: Payload): Promise<Map<string, ID>> => {
  const ids = new Map<string, ID>()
  for (const country of seedCountries) {
    let id = await findID(payload, 'countries', 'code', country.code)
    if (id === undefined) {
      const created = await payload.create({
        collection: 'countries',
        context,
        data: {
          callingCode: country.callingCode,
          code: country.code,
          mobileCountryCodes: country.mobileCountryCodes,
          name: country.name.en,
          slug: country.slug,
          summary: country.summary?.en,
        },
        locale: defaultLocale,
      })
      id = created.id
      for (const [locale, name] of otherLocales(country.name)) {
        await payload.update({
          collection: 'countries',
          context,
          data: { name, summary: country.summary?.[locale] },
          id,
          locale,
        })
      }
    }
    ids.set(country.code, id)
  }
  payload.logger.info(`Countries ready: ${ids.size}`)
  return ids
}

const seedCarrierDocs = async (
  payload: Payload,
  countryIDs: Map<string, ID>,
): Promise<Map<string, ID>> => {
  const ids = new Map<string, ID>()
  for (const carrier of seedCarriers) {
    let id = await findID(payload, 'carriers', 'slug', carrier.slug)
    if (id === undefined) {
      const created = await payload.create({
        collection: 'carriers',
        context,
        data: {
          country: asRelationID(countryIDs.get(carrier.country) as ID),
          displayName: carrier.displayName?.en ?? carrier.name,
          formerNames: carrier.formerNames,
          mccMnc: carrier.mccMnc,
          name: carrier.name,
          networkGenerations: carrier.networkGenerations,
          slug: carrier.slug,
          supportsEsim: carrier.supportsEsim,
          websiteDomains: carrier.websiteDomains,
        },
        locale: defaultLocale,
      })
      id = created.id
      for (const [locale, displayName] of otherLocales(carrier.displayName)) {
        await payload.update({ collection: 'carriers', context, data: { displayName }, id, locale })
      }
    }
    ids.set(carrier.slug, id)
  }
  payload.logger.info(`Carriers ready: ${ids.size}`)
  return ids
}

const seedAccounts = async (payload: Payload, tenantIDs: Map<string, ID>): Promise<void> => {
  for (const account of demoAccounts) {
    if ((await findID(payload, 'users', 'email', account.email)) !== undefined) continue
    await payload.create({
      collection: 'users',
      context,
      data: {
        email: account.email,
        name: account.name,
        password: demoPassword(),
        roles: account.role === 'super-admin' ? ['super-admin'] : [],
        tenants:
          account.role === 'super-admin' || !account.tenant
            ? []
            : [
                {
                  languages: account.languages,
                  role: account.role,
                  tenant: asRelationID(tenantIDs.get(account.tenant) as ID),
                },
              ],
      },
    })
  }
  payload.logger.info(`Demo accounts ready: ${demoAccounts.length}`)
}

const guideLocaleData = (content: SeedGuideLocale) => ({
  body: richText(content.body),
  faq: content.faq.map((item) => ({ answer: richText(item.answer), question: item.question })),
  slug: content.slug,
  steps: content.steps.map((step) => ({ body: richText(step.body), title: step.title })),
  summary: content.summary,
  title: content.title,
})

const seedGuideDocs = async (
  payload: Payload,
  ids: { carriers: Map<string, ID>; countries: Map<string, ID>; tenants: Map<string, ID> },
): Promise<void> => {
  let created = 0
  for (const [index, guide] of seedGuides.entries()) {
    const source = guide.locales[defaultLocale]
    const tenant = ids.tenants.get(guide.tenant)
    if (!source || tenant === undefined) {
      throw new Error(
        `Seed guide ${index + 1} needs an ${defaultLocale} version and a known tenant`,
      )
    }
    const { totalDocs } = await payload.count({
      collection: 'guides',
      locale: defaultLocale,
      where: { and: [{ slug: { equals: source.slug } }, { tenant: { equals: tenant } }] },
    })
    if (totalDocs > 0) continue

    const doc = await payload.create({
      collection: 'guides',
      context,
      data: {
        ...guideLocaleData(source),
        _status: guide.status,
        carriers: guide.carriers.map((slug) => asRelationID(ids.carriers.get(slug) as ID)),
        country: asRelationID(ids.countries.get(guide.country) as ID),
        lastVerified: new Date(guide.lastVerified).toISOString(),
        simKind: guide.simKind,
        sources: guide.sources,
        tenant: asRelationID(tenant),
        topic: guide.topic,
      },
      draft: guide.status === 'draft',
      locale: defaultLocale,
    })
    // The sample translations were checked against the English text: they start up to date.
    const confirmed = {
      confirmedAt: new Date().toISOString(),
      confirmedBy: 'demo seed',
      confirmedSource: sourceFields(guideLocaleData(source) as unknown as TranslatableContent),
    }
    for (const [locale, content] of otherLocales(guide.locales)) {
      await payload.update({
        collection: 'guides',
        context,
        data: { ...guideLocaleData(content), _status: guide.status, translation: confirmed },
        draft: guide.status === 'draft',
        id: doc.id,
        locale,
      })
    }
    created += 1
    payload.logger.info(`Seeded guide ${index + 1}/${seedGuides.length}: ${source.title}`)
  }
  payload.logger.info(`Guides ready: ${seedGuides.length} (${created} new)`)
}

/** Idempotent: each record is looked up by its natural key and created only when missing. */
export const seedDemo = async (payload: Payload): Promise<void> => {
  const tenants = await seedTenantDocs(payload)
  const countries = await seedCountryDocs(payload)
  const carriers = await seedCarrierDocs(payload, countries)
  await seedAccounts(payload, tenants)
  await seedGuideDocs(payload, { carriers, countries, tenants })
}
