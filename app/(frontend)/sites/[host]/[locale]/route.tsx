import { GuideList } from '@/components/GuideList'
import { LanguageSwitcher } from '@/components/LanguageSwitcher'
import { guideTopics } from '@/collections/Guides/topics'
import { topicLabel } from '@/i18n/messages'
import { listGuideFacets, listLatestGuides } from '@/lib/data/guides'
import { countryName, listCountries } from '@/lib/data/referenceData'
import { siteTitleOf, taglineOf } from '@/lib/data/tenants'
import { countryPath, topicPath } from '@/lib/seo/urls'
import {
  defineReaderPage,
  type ReaderPageInput,
  type ReaderPageProps,
} from '@/lib/site/defineReaderPage'
import { pathsInEveryLocale, readerMetadata } from '@/lib/site/readerHead'

// Rendered on a reader's first request, then served from cache until a revalidation hook expires
// one of the tags of the reads below.
export const generateStaticParams = async () => []

const load = async ({ context }: ReaderPageInput<{ host: string; locale: string }>) => {
  const reading = { locale: context.locale, tenantID: context.tenant.id }
  const [latest, featured, facets, countries] = await Promise.all([
    listLatestGuides({ ...reading, limit: 8 }),
    listLatestGuides({ ...reading, isFeaturedOnly: true, limit: 3 }),
    listGuideFacets(reading),
    listCountries(),
  ])
  const countryIDs = new Set(facets.countryIDs.map(String))
  return {
    countries: countries.filter((country) => countryIDs.has(String(country.id))),
    featured,
    latest,
    topics: guideTopics.filter((topic) => facets.topics.includes(topic.value)),
  }
}

type Props = ReaderPageProps<Awaited<ReturnType<typeof load>>>

const head = ({ context }: Props) =>
  readerMetadata(context, {
    description: taglineOf(context.tenant, context.locale),
    pathsByLocale: pathsInEveryLocale(context),
    title: siteTitleOf(context.tenant, context.locale),
  })

function HomePage({ context, data }: Props) {
  const { locale, messages, tenant } = context
  return (
    <>
      <LanguageSwitcher
        current={locale}
        messages={messages}
        pathsByLocale={pathsInEveryLocale(context)}
      />
      <h1>{siteTitleOf(tenant, locale)}</h1>
      {data.latest.length === 0 && <p>{messages.home.noGuides}</p>}
      {data.featured.length > 0 && (
        <section aria-labelledby="featured">
          <h2 id="featured">{messages.home.featuredGuides}</h2>
          <GuideList guides={data.featured} locale={locale} messages={messages} />
        </section>
      )}
      {data.latest.length > 0 && (
        <section aria-labelledby="latest">
          <h2 id="latest">{messages.home.latestGuides}</h2>
          <GuideList guides={data.latest} locale={locale} messages={messages} />
        </section>
      )}
      {data.countries.length > 0 && (
        <section aria-labelledby="countries">
          <h2 id="countries">{messages.home.countries}</h2>
          <ul className="chip-list">
            {data.countries.map((country) => (
              <li key={String(country.id)}>
                <a href={countryPath(locale, country.slug)}>{countryName(country, locale)}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {data.topics.length > 0 && (
        <section aria-labelledby="topics">
          <h2 id="topics">{messages.home.browseByTopic}</h2>
          <ul className="chip-list">
            {data.topics.map((topic) => (
              <li key={topic.value}>
                <a href={topicPath(locale, topic.value)}>{topicLabel(messages, topic.value)}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}

export const GET = defineReaderPage({
  head,
  listsPublicationsOnUnknownHost: true,
  load,
  Page: HomePage,
})
