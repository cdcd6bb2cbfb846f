import { GuideList } from '@/components/GuideList'
import { LanguageSwitcher } from '@/components/LanguageSwitcher'
import { isGuideTopic } from '@/collections/Guides/topics'
import { topicLabel } from '@/i18n/messages'
import { hubPageSize, listGuidePage } from '@/lib/data/guides'
import { listHubLocales, type HubFilter } from '@/lib/data/hubLocales'
import {
  defineReaderPage,
  type ReaderPageInput,
  type ReaderPageProps,
} from '@/lib/site/defineReaderPage'
import { hubMetadata, pathsInLocales } from '@/lib/site/readerHead'
import { decodeSegment } from '@/lib/site/readerContext'

// Rendered on a reader's first request, then served from cache until a revalidation hook expires
// one of the tags of the reads below.
export const generateStaticParams = async () => []

const load = async ({
  context,
  params,
}: ReaderPageInput<{ host: string; locale: string; topic: string }>) => {
  const { locale, tenant } = context
  const topic = decodeSegment(params.topic)
  if (!isGuideTopic(topic)) return null
  const filter: HubFilter = { kind: 'topic', topic }
  const { guides, totalDocs } = await listGuidePage({
    filter,
    locale,
    page: 1,
    perPage: hubPageSize,
    tenantID: tenant.id,
  })
  // Like countries and carriers, a topic page exists only where it lists guides.
  if (totalDocs === 0) return null
  const locales = await listHubLocales({
    enabledLocales: tenant.enabledLocales,
    filter,
    tenantID: tenant.id,
  })
  return { guides, locales, topic }
}

type Props = ReaderPageProps<NonNullable<Awaited<ReturnType<typeof load>>>>

const head = ({ context, data }: Props) => {
  const label = topicLabel(context.messages, data.topic)
  return hubMetadata(context, {
    description: label,
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
    </>
  )
}

export const GET = defineReaderPage({ head, load, Page: TopicPage })
