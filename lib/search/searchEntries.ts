import { localeCodes, type LocaleCode } from '@/i18n/locales'
import { idOf, type ID } from '@/lib/ids'
import { inLocale, isPublishedIn, type PerLocale } from '@/lib/data/localized'
import { lexicalToPlainText } from '@/lib/richText/plainText'
import { indexTerms } from './searchText'

/** The tenant and locale as one search term (letters and digits only, so no tokenizer splits it). */
export const scopeTerm = (tenantID: ID, locale: LocaleCode): string =>
  `scope${String(tenantID)}x${locale}`.toLowerCase().replace(/[^a-z0-9]/g, '')

type RichText = unknown

/** A guide read with `locale: 'all'` and without drafts: what readers can see in each locale. */
export type PublishedGuide = {
  _status?: unknown
  body?: PerLocale<RichText>
  faq?: PerLocale<{ answer?: RichText; question?: null | string }[] | null>
  id: ID
  slug?: PerLocale<string>
  steps?: PerLocale<{ body?: RichText; title?: null | string }[] | null>
  summary?: PerLocale<string>
  tenant?: { id: ID } | ID | null
  title?: PerLocale<string>
  updatedAt: string
}

export type SearchEntryData = {
  body: string
  bodyTerms: string
  guide: ID
  guideUpdatedAt: string
  locale: LocaleCode
  scope: string
  slug: string
  summary: string
  summaryTerms: string
  tenant: ID
  title: string
  titleTerms: string
}

const plainBody = (guide: PublishedGuide, locale: LocaleCode): string =>
  [
    ...(inLocale(guide.steps, locale) ?? []).flatMap((step) => [
      step.title ?? '',
      lexicalToPlainText(step.body),
    ]),
    lexicalToPlainText(inLocale(guide.body, locale)),
    ...(inLocale(guide.faq, locale) ?? []).flatMap((entry) => [
      entry.question ?? '',
      lexicalToPlainText(entry.answer),
    ]),
  ]
    .filter(Boolean)
    .join('\n')

/**
 * One entry per locale the guide is published in and translated into (a title and a slug there:
 * translations never fall back), none for a draft or a deleted guide.
 */
export const searchEntriesFor = (guide: PublishedGuide): SearchEntryData[] => {
  const tenantID = idOf(guide.tenant)
  if (tenantID === undefined) return []
  return localeCodes.flatMap((locale) => {
    const title = inLocale(guide.title, locale)
    const slug = inLocale(guide.slug, locale)
    if (!title || !slug || !isPublishedIn(guide._status, locale)) return []
    const summary = inLocale(guide.summary, locale) ?? ''
    const body = plainBody(guide, locale)
    return [
      {
        body,
        bodyTerms: indexTerms(body),
        guide: guide.id,
        guideUpdatedAt: guide.updatedAt,
        locale,
        scope: scopeTerm(tenantID, locale),
        slug,
        summary,
        summaryTerms: indexTerms(summary),
        tenant: tenantID,
        title,
        titleTerms: indexTerms(title),
      },
    ]
  })
}
