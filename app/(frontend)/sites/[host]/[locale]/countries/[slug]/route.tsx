import { BidiText } from '@/components/BidiText'
import { GuideList } from '@/components/GuideList'
import { LanguageSwitcher } from '@/components/LanguageSwitcher'
import { guideTopics } from '@/collections/Guides/topics'
import { topicLabel } from '@/i18n/messages'
import { readHubListing } from '@/lib/data/hubListing'
import { listHubLocales, type HubFilter } from '@/lib/data/hubLocales'
import { inLocale } from '@/lib/data/localized'
import {
  carrierName,
  countryName,
  getCountryBySlug,
  listCarriersOfCountry,
} from '@/lib/data/referenceData'
import { carrierPath, localePath } from '@/lib/seo/urls'
import {
  defineReaderPage,
  type ReaderPageInput,
  type ReaderPageProps,
} from '@/lib/site/defineReaderPage'
import { Pagination } from '@/components/Pagination'
import { hubMetadata, pathsInLocales } from '@/lib/site/readerHead'
import { decodeSegment } from '@/lib/site/readerContext'

// Rendered on a reader's first request, then served from cache until a revalidation hook expires
// one of the tags of the reads below.
export const generateStaticParams = async () => []

const load = async ({
  context,
  params,
}: ReaderPageInput<{ host: string; locale: string; page?: string; slug: string }>) => {
  const { locale, tenant } = context
  const country = await getCountryBySlug(decodeSegment(params.slug))
  if (!country) return null
  const filter: HubFilter = { countryID: country.id, kind: 'country' }
  const listing = await readHubListing({
    filter,
    locale,
    pageSegment: params.page,
    path: localePath(locale, 'countries', country.slug),
    sort: ['topic', '-updatedAt'],
    tenantID: tenant.id,
  })
  if (!listing) return null
  const { guides } = listing
  const [carriers, locales] = await Promise.all([
    listCarriersOfCountry(country.id),
    listHubLocales({ enabledLocales: tenant.enabledLocales, filter, tenantID: tenant.id }),
  ])
  // A carrier's page exists where the publication has a guide naming it in this locale; the
  // guides of its country are the only ones that can.
  const carriersWithPage = new Set(guides.flatMap((guide) => guide.carrierIDs.map(String)))
  return { carriers, carriersWithPage, country, guides, listing, locales }
}

type Props = ReaderPageProps<NonNullable<Awaited<ReturnType<typeof load>>>>

const head = ({ context, data }: Props) => {
  const name = countryName(data.country, context.locale)
  return hubMetadata(context, {
    description: inLocale(data.country.summary, context.locale) || name,
    listing: data.listing,
    locales: data.locales,
    name,
    segments: ['countries', data.country.slug],
  })
}

function CountryPage({ context, data }: Props) {
  const { locale, messages } = context
  const { carriers, carriersWithPage, country, guides } = data
  const summary = inLocale(country.summary, locale)
  const isRtl = context.dir === 'rtl'
  return (
    <>
      <LanguageSwitcher
        current={locale}
        messages={messages}
        pathsByLocale={pathsInLocales(data.locales, 'countries', country.slug)}
      />
      <h1>{countryName(country, locale)}</h1>
      {summary && (
        <p className="lead">
          <BidiText isRtl={isRtl} text={summary} />
        </p>
      )}
      <dl className="guide__facts">
        {country.callingCode && (
          <div>
            <dt>{messages.country.callingCode}</dt>
            <dd>
              <bdi dir="ltr">{country.callingCode}</bdi>
            </dd>
          </div>
        )}
        {country.mobileCountryCodes.length > 0 && (
          <div>
            <dt>{messages.country.mobileCountryCodes}</dt>
            <dd>
              <bdi dir="ltr">{country.mobileCountryCodes.join(', ')}</bdi>
            </dd>
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
                      {carriersWithPage.has(String(carrier.id)) ? (
                        <a href={carrierPath(locale, carrier.slug)}>
                          {carrierName(carrier, locale)}
                        </a>
                      ) : (
                        carrierName(carrier, locale)
                      )}
                    </th>
                    <td>
                      <bdi dir="ltr">{carrier.mccMnc.join(', ')}</bdi>
                    </td>
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
      <Pagination links={data.listing.links} messages={messages} />
    </>
  )
}

export const GET = defineReaderPage({ head, load, Page: CountryPage })
