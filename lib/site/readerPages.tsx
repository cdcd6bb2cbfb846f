import type { ReactNode } from 'react'

import { withPageTags } from '@/lib/cache/pageTags'
import { NotFound } from '@/components/NotFound'
import { ReaderDocument } from '@/components/ReaderDocument'
import { UnknownSite } from '@/components/UnknownSite'
import { isLocaleCode, type LocaleCode } from '@/i18n/locales'
import { getMessages } from '@/i18n/messages'
import { getTenantByHost, listTenants } from '@/lib/data/tenants'
import { htmlResponse } from '@/lib/html/htmlResponse'
import type { ReaderHead } from './pageAlternates'
import { hostFromSegment } from '@/lib/tenant/parseHost'
import { decodeSegment, getReaderContext, type ReaderContext } from './readerContext'

/** A page of a publication in one of its locales. */
export const readerPageResponse = (
  context: ReaderContext,
  head: ReaderHead,
  body: ReactNode,
): Response =>
  htmlResponse(
    <ReaderDocument context={context} head={head} lang={context.locale}>
      {body}
    </ReaderDocument>,
  )

/**
 * The localized 404: in the page's locale with the publication's header when the publication
 * offers it, otherwise in the locale the address names (or the publication's default).
 */
export const notFoundResponse = async (
  hostSegment: string,
  localeSegment?: string,
): Promise<Response> => {
  const requested = localeSegment === undefined ? undefined : decodeSegment(localeSegment)
  const context = requested === undefined ? null : await getReaderContext(hostSegment, requested)
  const host = hostFromSegment(hostSegment)
  const tenant = context?.tenant ?? (host ? await getTenantByHost(host) : null)
  const urlLocale = isLocaleCode(requested) ? requested : null
  const lang: LocaleCode = context?.locale ?? urlLocale ?? tenant?.defaultLocale ?? 'en'
  return htmlResponse(
    <ReaderDocument
      accentColor={tenant?.accentColor}
      context={context}
      head={{ title: getMessages(lang).notFound.title }}
      lang={lang}
    >
      <NotFound homeLocale={urlLocale} locale={lang} />
    </ReaderDocument>,
    { status: 404 },
  )
}

type PageParams = { host: string; locale: string }

/**
 * The GET handler of a reader page: what `load` finds for the address, rendered by `render`, or
 * the localized 404 when it finds nothing.
 */
export const readerRoute = <Params extends PageParams, Loaded>(
  load: (params: Params) => Promise<Loaded | null>,
  render: (loaded: Loaded) => Promise<Response> | Response,
) =>
  withPageTags(
    async (_request: Request, { params }: { params: Promise<Params> }): Promise<Response> => {
      const resolved = await params
      const loaded = await load(resolved)
      return loaded ? render(loaded) : notFoundResponse(resolved.host, resolved.locale)
    },
  )

/** A locale's home page on a host no publication claims: the list of publications. */
export const unknownSiteResponse = async (locale: LocaleCode): Promise<Response> =>
  htmlResponse(
    <ReaderDocument
      context={null}
      head={{ title: getMessages(locale).unknownSite.title }}
      lang={locale}
    >
      <UnknownSite locale={locale} tenants={await listTenants()} />
    </ReaderDocument>,
  )
