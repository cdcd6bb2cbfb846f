import { BidiText } from '@/components/BidiText'
import { GuideList } from '@/components/GuideList'
import { JsonLd } from '@/components/JsonLd'
import { LanguageSwitcher } from '@/components/LanguageSwitcher'
import { PreviewBanner } from '@/components/PreviewBanner'
import { RichText } from '@/components/RichText'
import { formatDate } from '@/components/formatDate'
import { listSeparator } from '@/i18n/listSeparator'
import type { LocaleCode } from '@/i18n/locales'
import { format, simKindLabel, topicLabel } from '@/i18n/messages'
import { getGuidePage, getRedirectedGuideSlug, listRelatedGuides } from '@/lib/data/guides'
import { getMedia } from '@/lib/data/media'
import { getPreviewUser } from '@/lib/data/previewUser'
import { getPublicationPolicy } from '@/lib/data/publicationPolicy'
import { findRedirect } from '@/lib/data/redirects'
import {
  carrierName,
  countryName,
  getCarrier,
  getCountry,
  listCarriersOfCountry,
} from '@/lib/data/referenceData'
import { siteTitleOf } from '@/lib/data/tenants'
import { isReviewDue } from '@/lib/freshness/reviewDue'
import { relForLink } from '@/lib/linkPolicy/linkPolicy'
import { sameHostPath } from '@/lib/security/sameHostPath'
import { tenantLinkPolicy } from '@/lib/linkPolicy/tenantLinkPolicy'
import {
  guideDescription,
  guideFaqEntries,
  guideHowToSteps,
  mediaUrl,
} from '@/lib/seo/guideMetadata'
import { articleJsonLd, breadcrumbJsonLd, faqPageJsonLd, howToJsonLd } from '@/lib/seo/jsonLd'
import {
  absoluteUrl,
  carrierPath,
  countryPath,
  guidePath,
  homePath,
  topicPath,
} from '@/lib/seo/urls'
import {
  defineReaderPage,
  type ReaderPageInput,
  type ReaderPageOutcome,
  type ReaderPageProps,
} from '@/lib/site/defineReaderPage'
import { pageTitle, readerMetadata } from '@/lib/site/readerHead'
import { decodeSegment } from '@/lib/site/readerContext'

// Rendered on a reader's first request, then served from cache until a revalidation hook expires
// one of the tags of the reads below. In draft mode Next bypasses that cache.
export const generateStaticParams = async () => []

const pathsOf = (alternates: Partial<Record<LocaleCode, string>>) =>
  Object.fromEntries(
    Object.entries(alternates).map(([code, slug]) => [code, guidePath(code as LocaleCode, slug)]),
  ) as Partial<Record<LocaleCode, string>>

/**
 * An address that names no guide may be a guide's old one: a permanent redirect to where the
 * guide is now (as WordPress does after a slug change), 410 when the guide was deleted.
 */
const oldAddressOutcome = async ({
  context,
  slug,
}: {
  context: ReaderPageInput<{ host: string; locale: string }>['context']
  slug: string
}): Promise<ReaderPageOutcome | null> => {
  const { locale, tenant } = context
  const redirect = await findRedirect({ path: guidePath(locale, slug), tenantID: tenant.id })
  if (!redirect) return null
  // An editor's own redirect stays on this site, through the test every redirect passes.
  if (redirect.kind === 'url') {
    const target = sameHostPath(redirect.url)
    return target ? { redirect: target } : null
  }
  const current = await getRedirectedGuideSlug({
    guideID: redirect.guideID,
    locale,
    tenantID: tenant.id,
  })
  if (current === 'gone') return { gone: true }
  return current && current !== slug ? { redirect: guidePath(locale, current) } : null
}

type Props = ReaderPageProps<Exclude<Awaited<ReturnType<typeof load>>, ReaderPageOutcome | null>>

