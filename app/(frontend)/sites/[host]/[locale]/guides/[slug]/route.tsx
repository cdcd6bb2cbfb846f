import { GuideList } from '@/components/GuideList'
import { JsonLd } from '@/components/JsonLd'
import { LanguageSwitcher } from '@/components/LanguageSwitcher'
import { PreviewBanner } from '@/components/PreviewBanner'
import { BidiText } from '@/components/BidiText'
import { RichText } from '@/components/RichText'
import { formatDate } from '@/components/formatDate'
import { format, simKindLabel, topicLabel } from '@/i18n/messages'
import { getGuidePage, listRelatedGuides } from '@/lib/data/guides'
import { getPreviewUser } from '@/lib/data/previewUser'
import { carrierName, countryName, getCarrier, getCountry } from '@/lib/data/referenceData'
import { siteTitleOf } from '@/lib/data/tenants'
import { guideDescription } from '@/lib/seo/guideMetadata'
import {
  articleJsonLd,
  breadcrumbJsonLd,
  faqPageJsonLd,
  howToJsonLd,
  lexicalToPlainText,
} from '@/lib/seo/jsonLd'
import {
  absoluteUrl,
  carrierPath,
  countryPath,
  guidePath,
  homePath,
  topicPath,
} from '@/lib/seo/urls'
import { readerMetadata } from '@/lib/site/pageAlternates'
import { decodeSegment, getReaderContext } from '@/lib/site/readerContext'
import { readerPageResponse, readerRoute } from '@/lib/site/readerPages'
import type { LocaleCode } from '@/i18n/locales'

type Params = Promise<{ host: string; locale: string; slug: string }>

// Rendered on a reader's first request, then served from cache until a revalidation hook expires
// one of the tags of the reads below. In draft mode Next bypasses that cache.
export const generateStaticParams = async () => []

const loadGuide = async ({ host, locale, slug }: Awaited<Params>) => {
  const context = await getReaderContext(host, locale)
  if (!context) return null
  const guide = await getGuidePage({
    enabledLocales: context.tenant.enabledLocales,
    locale: context.locale,
    slug: decodeSegment(slug),
    tenantID: context.tenant.id,
  })
  return guide ? { context, guide } : null
}

const pathsOf = (alternates: Partial<Record<LocaleCode, string>>) =>
  Object.fromEntries(
    Object.entries(alternates).map(([code, slug]) => [code, guidePath(code as LocaleCode, slug)]),
  ) as Partial<Record<LocaleCode, string>>

export const GET = readerRoute(loadGuide, async (loaded) => {
  const { context, guide } = loaded
  const { locale, messages, origin, tenant } = context
  const isRtl = context.dir === 'rtl'

  const [previewUser, country, carriers, related] = await Promise.all([
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
  ])
  const url = absoluteUrl(origin, guidePath(locale, guide.slug))
  const verified = formatDate(guide.lastVerified, locale)
  const siteTitle = siteTitleOf(tenant, locale)

  const crumbs = [
    { name: siteTitle, url: absoluteUrl(origin, homePath(locale)) },
    ...(country
      ? [
          {
            name: countryName(country, locale),
            url: absoluteUrl(origin, countryPath(locale, country.slug)),
          },
        ]
      : []),
    { name: guide.title, url },
  ]

  const head = readerMetadata(context, {
    description:
      guide.metaDescription ||
      guideDescription({ body: guide.body, summary: guide.summary, title: guide.title }),
    pathsByLocale: pathsOf(guide.alternates),
    title: guide.metaTitle || `${guide.title} · ${siteTitle}`,
    type: 'article',
  })

  return readerPageResponse(
    context,
    head,
    <article className="guide" lang={locale}>
      {previewUser && <PreviewBanner messages={messages} path={guidePath(locale, guide.slug)} />}
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
            inLanguage: locale,
            lastReviewed: guide.lastVerified ?? undefined,
            publisherName: tenant.name,
            publisherUrl: origin,
            url,
          }),
          breadcrumbJsonLd(crumbs),
          faqPageJsonLd(
            guide.faq.map((entry) => ({
              answerText: lexicalToPlainText(entry.answer),
              question: entry.question,
            })),
          ),
          howToJsonLd({
            description: guide.summary,
            inLanguage: locale,
            name: guide.title,
            steps: guide.steps.map((step) => ({
              name: step.title,
              text: lexicalToPlainText(step.body),
            })),
            url,
          }),
        ]}
      />
      <nav aria-label={messages.site.breadcrumb} className="breadcrumbs">
        <ol>
          {crumbs.slice(0, -1).map((crumb) => (
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
          {carriers.some(Boolean) && (
            <div>
              <dt>{messages.guide.carriers}</dt>
              <dd>
                {carriers
                  .filter((carrier) => carrier !== null)
                  .map((carrier, index) => (
                    <span key={String(carrier.id)}>
                      {index > 0 && ', '}
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
                <RichText data={step.body} isRtl={isRtl} />
              </li>
            ))}
          </ol>
        </section>
      )}

      {guide.body && <RichText className="guide__body" data={guide.body} isRtl={isRtl} />}

      {guide.faq.length > 0 && (
        <section aria-labelledby="faq">
          <h2 id="faq">{messages.guide.faq}</h2>
          {guide.faq.map((entry, index) => (
            <details key={index} className="faq" open>
              <summary>
                <BidiText isRtl={isRtl} text={entry.question} />
              </summary>
              <RichText data={entry.answer} isRtl={isRtl} />
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
                <a href={source.url} rel="nofollow noopener" dir="ltr">
                  {source.note || source.url}
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
    </article>,
  )
})
