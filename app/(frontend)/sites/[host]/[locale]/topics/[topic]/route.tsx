import { GuideList } from '@/components/GuideList'
import { LanguageSwitcher } from '@/components/LanguageSwitcher'
import { isGuideTopic } from '@/collections/Guides/topics'
import { topicLabel } from '@/i18n/messages'
import { hubPageSize, listGuidePage } from '@/lib/data/guides'
import { hubMetadata, pathsInEveryLocale } from '@/lib/site/pageAlternates'
import { decodeSegment, getReaderContext } from '@/lib/site/readerContext'
import { readerPageResponse, readerRoute } from '@/lib/site/readerPages'

type Params = Promise<{ host: string; locale: string; topic: string }>

// Rendered on a reader's first request, then served from cache until a revalidation hook expires
// one of the tags of the reads below.
export const generateStaticParams = async () => []

const load = async ({ host, locale, topic }: Awaited<Params>) => {
  const context = await getReaderContext(host, locale)
  const topicValue = decodeSegment(topic)
  if (!context || !isGuideTopic(topicValue)) return null
  const { guides } = await listGuidePage({
    filter: { kind: 'topic', topic: topicValue },
    locale: context.locale,
    page: 1,
    perPage: hubPageSize,
    tenantID: context.tenant.id,
  })
  return { context, guides, topic: topicValue }
}

const headOf = ({ context, topic }: NonNullable<Awaited<ReturnType<typeof load>>>) => {
  const label = topicLabel(context.messages, topic)
  return hubMetadata(context, { description: label, name: label, segments: ['topics', topic] })
}

export const GET = readerRoute(load, async (loaded) => {
  const { context, guides, topic } = loaded
  const { locale, messages } = context
  return readerPageResponse(
    loaded.context,
    headOf(loaded),
    <>
      <LanguageSwitcher
        current={locale}
        messages={messages}
        pathsByLocale={pathsInEveryLocale(context, 'topics', topic)}
      />
      <h1>{topicLabel(messages, topic)}</h1>
      {guides.length === 0 ? (
        <p>{messages.home.noGuides}</p>
      ) : (
        <GuideList guides={guides} headingLevel={2} locale={locale} messages={messages} />
      )}
    </>,
  )
})
