import { GuideList } from '@/components/GuideList'
import { LanguageSwitcher } from '@/components/LanguageSwitcher'
import { format } from '@/i18n/messages'
import { hubPageSize, listGuidePage } from '@/lib/data/guides'
import { carrierName, countryName, getCarrierBySlug, getCountry } from '@/lib/data/referenceData'
import { countryPath } from '@/lib/seo/urls'
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
  const carrier = await getCarrierBySlug(decodeSegment(slug))
  if (!carrier) return null
  const { guides, totalDocs } = await listGuidePage({
    filter: { carrierID: carrier.id, kind: 'carrier' },
    locale: context.locale,
    page: 1,
    perPage: hubPageSize,
    tenantID: context.tenant.id,
  })
  return totalDocs > 0 ? { carrier, context, guides } : null
}

const headOf = ({ carrier, context }: NonNullable<Awaited<ReturnType<typeof load>>>) => {
  const name = carrierName(carrier, context.locale)
  return hubMetadata(context, {
    description: `${name}: ${carrier.mccMnc.join(', ')}`,
    name,
    segments: ['carriers', carrier.slug],
  })
}

export const GET = readerRoute(load, async (loaded) => {
  const { carrier, context, guides } = loaded
  const { locale, messages } = context
  const country = await getCountry(carrier.countryID)

  return readerPageResponse(
    loaded.context,
    headOf(loaded),
    <>
      <LanguageSwitcher
        current={locale}
        messages={messages}
        pathsByLocale={pathsInEveryLocale(context, 'carriers', carrier.slug)}
      />
      <h1>{carrierName(carrier, locale)}</h1>
      {carrier.formerNames.length > 0 && (
        <p className="lead">
          {format(messages.carrier.formerNames, {
            names: carrier.formerNames.map((former) => former.name).join(', '),
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
          <dd dir="ltr">{carrier.mccMnc.join(', ')}</dd>
        </div>
        {carrier.networkGenerations.length > 0 && (
          <div>
            <dt>{messages.country.networks}</dt>
            <dd dir="ltr">{carrier.networkGenerations.join(' · ')}</dd>
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
            <dd dir="ltr">
              {carrier.websiteDomains.map((domain) => (
                <a key={domain} href={`https://${domain}/`} rel="nofollow noopener">
                  {domain}
                </a>
              ))}
            </dd>
          </div>
        )}
      </dl>
      <section aria-labelledby="carrier-guides">
        <h2 id="carrier-guides">{messages.carrier.guidesHeading}</h2>
        <GuideList guides={guides} locale={locale} messages={messages} />
      </section>
    </>,
  )
})
