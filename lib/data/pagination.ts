/**
 * Page numbers for listings (`?page=2`), pure so routes and data getters share one reading of
 * them. Page 1 has no parameter: its canonical address is the bare path.
 */

/** Far past any real listing; longer numbers are rejected rather than parsed into huge offsets. */
const maxPageDigits = 6

/**
 * The page a `page` query parameter asks for: 1 when absent, null (answer 404) for anything that
 * is not a plain positive whole number ("0", "-1", "2.5", "abc", "01", "1e3").
 */
export const parsePageParam = (value: null | string | undefined): null | number => {
  if (value === null || value === undefined) return 1
  return new RegExp(`^[1-9]\\d{0,${maxPageDigits - 1}}$`).test(value) ? Number(value) : null
}

export type PageWindow = {
  /** True when the page is past the last one: the route answers 404. */
  isOutOfRange: boolean
  offset: number
  totalPages: number
}

/** An empty listing still has one (empty) page, so page 1 is never out of range. */
export const pageWindow = ({
  page,
  perPage,
  total,
}: {
  page: number
  perPage: number
  total: number
}): PageWindow => {
  const totalPages = Math.max(1, Math.ceil(total / perPage))
  return { isOutOfRange: page > totalPages, offset: (page - 1) * perPage, totalPages }
}

/** The address of one page of a listing: the bare path for page 1, `?page=N` after it. */
export const pageHref = (path: string, page: number): string =>
  page <= 1 ? path : `${path}${path.includes('?') ? '&' : '?'}page=${page}`

export type PageLinks = { canonical: string; next: null | string; prev: null | string }

/** The canonical address of a page and its rel=prev / rel=next neighbours. */
export const pageLinks = ({
  page,
  path,
  totalPages,
}: {
  page: number
  path: string
  totalPages: number
}): PageLinks => ({
  canonical: pageHref(path, page),
  next: page < totalPages ? pageHref(path, page + 1) : null,
  prev: page > 1 ? pageHref(path, page - 1) : null,
})

export type ListingPage =
  | { isFound: false }
  | { isFound: true; links: PageLinks; offset: number; page: number; totalPages: number }

/**
 * Everything a paginated route needs from its `?page=` parameter and the listing's total: the
 * page and its offset with canonical and rel links, or "not found" for a malformed page or one
 * past the last.
 */
export const resolveListingPage = ({
  pageParam,
  path,
  perPage,
  total,
}: {
  pageParam: null | string | undefined
  path: string
  perPage: number
  total: number
}): ListingPage => {
  const page = parsePageParam(pageParam)
  if (page === null) return { isFound: false }
  const { isOutOfRange, offset, totalPages } = pageWindow({ page, perPage, total })
  if (isOutOfRange) return { isFound: false }
  return { isFound: true, links: pageLinks({ page, path, totalPages }), offset, page, totalPages }
}
