import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { GuideList } from '../../../../../../../components/GuideList'
import { LanguageSwitcher } from '../../../../../../../components/LanguageSwitcher'
import { isGuideTopic } from '../../../../../../../collections/Guides/topics'
import { topicLabel } from '../../../../../../../i18n/messages'
import { listGuides } from '../../../../../../../lib/data/guides'
import { siteTitleOf } from '../../../../../../../lib/data/tenants'
import { pathsInEveryLocale, readerMetadata } from '../../../../../../../lib/site/pageAlternates'
import { decodeSegment, getReaderContext } from '../../../../../../../lib/site/readerContext'

type Params = Promise<{ host: string; locale: string; topic: string }>

export const generateStaticParams = async () => []

const load = async (params: Params) => {
  const { host, locale, topic } = await params
  const context = await getReaderContext(host, locale)
  const topicValue = decodeSegment(topic)
  if (!context || !isGuideTopic(topicValue)) return null
  const guides = (await listGuides({ locale: context.locale, tenantID: context.tenant.id })).filter(
    (guide) => guide.topic === topicValue,
  )
  return { context, guides, topic: topicValue }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const loaded = await load(params)
  if (!loaded) return {}
  const { context, topic } = loaded
  const label = topicLabel(context.messages, topic)
  return readerMetadata(context, {
    description: label,
    pathsByLocale: pathsInEveryLocale(context, 'topics', topic),
    title: `${label} · ${siteTitleOf(context.tenant, context.locale)}`,
  })
}

export default async function TopicPage({ params }: { params: Params }) {
  const loaded = await load(params)
  if (!loaded) notFound()
  const { context, guides, topic } = loaded
  const { locale, messages } = context
  return (
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
    </>
  )
}
