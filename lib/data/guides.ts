import type { Where } from 'payload'
import { cache } from 'react'

import type { Guide } from '@/payload-types'
import { guideTopics } from '@/collections/Guides/topics'
import { idOf } from '@/lib/ids'
import { isoCountryCodes } from '@/lib/validation/isoCountryCodes'
import type { LocaleCode } from '@/i18n/locales'
import { cacheTags } from '@/lib/cache/tags'
import { cached } from './cached'
import { getPayloadClient } from './getPayloadClient'
import { inLocale, isPublishedAnywhere, isPublishedIn, type PerLocale } from './localized'
import { getPreviewUser } from './previewUser'

type ID = number | string
type RichText = NonNullable<Guide['body']>

export type GuideSummary = {
  carrierIDs: ID[]
  countryID: ID
  id: ID
  isFeatured: boolean
  lastVerified: string | null
  simKind: Guide['simKind']
  slug: string
  summary: string
  title: string
  topic: Guide['topic']
  updatedAt: string
}

export type GuidePage = GuideSummary & {
  /** Locales this guide is published in, with its slug in each (for hreflang and the switcher). */
  alternates: Partial<Record<LocaleCode, string>>
  body: RichText | null
  createdAt: string
  faq: { answer: RichText | null; question: string }[]
  metaDescription: string | null
  metaImageID: ID | null
  metaTitle: string | null
  sources: { note: string | null; url: string }[]
  steps: { body: RichText | null; title: string }[]
  tenantID: ID
}

const toSummary = (doc: Guide): GuideSummary => ({
  carrierIDs: (doc.carriers ?? []).map((carrier) => idOf(carrier)).filter((id) => id !== undefined),
  countryID: idOf(doc.country) as ID,
  id: doc.id,
  isFeatured: Boolean(doc.featured),
  lastVerified: doc.lastVerified ?? null,
  simKind: doc.simKind,
  slug: doc.slug,
  summary: doc.summary ?? '',
  title: doc.title,
  topic: doc.topic,
  updatedAt: doc.updatedAt,
})

/** A guide exists in a locale when it has a title and slug there: translations never fall back. */
const isTranslated = (doc: Pick<Guide, 'slug' | 'title'>): boolean => Boolean(doc.title && doc.slug)

const listingSelect = {
  carriers: true,
  country: true,
  featured: true,
  lastVerified: true,
  simKind: true,
  slug: true,
  summary: true,
  title: true,
  topic: true,
  updatedAt: true,
} as const

/** Published in the locale and translated into it: translations never fall back. */
const publishedIn = (tenantID: ID, where: Where[] = []): Where => ({
  and: [
    { tenant: { equals: tenantID } },
    { _status: { equals: 'published' } },
    { title: { exists: true } },
    { slug: { exists: true } },
    ...where,
  ],
})

export type GuideFilter =
  | { carrierID: ID; kind: 'carrier' }
  | { countryID: ID; kind: 'country' }
  | { kind: 'topic'; topic: Guide['topic'] }
  | { kind: 'all' }

const whereOf = (filter: GuideFilter): Where[] => {
  if (filter.kind === 'country') return [{ country: { equals: filter.countryID } }]
  if (filter.kind === 'carrier') return [{ carriers: { in: [filter.carrierID] } }]
  if (filter.kind === 'topic') return [{ topic: { equals: filter.topic } }]
  return []
}

const filterKey = (filter: GuideFilter): string =>
  filter.kind === 'country'
    ? `country:${filter.countryID}`
    : filter.kind === 'carrier'
      ? `carrier:${filter.carrierID}`
      : filter.kind === 'topic'
        ? `topic:${filter.topic}`
        : 'all'

const tagsOf = (tenantID: ID, filter: GuideFilter): string[] =>
  filter.kind === 'country'
    ? [cacheTags.countryGuides(tenantID, filter.countryID)]
    : filter.kind === 'carrier'
      ? [cacheTags.carrierGuides(tenantID, filter.carrierID)]
      : [cacheTags.tenantGuides(tenantID)]