const load = async ({
  context,
  params,
}: ReaderPageInput<{ host: string; locale: string; slug: string }>) => {
  const { locale, tenant } = context
  const slug = decodeSegment(params.slug)
  const guide = await getGuidePage({
    enabledLocales: tenant.enabledLocales,
    locale,
    slug,
    tenantID: tenant.id,
  })
  if (!guide) return oldAddressOutcome({ context, slug })
  const [previewUser, country, carriers, related, image, countryCarriers, policy] =
    await Promise.all([
      getPreviewUser(),
      getCountry(guide.countryID),
      Promise.all(guide.carrierIDs.map((id) => getCarrier(id))),
      listRelatedGuides({
        countryID: guide.countryID,
        excludeID: guide.id,
        limit: 4,
        locale,
        tenantID: tenant.id,
      }),
      guide.metaImageID === null ? null : getMedia(guide.metaImageID),
      listCarriersOfCountry(guide.countryID),
      getPublicationPolicy(tenant.id),
    ])
  const linkPolicy = tenantLinkPolicy({
    coveredDomains: countryCarriers.flatMap((carrier) => carrier.websiteDomains),
    ownDomains: tenant.domains,
    stored: policy.linkPolicy,
  })
  return {
    carriers: carriers.filter((carrier) => carrier !== null),
    country,
    guide,
    imageUrl: mediaUrl(image, context.origin, 'og'),
    isPreview: Boolean(previewUser),
    isReviewOverdue: isReviewDue(guide.lastVerified, policy.reviewIntervalDays),
    linkRel: (href: string) => relForLink(href, linkPolicy),
    related,
  }
}

const breadcrumbsOf = ({ context, data }: Props) => {
  const { locale, origin, tenant } = context
  const { country, guide } = data
  return [
    { name: siteTitleOf(tenant, locale), url: absoluteUrl(origin, homePath(locale)) },
    ...(country
      ? [
          {
            name: countryName(country, locale),
            url: absoluteUrl(origin, countryPath(locale, country.slug)),
          },
        ]
      : []),
    { name: guide.title, url: absoluteUrl(origin, guidePath(locale, guide.slug)) },
  ]
}

const descriptionOf = ({ guide }: Props['data']) =>
  guide.metaDescription ||
  guideDescription({ body: guide.body, summary: guide.summary, title: guide.title })

const head = ({ context, data }: Props) =>
  readerMetadata(context, {
    description: descriptionOf(data),
    image: data.imageUrl,
    pathsByLocale: pathsOf(data.guide.alternates),
    title:
      data.guide.metaTitle ||
      pageTitle(data.guide.title, siteTitleOf(context.tenant, context.locale)),
    type: 'article',
  })

function GuideJsonLd(props: Props) {
  const { context, data } = props
  const { guide } = data
  const url = absoluteUrl(context.origin, guidePath(context.locale, guide.slug))
  return (
    <JsonLd
      data={[
        articleJsonLd({
          dateModified: guide.updatedAt,
          datePublished: guide.createdAt,
          description: guideDescription({
            body: guide.body,
            summary: guide.summary,
            title: guide.title,
          }),
          headline: guide.title,
          image: data.imageUrl,
          inLanguage: context.locale,
          lastReviewed: guide.lastVerified ?? undefined,
          publisherName: context.tenant.name,
          publisherUrl: context.origin,
          url,
        }),
        breadcrumbJsonLd(breadcrumbsOf(props)),
        faqPageJsonLd(guideFaqEntries(guide)),
        howToJsonLd({
          description: guide.summary,
          inLanguage: context.locale,
          name: guide.title,
          steps: guideHowToSteps(guide),
          url,
        }),
      ]}
    />
  )
}

