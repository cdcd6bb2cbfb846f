import { cache } from 'react'

import type { Guide } from '@/payload-types'
import type { LocaleCode } from '@/i18n/locales'
import { cacheTags } from '@/lib/cache/tags'
import type { SearchDocument } from '@/lib/search/searchGuides'
import { lexicalToPlainText } from '@/lib/richText/plainText'
import { cached } from './cached'
import { getPayloadClient } from './getPayloadClient'

type ID = number | string

/** Plain text of every published guide of a tenant in one locale, rebuilt when any changes. */
export const getSearchIndex = cache(
  ({ locale, tenantID }: { locale: LocaleCode; tenantID: ID }): Promise<SearchDocument[]> =>
    cached(
      async () => {
        const payload = await getPayloadClient()
        const { docs } = await payload.find({
          collection: 'guides',
          depth: 0,
          fallbackLocale: false,
          joins: false,
          limit: 5000,
          locale,
          overrideAccess: false,
          pagination: false,
          select: {
            body: true,
            faq: true,
            slug: true,
            steps: true,
            summary: true,
            title: true,
            updatedAt: true,
          },
          where: { and: [{ tenant: { equals: tenantID } }, { _status: { equals: 'published' } }] },
        })
        return (docs as Guide[])
          .filter((doc) => doc.title && doc.slug)
          .map((doc) => ({
            body: [
              ...(doc.steps ?? []).flatMap((step) => [step.title, lexicalToPlainText(step.body)]),
              lexicalToPlainText(doc.body),
              ...(doc.faq ?? []).flatMap((entry) => [
                entry.question,
                lexicalToPlainText(entry.answer),
              ]),
            ]
              .filter(Boolean)
              .join('\n'),
            id: doc.id,
            slug: doc.slug,
            summary: doc.summary ?? '',
            title: doc.title,
            updatedAt: doc.updatedAt,
          }))
      },
      ['search-index', String(tenantID), locale],
      [cacheTags.tenantGuides(tenantID)],
    )(),
)