/** Guides on one page of a hub or topic listing. */
export const hubPageSize = 60

export type GuideListPage = {
  guides: GuideSummary[]
  page: number
  totalDocs: number
  totalPages: number
}

/**
 * One page of a tenant's published guides in a locale, newest first (or grouped by topic), as the
 * database counts and pages them: the cost of a page does not grow with the number of guides.
 */
export const findGuidePage = async ({
  filter,
  locale,
  page,
  perPage,
  sort = '-updatedAt',
  tenantID,
}: {
  filter: GuideFilter
  locale: LocaleCode
  page: number
  perPage: number
  sort?: string | string[]
  tenantID: ID
}): Promise<GuideListPage> => {
  const payload = await getPayloadClient()
  const found = await payload.find({
    collection: 'guides',
    depth: 0,
    fallbackLocale: false,
    // Reader pages never show scheduled changes: skip the join's query.
    joins: false,
    limit: perPage,
    locale,
    overrideAccess: false,
    page,
    select: listingSelect,
    sort,
    where: publishedIn(tenantID, whereOf(filter)),
  })
  return {
    guides: (found.docs as Guide[]).filter(isTranslated).map(toSummary),
    page,
    totalDocs: found.totalDocs,
    totalPages: Math.max(1, found.totalPages),
  }
}

/** A page of a hub or topic listing, cached until a guide of that listing changes. */
export const listGuidePage = cache(
  ({
    filter,
    locale,
    page,
    perPage,
    sort = '-updatedAt',
    tenantID,
  }: {
    filter: GuideFilter
    locale: LocaleCode
    page: number
    perPage: number
    sort?: string | string[]
    tenantID: ID
  }): Promise<GuideListPage> =>
    cached(
      () => findGuidePage({ filter, locale, page, perPage, sort, tenantID }),
      [
        'guide-page',
        String(tenantID),
        locale,
        filterKey(filter),
        String(page),
        String(perPage),
        String(sort),
      ],
      tagsOf(tenantID, filter),
    )(),
)

/** The newest N published, translated guides of a tenant that also match `where`. */
const findNewest = async ({
  limit,
  locale,
  tenantID,
  where,
}: {
  limit: number
  locale: LocaleCode
  tenantID: ID
  where: Where[]
}): Promise<GuideSummary[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'guides',
    depth: 0,
    fallbackLocale: false,
    joins: false,
    limit,
    locale,
    overrideAccess: false,
    pagination: false,
    select: listingSelect,
    sort: '-updatedAt',
    where: publishedIn(tenantID, where),
  })
  return (docs as Guide[]).filter(isTranslated).map(toSummary)
}

/** The latest N published guides (all, or only the featured ones): home pages and feeds. */
export const listLatestGuides = ({
  isFeaturedOnly = false,
  limit,
  locale,
  tenantID,
}: {
  isFeaturedOnly?: boolean
  limit: number
  locale: LocaleCode
  tenantID: ID
}): Promise<GuideSummary[]> =>
  cached(
    () =>
      findNewest({
        limit,
        locale,
        tenantID,
        where: isFeaturedOnly ? [{ featured: { equals: true } }] : [],
      }),
    ['latest-guides', String(tenantID), locale, String(limit), String(isFeaturedOnly)],
    [cacheTags.tenantGuides(tenantID)],
  )()

/** Up to N other published guides about the same country, newest first. */
export const listRelatedGuides = ({
  countryID,
  excludeID,
  limit,
  locale,
  tenantID,
}: {
  countryID: ID
  excludeID: ID
  limit: number
  locale: LocaleCode
  tenantID: ID
}): Promise<GuideSummary[]> =>
  cached(
    () =>
      findNewest({
        limit,
        locale,
        tenantID,
        where: [{ country: { equals: countryID } }, { id: { not_equals: excludeID } }],
      }),
    [
      'related-guides',
      String(tenantID),
      locale,
      String(countryID),
      String(excludeID),
      String(limit),
    ],
    [cacheTags.countryGuides(tenantID, countryID)],
  )()

