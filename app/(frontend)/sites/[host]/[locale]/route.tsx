import { withPageTags } from '@/lib/cache/pageTags'
import { GuideList } from '@/components/GuideList'
import { LanguageSwitcher } from '@/components/LanguageSwitcher'
import { topicLabel } from '@/i18n/messages'
import { guideTopics } from '@/collections/Guides/topics'
import { isLocaleCode } from '@/i18n/locales'
import { listGuideFacets, listLatestGuides } from '@/lib/data/guides'
import { countryName, listCountries } from '@/lib/data/referenceData'
import { getTenantByHost, siteTitleOf, taglineOf } from '@/lib/data/tenants'
import { pathsInEveryLocale, readerMetadata } from '@/lib/site/pageAlternates'
import { decodeSegment, getReaderContext, type ReaderParams } from '@/lib/site/readerContext'
import { notFoundResponse, readerPageResponse, unknownSiteResponse } from '@/lib/site/readerPages'
import { countryPath, topicPath } from '@/lib/seo/urls'
import { hostFromSegment } from '@/lib/tenant/parseHost'

// Rendered on a reader's first request, then served from cache until a revalidation hook expires
// one of the tags of the reads below.
export const generateStaticParams = async () => []

export const GET = withPageTags(async (_request: Request, { params }: { params: ReaderParams }) => {
  const { host, locale } = await params
  const context = await getReaderContext(host, locale)
  if (!context) {
    const requested = decodeSegment(locale)
    const hostName = hostFromSegment(host)
    const isUnknownHost = hostName === null || (await getTenantByHost(hostName)) === null
    return isUnknownHost && isLocaleCode(requested)
      ? unknownSiteResponse(requested)
      : notFoundResponse(host, locale)
  }
  const { messages, tenant } = context

  const reading = { locale: context.locale, tenantID: tenant.id }
  const [guides, featured, facets, countries] = await Promise.all([
    listLatestGuides({ ...reading, limit: 8 }),
    listLatestGuides({ ...reading, isFeaturedOnly: true, limit: 3 }),
    listGuideFacets(reading),
    listCountries(),
  ])
  const countryIDs = new Set(facets.countryIDs.map(String))
  const coveredCountries = countries.filter((country) => countryIDs.has(String(country.id)))
  const topics = guideTopics.filter((topic) => facets.topics.includes(topic.value))

  const head = readerMetadata(context, {
    description: taglineOf(tenant, context.locale),
    pathsByLocale: pathsInEveryLocale(context),
    title: siteTitleOf(tenant, context.locale),
  })
  return readerPageResponse(
    context,
    head,
    <>
      <LanguageSwitcher
        current={context.locale}
        messages={messages}
        pathsByLocale={pathsInEveryLocale(context)}
      />
      <h1>{siteTitleOf(tenant, context.locale)}</h1>
      {guides.length === 0 && <p>{messages.home.noGuides}</p>}
      {featured.length > 0 && (
        <section aria-labelledby="featured">
          <h2 id="featured">{messages.home.featuredGuides}</h2>
          <GuideList guides={featured} locale={context.locale} messages={messages} />
        </section>
      )}
      {guides.length > 0 && (
        <section aria-labelledby="latest">
          <h2 id="latest">{messages.home.latestGuides}</h2>
          <GuideList guides={guides} locale={context.locale} messages={messages} />
        </section>
      )}
      {coveredCountries.length > 0 && (
        <section aria-labelledby="countries">
          <h2 id="countries">{messages.home.countries}</h2>
          <ul className="chip-list">
            {coveredCountries.map((country) => (
              <li key={String(country.id)}>
                <a href={countryPath(context.locale, country.slug)}>
                  {countryName(country, context.locale)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {topics.length > 0 && (
        <section aria-labelledby="topics">
          <h2 id="topics">{messages.home.browseByTopic}</h2>
          <ul className="chip-list">
            {topics.map((topic) => (
              <li key={topic.value}>
                <a href={topicPath(context.locale, topic.value)}>
                  {topicLabel(messages, topic.value)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>,
  )
})
