/** Hub addresses: `/{locale}/countries|carriers|topics/{slug}`. */
const hubAddress = /^\/[^/]+\/(countries|carriers|topics)\/[^/]+$/

/**
 * The path that serves `?page=N` of a hub: `{hub}/page/N`. Hub pages are cached by path (by Next
 * and by the page cache), so each page of a listing needs a path of its own; readers and search
 * engines keep seeing `?page=N`. Null for page 1 (the hub itself), for other addresses and when
 * there is no page parameter. Pure: proxy.ts and the page cache both use it.
 */
export const listingPagePath = (pathname: string, page: null | string): null | string =>
  page !== null && page !== '1' && hubAddress.test(pathname)
    ? `${pathname}/page/${encodeURIComponent(page)}`
    : null

/**
 * The query that is part of a hub page's address: `page=N` for a page number after the first
 * (other parameters are not), '' for every other address and page 1, and null for a hub asked
 * for a page that is not a page number (only the app can answer that: 404).
 */
export const listingPageQuery = (pathname: string, query: string): null | string => {
  const page = new URLSearchParams(query).get('page')
  if (page === null || page === '1' || !hubAddress.test(pathname)) return ''
  return /^[1-9]\d{0,5}$/.test(page) ? `page=${page}` : null
}
