import { GuideList } from '@/components/GuideList'
import { LanguageSwitcher } from '@/components/LanguageSwitcher'
import { isGuideTopic } from '@/collections/Guides/topics'
import { topicLabel } from '@/i18n/messages'
import { readHubListing } from '@/lib/data/hubListing'
import { listHubLocales, type HubFilter } from '@/lib/data/hubLocales'
import {
  defineReaderPage,
  type ReaderPageInput,
  type ReaderPageProps,
} from '@/lib/site/defineReaderPage'
import { Pagination } from '@/components/Pagination'
import { localePath } from '@/lib/seo/urls'
import { hubMetadata, pathsInLocales } from '@/lib/site/readerHead'
import { decodeSegment } from '@/lib/site/readerContext'

// Rendered on a reader's first request, then served from cache until a revalidation hook expires
// one of the tags of the reads below.
export const generateStaticParams = async () => []

const load = async ({
  context,
  params,
}: ReaderPageInput<{ host: string; locale: string; page?: string; topic: string }>) => {
  const { locale, tenant } = context
  const topic = decodeSegment(params.topic)
  if (!isGuideTopic(topic)) return null
  const filter: HubFilter = { kind: 'topic', topic }
  // Like countries and carriers, a topic page exists only where it lists guides.
  const listing = await readHubListing({
    filter,
    locale,
    pageSegment: params.page,
    path: localePath(locale, 'topics', topic),
    tenantID: tenant.id,
  })
  if (!listing) return null
  const locales = await listHubLocales({
    enabledLocales: tenant.enabledLocales,
    filter,
    tenantID: tenant.id,
  })
  return { guides: listing.guides, listing, locales, topic }
}

type Props = ReaderPageProps<NonNullable<Awaited<ReturnType<typeof load>>>>

const head = ({ context, data }: Props) => {
  const label = topicLabel(context.messages, data.topic)
  return hubMetadata(context, {
    description: label,
    listing: data.listing,
    locales: data.locales,
    name: label,
    segments: ['topics', data.topic],
  })
}

function TopicPage({ context, data }: Props) {
  const { locale, messages } = context
  return (
    <>
      <LanguageSwitcher
        current={locale}
        messages={messages}
        pathsByLocale={pathsInLocales(data.locales, 'topics', data.topic)}
      />
      <h1>{topicLabel(messages, data.topic)}</h1>
      <GuideList guides={data.guides} headingLevel={2} locale={locale} messages={messages} />
      <Pagination links={data.listing.links} messages={messages} />
    </>
  )
}

export const GET = defineReaderPage({ head, load, Page: TopicPage })
