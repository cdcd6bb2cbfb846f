import { format, resultCountLabel } from '@/i18n/messages'
import { getSearchIndex } from '@/lib/data/searchIndex'
import { siteTitleOf } from '@/lib/data/tenants'
import { highlightMatches, searchGuides } from '@/lib/search/searchGuides'
import { guidePath, localePath } from '@/lib/seo/urls'
import { getReaderContext, type ReaderParams } from '@/lib/site/readerContext'
import { notFoundResponse, readerPageResponse } from '@/lib/site/readerPages'

// Results depend on the query string, so the page is rendered per request (from the cached
// search index).
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
  const hits = query
    ? searchGuides(await getSearchIndex({ locale: context.locale, tenantID: tenant.id }), query)
    : []

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
            ? resultCountLabel(messages, context.locale, hits.length)
            : messages.search.noResults}
        </p>
      )}
      <ol className="search-results">
        {hits.map((hit) => (
          <li key={String(hit.document.id)}>
            <h2>
              <a href={guidePath(context.locale, hit.document.slug)}>
                <Highlighted query={query} text={hit.document.title} />
              </a>
            </h2>
            {hit.document.summary && (
              <p>
                <Highlighted query={query} text={hit.document.summary} />
              </p>
            )}
            <p className="snippet">
              <Highlighted query={query} text={hit.snippet} />
            </p>
          </li>
        ))}
      </ol>
    </section>,
  )
}
