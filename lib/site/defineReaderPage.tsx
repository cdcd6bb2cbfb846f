import type { ReactNode } from 'react'

import { NotFound } from '@/components/NotFound'
import { ReaderDocument } from '@/components/ReaderDocument'
import { UnknownSite } from '@/components/UnknownSite'
import type { LocaleCode } from '@/i18n/locales'
import { getMessages } from '@/i18n/messages'
import { withPageTags } from '@/lib/cache/pageTags'
import { listTenants } from '@/lib/data/tenants'
import { htmlResponse } from '@/lib/html/htmlResponse'
import type { ReaderHead } from './readerHead'
import { resolveReaderAddress, type ReaderAddress, type ReaderContext } from './readerContext'

type SegmentParams = { host: string; locale: string }

/** What a page's `load` receives: the resolved context, its own route segments and the request. */
export type ReaderPageInput<Params extends SegmentParams> = {
  context: ReaderContext
  params: Params
  request: Request
}

/** What `head` and `Page` receive: the context and whatever `load` found. */
export type ReaderPageProps<Data> = { context: ReaderContext; data: Data }

/** A page's answer other than a page: a permanent redirect (an old slug) or "gone" (deleted). */
export type ReaderPageOutcome = { redirect: string } | { gone: true }

export type ReaderPageDefinition<Params extends SegmentParams, Data> = {
  /** What the address names, or null for the localized 404. */
  load: (input: ReaderPageInput<Params>) => Promise<Data | ReaderPageOutcome | null>
  /** Title, description, canonical, hreflang and social cards. */
  head: (props: ReaderPageProps<Data>) => ReaderHead
  /** The page's main content: a plain component, rendered once to static HTML. */
  Page: (props: ReaderPageProps<Data>) => ReactNode
  /** The home page lists the publications when its host belongs to none. */
  listsPublicationsOnUnknownHost?: boolean
}

const isOutcome = (value: unknown): value is ReaderPageOutcome =>
  typeof value === 'object' && value !== null && ('redirect' in value || 'gone' in value)

/**
 * The localized 404 (or 410): in the page's locale with the publication's header when the
 * publication offers it, otherwise in the locale the address names (or the publication's default).
 */
export const notFoundResponse = (address: ReaderAddress, status: 404 | 410 = 404): Response => {
  const { context, requestedLocale, tenant } = address
  const lang: LocaleCode = context?.locale ?? requestedLocale ?? tenant?.defaultLocale ?? 'en'
  return htmlResponse(
    <ReaderDocument
      accentColor={tenant?.accentColor}
      context={context}
      head={{ title: getMessages(lang).notFound.title }}
      lang={lang}
    >
      <NotFound homeLocale={requestedLocale} locale={lang} />
    </ReaderDocument>,
    { status },
  )
}

const unknownSiteResponse = async (locale: LocaleCode): Promise<Response> =>
  htmlResponse(
    <ReaderDocument
      context={null}
      head={{ title: getMessages(locale).unknownSite.title }}
      lang={locale}
    >
      <UnknownSite locale={locale} tenants={await listTenants()} />
    </ReaderDocument>,
  )

/**
 * Reader pages are Route Handlers rather than page.tsx files: they render complete HTML with no
 * client JavaScript and carry the cache tags of the reads they were built from. Each page still
 * declares what a page.tsx would (load, head, body); this wrapper supplies what they share: the
 * host and locale resolved once, the localized 404, redirects, tags and the document around the
 * page.
 */
export const defineReaderPage = <Params extends SegmentParams, Data>(
  definition: ReaderPageDefinition<Params, Data>,
) =>
  withPageTags(
    async (request: Request, { params }: { params: Promise<Params> }): Promise<Response> => {
      const resolved = await params
      const address = await resolveReaderAddress(resolved.host, resolved.locale)
      const { context } = address
      if (!context) {
        const isUnknownHost = address.tenant === null
        return definition.listsPublicationsOnUnknownHost && isUnknownHost && address.requestedLocale
          ? unknownSiteResponse(address.requestedLocale)
          : notFoundResponse(address)
      }
      const loaded = await definition.load({ context, params: resolved, request })
      if (loaded === null) return notFoundResponse(address)
      if (isOutcome(loaded)) {
        return 'redirect' in loaded
          ? new Response(null, { headers: { Location: loaded.redirect }, status: 301 })
          : notFoundResponse(address, 410)
      }
      const props = { context, data: loaded }
      const { Page } = definition
      return htmlResponse(
        <ReaderDocument context={context} head={definition.head(props)} lang={context.locale}>
          <Page {...props} />
        </ReaderDocument>,
      )
    },
  )

/** Addresses no reader page matches. */
export const notFoundRoute = async (
  _request: Request,
  { params }: { params: Promise<SegmentParams> },
): Promise<Response> => {
  const { host, locale } = await params
  return notFoundResponse(await resolveReaderAddress(host, locale))
}