export type GuideFacets = { carrierIDs: ID[]; countryIDs: ID[]; topics: Guide['topic'][] }

/**
 * The countries and topics a tenant has published guides about in a locale, as distinct values
 * from the database (home pages link to those hubs). Both are bounded by their reference lists.
 */
export const listGuideFacets = ({
  locale,
  tenantID,
}: {
  locale: LocaleCode
  tenantID: ID
}): Promise<GuideFacets> =>
  cached(
    async () => {
      const payload = await getPayloadClient()
      const distinct = <Field extends 'carriers' | 'country' | 'topic'>(
        field: Field,
        limit: number,
      ) =>
        payload.findDistinct({
          collection: 'guides',
          field,
          limit,
          locale,
          overrideAccess: false,
          sort: field,
          where: publishedIn(tenantID),
        })
      const [countries, carriers, topics] = await Promise.all([
        distinct('country', isoCountryCodes.size),
        distinct(
          'carriers',
          (await payload.count({ collection: 'carriers', overrideAccess: false })).totalDocs,
        ),
        distinct('topic', guideTopics.length),
      ])
      return {
        carrierIDs: carriers.values
          .map((value) => idOf(value.carriers as unknown as ID | { id: ID }))
          .filter((id): id is ID => id !== undefined),
        countryIDs: countries.values
          .map((value) => idOf(value.country as ID | { id: ID }))
          .filter((id): id is ID => id !== undefined),
        topics: topics.values.map((value) => value.topic),
      }
    },
    ['guide-facets', String(tenantID), locale],
    [cacheTags.tenantGuides(tenantID)],
  )()

type PreviewUser = Awaited<ReturnType<typeof getPreviewUser>>

const queryGuideID = async ({
  locale,
  previewUser,
  slug,
  tenantID,
}: {
  locale: LocaleCode
  previewUser: PreviewUser
  slug: string
  tenantID: ID
}): Promise<ID | null> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'guides',
    depth: 0,
    draft: Boolean(previewUser),
    fallbackLocale: false,
    joins: false,
    limit: 1,
    locale,
    overrideAccess: false,
    pagination: false,
    select: { slug: true },
    user: previewUser ?? undefined,
    where: {
      and: [
        { tenant: { equals: tenantID } },
        { slug: { equals: slug } },
        ...(previewUser ? [] : [{ _status: { equals: 'published' } }]),
      ],
    },
  })
  return docs[0]?.id ?? null
}

const findGuideID = ({
  locale,
  slug,
  tenantID,
}: {
  locale: LocaleCode
  slug: string
  tenantID: ID
}) =>
  cached(
    () => queryGuideID({ locale, previewUser: null, slug, tenantID }),
    ['guide-id', String(tenantID), locale, slug],
    [cacheTags.guideSlug(tenantID, locale, slug)],
  )()

type AllLocalesGuide = Omit<
  Guide,
  'body' | 'faq' | 'meta' | 'slug' | 'steps' | 'summary' | 'title'
> & {
  body: PerLocale<RichText>
  faq: PerLocale<Guide['faq']>
  meta?: {
    description?: PerLocale<string>
    image?: PerLocale<unknown>
    title?: PerLocale<string>
  }
  slug: PerLocale<string>
  steps: PerLocale<Guide['steps']>
  summary: PerLocale<string>
  title: PerLocale<string>
}

const queryGuideDocument = async (
  guideID: ID,
  previewUser: PreviewUser,
): Promise<AllLocalesGuide | null> => {
  const payload = await getPayloadClient()
  try {
    const doc = await payload.findByID({
      collection: 'guides',
      depth: 0,
      draft: Boolean(previewUser),
      id: guideID,
      joins: false,
      locale: 'all',
      overrideAccess: false,
      user: previewUser ?? undefined,
    })
    return previewUser || isPublishedAnywhere(doc._status)
      ? (doc as unknown as AllLocalesGuide)
      : null
  } catch {
    return null
  }
}

