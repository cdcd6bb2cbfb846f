import { notFoundRoute } from '@/lib/site/defineReaderPage'

// Any address: rendering the 404 costs one cached read, while caching it would let every made-up
// address take a place in the page cache.
export const dynamic = 'force-dynamic'

/** Addresses no reader page matches get the localized 404 instead of Next's default page. */
export const GET = notFoundRoute
