import {
  searchPublishedGuides as searchIn,
  type SearchRequest,
  type SearchResults,
} from '@/lib/search/searchPublishedGuides'
import { getPayloadClient } from './getPayloadClient'

export type { SearchHit, SearchResults } from '@/lib/search/searchPublishedGuides'

/**
 * One page of a reader's search in a tenant and locale (published guides only), from the
 * database's full-text index. Not cached: queries are endless and each costs an index look-up.
 */
export const searchPublishedGuides = async (request: SearchRequest): Promise<SearchResults> =>
  searchIn(await getPayloadClient(), request)