const readGuideDocument = (guideID: ID) =>
  cached(
    () => queryGuideDocument(guideID, null),
    ['guide', String(guideID)],
    [cacheTags.guide(guideID)],
  )()

/**
 * The published guide a slug names in one tenant and locale, or null: a slug of another tenant, a
 * draft, or a locale the guide is not translated into all read as "not found". An editor in
 * draft mode gets the latest draft instead.
 */
export const getGuidePage = cache(
  async ({
    enabledLocales,
    locale,
    slug,
    tenantID,
  }: {
    enabledLocales: LocaleCode[]
    locale: LocaleCode
    slug: string
    tenantID: ID
  }): Promise<GuidePage | null> => {
    // In draft mode an editor sees the latest draft, read with their own access and never cached.
    const previewUser = await getPreviewUser()
    const guideID = previewUser
      ? await queryGuideID({ locale, previewUser, slug, tenantID })
      : await findGuideID({ locale, slug, tenantID })
    if (guideID === null) return null
    const doc = previewUser
      ? await queryGuideDocument(guideID, previewUser)
      : await readGuideDocument(guideID)
    if (!doc || String(idOf(doc.tenant)) !== String(tenantID)) return null

    const title = inLocale(doc.title, locale)
    const localSlug = inLocale(doc.slug, locale)
    // The slug look-up above may be a cached answer from before the slug changed (its tag is not
    // always expired with the guide's): the guide's own current slug decides, so an old address
    // stops resolving as soon as the guide itself is re-read.
    if (!title || !localSlug || localSlug !== slug) return null
    // Each locale is published on its own: readers never see one that is not (yet, or any more).
    const isVisibleIn = (code: LocaleCode) =>
      Boolean(previewUser) || isPublishedIn(doc._status, code)
    if (!isVisibleIn(locale)) return null

    const alternates: Partial<Record<LocaleCode, string>> = {}
    for (const code of enabledLocales) {
      const alternateSlug = inLocale(doc.slug, code)
      if (alternateSlug && inLocale(doc.title, code) && isVisibleIn(code))
        alternates[code] = alternateSlug
    }

    return {
      ...toSummary({
        ...doc,
        slug: localSlug,
        summary: inLocale(doc.summary, locale),
        title,
      } as Guide),
      alternates,
      body: inLocale(doc.body, locale) ?? null,
      createdAt: doc.createdAt,
      faq: (inLocale(doc.faq, locale) ?? []).map((entry) => ({
        answer: entry.answer ?? null,
        question: entry.question,
      })),
      metaDescription: inLocale(doc.meta?.description, locale) ?? null,
      metaImageID: idOf(inLocale(doc.meta?.image, locale) as { id: ID } | ID | undefined) ?? null,
      metaTitle: inLocale(doc.meta?.title, locale) ?? null,
      sources: (doc.sources ?? []).map((source) => ({
        note: source.note ?? null,
        url: source.url,
      })),
      steps: (inLocale(doc.steps, locale) ?? []).map((step) => ({
        body: step.body ?? null,
        title: step.title,
      })),
      tenantID,
    }
  },
)

/**
 * Where an old address of a guide leads now: its current slug in `locale` when it is published
 * there, 'gone' when the guide was deleted, or null (the address is simply not found).
 */
export const getRedirectedGuideSlug = cache(
  async ({
    guideID,
    locale,
    tenantID,
  }: {
    guideID: ID | null
    locale: LocaleCode
    tenantID: ID
  }): Promise<string | 'gone' | null> => {
    if (guideID === null) return 'gone'
    const doc = await readGuideDocument(guideID)
    if (!doc) return 'gone'
    if (String(idOf(doc.tenant)) !== String(tenantID)) return null
    const slug = inLocale(doc.slug, locale)
    return slug && inLocale(doc.title, locale) && isPublishedIn(doc._status, locale) ? slug : null
  },
)
