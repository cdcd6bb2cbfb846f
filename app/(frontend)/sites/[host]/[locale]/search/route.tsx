import { Fragment } from 'react'

import { format, resultCountLabel } from '@/i18n/messages'
import { getSearchIndex } from '@/lib/data/searchIndex'
import { siteTitleOf } from '@/lib/data/tenants'
import { highlightMatches, searchGuides } from '@/lib/search/searchGuides'
import { guidePath, localePath } from '@/lib/seo/urls'
import {
  defineReaderPage,
  type ReaderPageInput,
  type ReaderPageProps,
} from '@/lib/site/defineReaderPage'
import { pageTitle } from '@/lib/site/readerHead'
import { splitForBidi } from '@/lib/translation/protectedTokens'

// Results depend on the query string, so the page is rendered per request (from the cached
// search index).
export const dynamic = 'force-dynamic'

const load = async ({ context, request }: ReaderPageInput<{ host: string; locale: string }>) => {
  const query = (new URL(request.url).searchParams.get('q') ?? '').trim().slice(0, 200)
  const hits = query
    ? searchGuides(
        await getSearchIndex({ locale: context.locale, tenantID: context.tenant.id }),
        query,
      )
    : []
  return { hits, query }
}

type Props = ReaderPageProps<Awaited<ReturnType<typeof load>>>

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
  const { hits, query } = data
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
            ? resultCountLabel(messages, locale, hits.length)
            : messages.search.noResults}
        </p>
      )}
      <ol className="search-results">
        {hits.map((hit) => (
          <li key={String(hit.document.id)}>
            <h2>
              <a href={guidePath(locale, hit.document.slug)}>
                <Highlighted isRtl={isRtl} query={query} text={hit.document.title} />
              </a>
            </h2>
            {hit.document.summary && (
              <p>
                <Highlighted isRtl={isRtl} query={query} text={hit.document.summary} />
              </p>
            )}
            <p className="snippet">
              <Highlighted isRtl={isRtl} query={query} text={hit.snippet} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  )
}

export const GET = defineReaderPage({ head, load, Page: SearchPage })
