import { Fragment } from 'react'

import { format, resultCountLabel } from '@/i18n/messages'
import { pageLinks, parsePageParam } from '@/lib/data/pagination'
import { searchPublishedGuides } from '@/lib/data/search'
import { siteTitleOf } from '@/lib/data/tenants'
import { highlightMatches } from '@/lib/search/searchSnippet'
import { guidePath, localePath } from '@/lib/seo/urls'
import {
  defineReaderPage,
  type ReaderPageInput,
  type ReaderPageProps,
} from '@/lib/site/defineReaderPage'
import { pageTitle } from '@/lib/site/readerHead'
import { splitForBidi } from '@/lib/translation/protectedTokens'

// Results depend on the query string, so the page is rendered per request (from the database's
// full-text index).
export const dynamic = 'force-dynamic'

const load = async ({ context, request }: ReaderPageInput<{ host: string; locale: string }>) => {
  const searchParams = new URL(request.url).searchParams
  const query = (searchParams.get('q') ?? '').trim().slice(0, 200)
  const page = parsePageParam(searchParams.get('page'))
  if (page === null) return null
  const results = query
    ? await searchPublishedGuides({
        locale: context.locale,
        page,
        query,
        tenantID: context.tenant.id,
      })
    : null
  const hits = results?.hits ?? []
  // A page past the last result is not a page.
  if (results && page > 1 && hits.length === 0) return null
  const links = pageLinks({
    page,
    path: `${localePath(context.locale, 'search')}?q=${encodeURIComponent(query)}`,
    totalPages: results?.totalPages ?? 1,
  })
  return { hits, links, query, totalHits: results?.totalHits ?? 0 }
}

type Props = ReaderPageProps<NonNullable<Awaited<ReturnType<typeof load>>>>

/**
 * The query's matches marked in `text`. On right-to-left pages USSD codes, numbers and prices are
 * isolated left to right first (`*222#` never shows as `#222*`), and matches marked inside them.
 */
function Highlighted({ isRtl, query, text }: { isRtl: boolean; query: string; text: string }) {
  const marked = (part: string) =>
    highlightMatches(part, query).map((piece, index) =>
      piece.isMatch ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>,
    )
  if (!isRtl) return <>{marked(text)}</>
  return (
    <>
      {splitForBidi(text).map((part, index) =>
        part.isToken ? (
          <bdi key={index} dir="ltr">
            {marked(part.text)}
          </bdi>
        ) : (
          <Fragment key={index}>{marked(part.text)}</Fragment>
        ),
      )}
    </>
  )
}

const head = ({ context }: Props) => ({
  // Result pages are endless variations of the same content: keep them out of search engines.
  robots: 'noindex' as const,
  title: pageTitle(context.messages.search.title, siteTitleOf(context.tenant, context.locale)),
})

function SearchPage({ context, data }: Props) {
  const { locale, messages } = context
  const { hits, links, query } = data
  const isRtl = context.dir === 'rtl'
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">
        {query ? format(messages.search.resultsFor, { query }) : messages.search.title}
      </h1>
      <form
        role="search"
        aria-labelledby="search-title"
        action={localePath(locale, 'search')}
        className="search-form"
      >
        <label htmlFor="search-page-q" className="visually-hidden">
          {messages.site.searchPlaceholder}
        </label>
        <input id="search-page-q" name="q" type="search" defaultValue={query} />
        <button type="submit">{messages.site.searchButton}</button>
      </form>
      {!query && <p>{messages.search.emptyQuery}</p>}
      {query && (
        <p role="status">
          {hits.length > 0
            ? resultCountLabel(messages, locale, data.totalHits)
            : messages.search.noResults}
        </p>
      )}
      <ol className="search-results">
        {hits.map((hit) => (
          <li key={String(hit.guideID)}>
            <h2>
              <a href={guidePath(locale, hit.slug)}>
                <Highlighted isRtl={isRtl} query={query} text={hit.title} />
              </a>
            </h2>
            {hit.summary && (
              <p>
                <Highlighted isRtl={isRtl} query={query} text={hit.summary} />
              </p>
            )}
            <p className="snippet">
              <Highlighted isRtl={isRtl} query={query} text={hit.snippet} />
            </p>
          </li>
        ))}
      </ol>
      {(links.prev || links.next) && (
        <nav className="pagination" aria-label={messages.search.title}>
          {links.prev && (
            <a rel="prev" href={links.prev}>
              ←
            </a>
          )}
          {links.next && (
            <a rel="next" href={links.next}>
              →
            </a>
          )}
        </nav>
      )}
    </section>
  )
}

export const GET = defineReaderPage({ head, load, Page: SearchPage })
