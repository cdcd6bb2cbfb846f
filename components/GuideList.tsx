import type { LocaleCode } from '@/i18n/locales'
import { simKindLabel, topicLabel, type Messages } from '@/i18n/messages'
import type { GuideSummary } from '@/lib/data/guides'
import { guidePath } from '@/lib/seo/urls'

export function GuideList({
  guides,
  headingLevel = 3,
  locale,
  messages,
}: {
  guides: GuideSummary[]
  /** One below the heading the list sits under, so heading levels never skip one. */
  headingLevel?: 2 | 3 | 4
  locale: LocaleCode
  messages: Messages
}) {
  const Heading = `h${headingLevel}` as const
  return (
    <ul className="guide-list">
      {guides.map((guide) => (
        <li key={String(guide.id)} className="guide-card">
          <Heading className="guide-card__title">
            <a href={guidePath(locale, guide.slug)}>{guide.title}</a>
          </Heading>
          {guide.summary && <p>{guide.summary}</p>}
          <p className="guide-card__meta">
            {topicLabel(messages, guide.topic)} · {simKindLabel(messages, guide.simKind)}
          </p>
        </li>
      ))}
    </ul>
  )
}