function GuidePage(props: Props) {
  const { context, data } = props
  const { locale, messages, origin, tenant } = context
  const { carriers, country, guide, linkRel, related } = data
  const isRtl = context.dir === 'rtl'
  const verified = formatDate(guide.lastVerified, locale)
  // Sources are not translated: their notes are in the publication's source language.
  const sourceLang = tenant.defaultLocale === locale ? undefined : tenant.defaultLocale
  return (
    <article className="guide" lang={locale}>
      {data.isPreview && <PreviewBanner messages={messages} path={guidePath(locale, guide.slug)} />}
      <GuideJsonLd {...props} />
      <nav aria-label={messages.site.breadcrumb} className="breadcrumbs">
        <ol>
          {breadcrumbsOf(props)
            .slice(0, -1)
            .map((crumb) => (
              <li key={crumb.url}>
                <a href={crumb.url.slice(origin.length) || '/'}>{crumb.name}</a>
              </li>
            ))}
        </ol>
      </nav>
      <LanguageSwitcher
        current={locale}
        messages={messages}
        pathsByLocale={pathsOf(guide.alternates)}
      />

      <header className="guide__header">
        <h1>{guide.title}</h1>
        {guide.summary && (
          <p className="guide__summary">
            <BidiText isRtl={isRtl} text={guide.summary} />
          </p>
        )}
        <dl className="guide__facts">
          {country && (
            <div>
              <dt>{messages.guide.country}</dt>
              <dd>
                <a href={countryPath(locale, country.slug)}>{countryName(country, locale)}</a>
              </dd>
            </div>
          )}
          <div>
            <dt>{messages.guide.topic}</dt>
            <dd>
              <a href={topicPath(locale, guide.topic)}>{topicLabel(messages, guide.topic)}</a>
            </dd>
          </div>
          <div>
            <dt>{messages.guide.simKind}</dt>
            <dd>{simKindLabel(messages, guide.simKind)}</dd>
          </div>
          {carriers.length > 0 && (
            <div>
              <dt>{messages.guide.carriers}</dt>
              <dd>
                {carriers.map((carrier, index) => (
                  <span key={String(carrier.id)}>
                    {index > 0 && listSeparator(locale)}
                    <a href={carrierPath(locale, carrier.slug)}>{carrierName(carrier, locale)}</a>
                  </span>
                ))}
              </dd>
            </div>
          )}
        </dl>
        {verified && (
          <p className="guide__verified">
            <time dateTime={guide.lastVerified ?? undefined}>
              {format(messages.guide.lastVerified, { date: verified })}
            </time>
          </p>
        )}
        {data.isReviewOverdue && (
          <p className="guide__review-overdue">{messages.guide.reviewOverdue}</p>
        )}
      </header>

      {guide.steps.length > 0 && (
        <section aria-labelledby="steps">
          <h2 id="steps">{messages.guide.steps}</h2>
          <ol className="steps">
            {guide.steps.map((step, index) => (
              <li key={index} className="step">
                <h3>
                  <BidiText isRtl={isRtl} text={step.title} />
                </h3>
                <RichText data={step.body} isRtl={isRtl} linkRel={linkRel} />
              </li>
            ))}
          </ol>
        </section>
      )}

      {guide.body && (
        <RichText className="guide__body" data={guide.body} isRtl={isRtl} linkRel={linkRel} />
      )}

      {guide.faq.length > 0 && (
        <section aria-labelledby="faq">
          <h2 id="faq">{messages.guide.faq}</h2>
          {guide.faq.map((entry, index) => (
            <details key={index} className="faq" open>
              <summary>
                <BidiText isRtl={isRtl} text={entry.question} />
              </summary>
              <RichText data={entry.answer} isRtl={isRtl} linkRel={linkRel} />
            </details>
          ))}
        </section>
      )}

      {guide.sources.length > 0 && (
        <section aria-labelledby="sources">
          <h2 id="sources">{messages.guide.sources}</h2>
          <ul className="sources">
            {guide.sources.map((source) => (
              <li key={source.url}>
                <a href={source.url} rel={linkRel(source.url)} dir="ltr">
                  {source.note ? <span lang={sourceLang}>{source.note}</span> : source.url}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      {related.length > 0 && (
        <section aria-labelledby="related">
          <h2 id="related">{messages.guide.relatedGuides}</h2>
          <GuideList guides={related} locale={locale} messages={messages} />
        </section>
      )}
    </article>
  )
}

export const GET = defineReaderPage({ head, load, Page: GuidePage })
