import Link from 'next/link'

import type { LocaleCode } from '../i18n/locales'
import { simKindLabel, topicLabel, type Messages } from '../i18n/messages'
import type { GuideSummary } from '../lib/data/guides'
import { guidePath } from '../lib/seo/urls'

export function GuideList({
  guides,
  locale,
  messages,
}: {
  guides: GuideSummary[]
  locale: LocaleCode
  messages: Messages
}) {
  return (
    <ul className="guide-list">
      {guides.map((guide) => (
        <li key={String(guide.id)} className="guide-card">
          <h3>
            <Link href={guidePath(locale, guide.slug)}>{guide.title}</Link>
          </h3>
          {guide.summary && <p>{guide.summary}</p>}
          <p className="guide-card__meta">
            {topicLabel(messages, guide.topic)} · {simKindLabel(messages, guide.simKind)}
          </p>
        </li>
      ))}
    </ul>
  )
}
