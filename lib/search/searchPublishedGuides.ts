import type { LocaleCode } from '@/i18n/locales'
import type { ID } from '@/lib/ids'
import { querySearchIndex } from './querySearchIndex'
import { scopeTerm } from './searchEntries'
import { snippetAround } from './searchSnippet'
import { searchTerms } from './searchText'
import type { Payload } from 'payload'

import { pageWindow } from '@/lib/data/pagination'

export type SearchHit = {
  guideID: ID
  slug: string
  /** The part of the body around the first match, for a result preview. */
  snippet: string
  summary: string
  title: string
  updatedAt: string
}

export type SearchResults = {
  hits: SearchHit[]
  page: number
  totalHits: number
  totalPages: number
}

export const searchResultsPerPage = 20

export type SearchRequest = {
  locale: LocaleCode
  page?: number
  perPage?: number
  query: string
  /** How many of the newest matches are ranked (lowered only by tests). */
  rankedWindow?: number
  tenantID: ID
}

/**
 * Published guides of one tenant and locale that contain every word (or, in Chinese, every
 * character pair) of the query, best first among the newest matches (see rankedMatches), one
 * page at a time. Answered by the database's
 * full-text index, so the cost does not grow with the number of guides a publication has.
 */
export const searchPublishedGuides = async (
  payload: Payload,
  {
    locale,
    page = 1,
    perPage = searchResultsPerPage,
    query,
    rankedWindow,
    tenantID,
  }: SearchRequest,
): Promise<SearchResults> => {
  const terms = searchTerms(query)
  if (terms.length === 0) return { hits: [], page, totalHits: 0, totalPages: 0 }
  const { rows, total } = await querySearchIndex(payload, {
    limit: perPage,
    offset: (page - 1) * perPage,
    rankedWindow,
    scope: scopeTerm(tenantID, locale),
    terms,
  })
  return {
    hits: rows.map((row) => ({
      guideID: row.guideID,
      slug: row.slug,
      snippet: snippetAround(row.body, query),
      summary: row.summary,
      title: row.title,
      updatedAt: row.guideUpdatedAt,
    })),
    page,
    totalHits: total,
    totalPages: pageWindow({ page, perPage, total }).totalPages,
  }
}
