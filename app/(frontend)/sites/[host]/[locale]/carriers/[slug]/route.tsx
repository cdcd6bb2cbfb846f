import { GuideList } from '@/components/GuideList'
import { LanguageSwitcher } from '@/components/LanguageSwitcher'
import { joinList } from '@/i18n/listSeparator'
import { format } from '@/i18n/messages'
import { readHubListing } from '@/lib/data/hubListing'
import { listHubLocales, type HubFilter } from '@/lib/data/hubLocales'
import { carrierName, countryName, getCarrierBySlug, getCountry } from '@/lib/data/referenceData'
import { countryPath, localePath } from '@/lib/seo/urls'
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
  const carrier = await getCarrierBySlug(decodeSegment(params.slug))
  if (!carrier) return null
  const filter: HubFilter = { carrierID: carrier.id, kind: 'carrier' }
  const listing = await readHubListing({
    filter,
    locale,
    pageSegment: params.page,
    path: localePath(locale, 'carriers', carrier.slug),
    tenantID: tenant.id,
  })
  if (!listing) return null
  const { guides } = listing
  const [country, locales] = await Promise.all([
    getCountry(carrier.countryID),
    listHubLocales({ enabledLocales: tenant.enabledLocales, filter, tenantID: tenant.id }),
  ])
  // The country hub exists where this carrier's guides are: they are guides of its country.
  return { carrier, country, guides, listing, locales }
}

type Props = ReaderPageProps<NonNullable<Awaited<ReturnType<typeof load>>>>

const head = ({ context, data }: Props) => {
  const name = carrierName(data.carrier, context.locale)
  return hubMetadata(context, {
    description: `${name}: ${data.carrier.mccMnc.join(', ')}`,
    listing: data.listing,
    locales: data.locales,
    name,
    segments: ['carriers', data.carrier.slug],
  })
}

function CarrierPage({ context, data }: Props) {
  const { locale, messages } = context
  const { carrier, country, guides } = data
  return (
    <>
      <LanguageSwitcher
        current={locale}
        messages={messages}
        pathsByLocale={pathsInLocales(data.locales, 'carriers', carrier.slug)}
      />
      <h1>{carrierName(carrier, locale)}</h1>
      {carrier.formerNames.length > 0 && (
        <p className="lead">
          {format(messages.carrier.formerNames, {
            names: joinList(
              carrier.formerNames.map((former) => former.name),
              locale,
            ),
          })}
        </p>
      )}
      <dl className="guide__facts">
        {country && (
          <div>
            <dt>{messages.carrier.country}</dt>
            <dd>
              <a href={countryPath(locale, country.slug)}>{countryName(country, locale)}</a>
            </dd>
          </div>
        )}
        <div>
          <dt>{messages.country.networkCodes}</dt>
          <dd>
            <bdi dir="ltr">{carrier.mccMnc.join(', ')}</bdi>
          </dd>
        </div>
        {carrier.networkGenerations.length > 0 && (
          <div>
            <dt>{messages.country.networks}</dt>
            <dd>
              <bdi dir="ltr">{carrier.networkGenerations.join(' · ')}</bdi>
            </dd>
          </div>
        )}
        <div>
          <dt>{messages.country.esimColumn}</dt>
          <dd>
            {carrier.supportsEsim ? messages.guide.esimSupported : messages.guide.esimNotSupported}
          </dd>
        </div>
        {carrier.websiteDomains.length > 0 && (
          <div>
            <dt>{messages.carrier.website}</dt>
            <dd>
              {carrier.websiteDomains.map((domain) => (
                <bdi key={domain} dir="ltr">
                  <a href={`https://${domain}/`} rel="nofollow noopener">
                    {domain}
                  </a>{' '}
                </bdi>
              ))}
            </dd>
          </div>
        )}
      </dl>
      <section aria-labelledby="carrier-guides">
        <h2 id="carrier-guides">{messages.carrier.guidesHeading}</h2>
        <GuideList guides={guides} locale={locale} messages={messages} />
      </section>
      <Pagination links={data.listing.links} messages={messages} />
    </>
  )
}

export const GET = defineReaderPage({ head, load, Page: CarrierPage })
