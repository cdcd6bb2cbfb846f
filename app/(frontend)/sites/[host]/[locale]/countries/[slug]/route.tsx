import { GuideList } from '@/components/GuideList'
import { LanguageSwitcher } from '@/components/LanguageSwitcher'
import { guideTopics } from '@/collections/Guides/topics'
import { topicLabel } from '@/i18n/messages'
import { hubPageSize, listGuidePage } from '@/lib/data/guides'
import { inLocale } from '@/lib/data/localized'
import {
  carrierName,
  countryName,
  getCountryBySlug,
  listCarriersOfCountry,
} from '@/lib/data/referenceData'
import { carrierPath } from '@/lib/seo/urls'
import { hubMetadata, pathsInEveryLocale } from '@/lib/site/pageAlternates'
import { decodeSegment, getReaderContext } from '@/lib/site/readerContext'
import { readerPageResponse, readerRoute } from '@/lib/site/readerPages'

type Params = Promise<{ host: string; locale: string; slug: string }>

// Rendered on a reader's first request, then served from cache until a revalidation hook expires
// one of the tags of the reads below.
export const generateStaticParams = async () => []

const load = async ({ host, locale, slug }: Awaited<Params>) => {
  const context = await getReaderContext(host, locale)
  if (!context) return null
  const country = await getCountryBySlug(decodeSegment(slug))
  if (!country) return null
  const { guides, totalDocs } = await listGuidePage({
    filter: { countryID: country.id, kind: 'country' },
    locale: context.locale,
    page: 1,
    perPage: hubPageSize,
    sort: ['topic', '-updatedAt'],
    tenantID: context.tenant.id,
  })
  // A country hub exists on a publication only where it has published guides about it.
  return totalDocs > 0 ? { context, country, guides } : null
}

const headOf = ({ context, country }: NonNullable<Awaited<ReturnType<typeof load>>>) => {
  const name = countryName(country, context.locale)
  return hubMetadata(context, {
    description: inLocale(country.summary, context.locale) || name,
    name,
    segments: ['countries', country.slug],
  })
}

export const GET = readerRoute(load, async (loaded) => {
  const { context, country, guides } = loaded
  const { locale, messages } = context
  const carriers = await listCarriersOfCountry(country.id)
  const summary = inLocale(country.summary, locale)

  return readerPageResponse(
    loaded.context,
    headOf(loaded),
    <>
      <LanguageSwitcher
        current={locale}
        messages={messages}
        pathsByLocale={pathsInEveryLocale(context, 'countries', country.slug)}
      />
      <h1>{countryName(country, locale)}</h1>
      {summary && <p className="lead">{summary}</p>}
      <dl className="guide__facts">
        {country.callingCode && (
          <div>
            <dt>{messages.country.callingCode}</dt>
            <dd dir="ltr">{country.callingCode}</dd>
          </div>
        )}
        {country.mobileCountryCodes.length > 0 && (
          <div>
            <dt>{messages.country.mobileCountryCodes}</dt>
            <dd dir="ltr">{country.mobileCountryCodes.join(', ')}</dd>
          </div>
        )}
      </dl>

      {carriers.length > 0 && (
        <section aria-labelledby="carriers">
          <h2 id="carriers">{messages.country.carriersHeading}</h2>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{messages.country.networks}</th>
                  <th scope="col">{messages.country.networkCodes}</th>
                  <th scope="col">{messages.country.esimColumn}</th>
                </tr>
              </thead>
              <tbody>
                {carriers.map((carrier) => (
                  <tr key={String(carrier.id)}>
                    <th scope="row">
                      <a href={carrierPath(locale, carrier.slug)}>{carrierName(carrier, locale)}</a>
                    </th>
                    <td dir="ltr">{carrier.mccMnc.join(', ')}</td>
                    <td>
                      {carrier.supportsEsim
                        ? messages.guide.esimSupported
                        : messages.guide.esimNotSupported}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section aria-labelledby="by-topic">
        <h2 id="by-topic">{messages.country.guidesByTopic}</h2>
        {guideTopics
          .filter((topic) => guides.some((guide) => guide.topic === topic.value))
          .map((topic) => (
            <section key={topic.value} aria-labelledby={`topic-${topic.value}`}>
              <h3 id={`topic-${topic.value}`}>{topicLabel(messages, topic.value)}</h3>
              <GuideList
                guides={guides.filter((guide) => guide.topic === topic.value)}
                headingLevel={4}
                locale={locale}
                messages={messages}
              />
            </section>
          ))}
      </section>
    </>,
  )
})
