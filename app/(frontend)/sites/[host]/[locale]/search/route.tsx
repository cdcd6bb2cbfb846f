import { format, resultCountLabel } from '@/i18n/messages'
import { pageLinks, parsePageParam } from '@/lib/data/pagination'
import { searchPublishedGuides } from '@/lib/data/search'
import { siteTitleOf } from '@/lib/data/tenants'
import { highlightMatches } from '@/lib/search/searchSnippet'
import { guidePath, localePath } from '@/lib/seo/urls'
import { getReaderContext, type ReaderParams } from '@/lib/site/readerContext'
import { notFoundResponse, readerPageResponse } from '@/lib/site/readerPages'

// Results depend on the query string, so the page is rendered per request (from the database's
// full-text index).
export const dynamic = 'force-dynamic'

const queryOf = (request: Request): string =>
  (new URL(request.url).searchParams.get('q') ?? '').trim().slice(0, 200)

function Highlighted({ query, text }: { query: string; text: string }) {
  return (
    <>
      {highlightMatches(text, query).map((part, index) =>
        part.isMatch ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  )
}

export async function GET(request: Request, { params }: { params: ReaderParams }) {
  const { host, locale } = await params
  const context = await getReaderContext(host, locale)
  if (!context) return notFoundResponse(host, locale)
  const { messages, tenant } = context
  const query = queryOf(request)
  const page = parsePageParam(new URL(request.url).searchParams.get('page'))
  if (page === null) return notFoundResponse(host, locale)
  const results = query
    ? await searchPublishedGuides({ locale: context.locale, page, query, tenantID: tenant.id })
    : null
  const hits = results?.hits ?? []
  if (results && page > 1 && hits.length === 0) return notFoundResponse(host, locale)
  const links = pageLinks({
    page,
    path: `${localePath(context.locale, 'search')}?q=${encodeURIComponent(query)}`,
    totalPages: results?.totalPages ?? 1,
  })

  return readerPageResponse(
    context,
    {
      // Result pages are endless variations of the same content: keep them out of search engines.
      robots: 'noindex',
      title: `${messages.search.title} · ${siteTitleOf(tenant, context.locale)}`,
    },
    <section aria-labelledby="search-title">
      <h1 id="search-title">
        {query ? format(messages.search.resultsFor, { query }) : messages.search.title}
      </h1>
      <form
        role="search"
        aria-labelledby="search-title"
        action={localePath(context.locale, 'search')}
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
            ? resultCountLabel(messages, context.locale, results?.totalHits ?? hits.length)
            : messages.search.noResults}
        </p>
      )}
      <ol className="search-results">
        {hits.map((hit) => (
          <li key={String(hit.guideID)}>
            <h2>
              <a href={guidePath(context.locale, hit.slug)}>
                <Highlighted query={query} text={hit.title} />
              </a>
            </h2>
            {hit.summary && (
              <p>
                <Highlighted query={query} text={hit.summary} />
              </p>
            )}
            <p className="snippet">
              <Highlighted query={query} text={hit.snippet} />
            </p>
          </li>
        ))}
      </ol>
      {(links.prev || links.next) && (
        <nav className="pagination">
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
    </section>,
  )
}
