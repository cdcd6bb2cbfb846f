import { describe, expect, it } from 'vitest'

import {
  pageHref,
  pageLinks,
  pageWindow,
  parsePageParam,
  resolveListingPage,
} from '@/lib/data/pagination'
import { hubPageNumber, withPageLinks } from '@/lib/data/hubListing'
import { listingPagePath, listingPageQuery } from '@/lib/site/listingPagePath'

describe('parsePageParam', () => {
  it('should read a missing parameter as the first page', () => {
    expect(parsePageParam(null)).toBe(1)
  })

  it('should read a plain positive number', () => {
    expect(parsePageParam('12')).toBe(12)
  })

  it.each(['0', '-1', '2.5', 'abc', '01', '1e3', '', ' 2', '9999999'])(
    'should reject %j so the page answers 404',
    (value) => {
      expect(parsePageParam(value)).toBeNull()
    },
  )
})

describe('pageWindow', () => {
  it('should count a partly filled last page', () => {
    expect(pageWindow({ page: 3, perPage: 20, total: 41 })).toEqual({
      isOutOfRange: false,
      offset: 40,
      totalPages: 3,
    })
  })

  it('should put the page after the last one out of range', () => {
    expect(pageWindow({ page: 4, perPage: 20, total: 60 }).isOutOfRange).toBe(true)
  })

  it('should keep page 1 of an empty listing in range', () => {
    expect(pageWindow({ page: 1, perPage: 20, total: 0 })).toEqual({
      isOutOfRange: false,
      offset: 0,
      totalPages: 1,
    })
  })
})

describe('pageLinks', () => {
  it('should give the first page the bare path and only a next link', () => {
    expect(pageLinks({ page: 1, path: '/en/countries/pk', totalPages: 3 })).toEqual({
      canonical: '/en/countries/pk',
      next: '/en/countries/pk?page=2',
      prev: null,
    })
  })

  it('should link the second page back to the bare path', () => {
    expect(pageLinks({ page: 2, path: '/en/countries/pk', totalPages: 3 }).prev).toBe(
      '/en/countries/pk',
    )
  })

  it('should give the last page no next link', () => {
    expect(pageLinks({ page: 3, path: '/en/countries/pk', totalPages: 3 })).toEqual({
      canonical: '/en/countries/pk?page=3',
      next: null,
      prev: '/en/countries/pk?page=2',
    })
  })

  it('should append to a path that already has a query', () => {
    expect(pageHref('/en/search?q=jazz', 2)).toBe('/en/search?q=jazz&page=2')
  })
})

describe('resolveListingPage', () => {
  const listing = { path: '/en/topics/activate', perPage: 60, total: 121 }

  it('should resolve the last page with only a previous link', () => {
    expect(resolveListingPage({ ...listing, pageParam: '3' })).toEqual({
      isFound: true,
      links: {
        canonical: '/en/topics/activate?page=3',
        next: null,
        prev: '/en/topics/activate?page=2',
      },
      offset: 120,
      page: 3,
      totalPages: 3,
    })
  })

  it('should not find the page after the last one', () => {
    expect(resolveListingPage({ ...listing, pageParam: '4' })).toEqual({ isFound: false })
  })

  it('should not find a malformed page', () => {
    expect(resolveListingPage({ ...listing, pageParam: '2abc' })).toEqual({ isFound: false })
  })
})

describe('hub page addresses', () => {
  it('should route ?page=N of a hub to a path of its own, and nothing else', () => {
    expect([
      listingPagePath('/en/countries/pakistan', '2'),
      listingPagePath('/en/topics/top-up', 'abc'),
      listingPagePath('/en/countries/pakistan', '1'),
      listingPagePath('/en/countries/pakistan', null),
      listingPagePath('/en/guides/cancel-jazz', '2'),
    ]).toEqual(['/en/countries/pakistan/page/2', '/en/topics/top-up/page/abc', null, null, null])
  })

  it('should keep only a valid page number after the first in a hub page key, and no key for a malformed one', () => {
    expect([
      listingPageQuery('/en/carriers/jazz', 'page=3'),
      listingPageQuery('/en/carriers/jazz', 'utm=x&page=3'),
      listingPageQuery('/en/carriers/jazz', 'page=1'),
      listingPageQuery('/en/carriers/jazz', 'page=03'),
      listingPageQuery('/en/carriers/jazz', 'page=abc'),
      listingPageQuery('/en/guides/x', 'page=3'),
      listingPageQuery('/en/carriers/jazz', 'x=1'),
    ]).toEqual(['page=3', 'page=3', '', null, null, '', ''])
  })
})

describe('hub listing pages', () => {
  const listing = (page: number, totalDocs: number, totalPages: number) => ({
    guides: [],
    page,
    totalDocs,
    totalPages,
  })

  it('should read the page segment, refusing a spelled-out first page and malformed numbers', () => {
    expect(
      ['2', '1', '0', 'abc', '02'].map(hubPageNumber).concat(hubPageNumber(undefined)),
    ).toEqual([2, null, null, null, null, 1])
  })

  it('should link a middle page both ways and answer not found past the last or when empty', () => {
    expect(withPageLinks(listing(2, 130, 3), '/en/topics/top-up')?.links).toEqual({
      canonical: '/en/topics/top-up?page=2',
      next: '/en/topics/top-up?page=3',
      prev: '/en/topics/top-up',
    })
    expect([
      withPageLinks(listing(4, 130, 3), '/x'),
      withPageLinks(listing(1, 0, 1), '/x'),
    ]).toEqual([null, null])
  })
})
