/* eslint-disable @next/next/no-head-element -- this document is rendered to
   static markup outside Next's renderer: next/head does not apply, stylesheets are plain files. */
import type { ReactNode } from 'react'

import { isRightToLeft, type LocaleCode } from '@/i18n/locales'
import { getMessages } from '@/i18n/messages'
import type { ReaderHead } from '@/lib/site/readerHead'
import { readerStylesheets } from '@/lib/site/readerAssets'
import type { ReaderContext } from '@/lib/site/readerContext'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

const defaultAccent = '#0f766e'

function HeadTags({ head }: { head: ReaderHead }) {
  const { alternates, description, openGraph, pagination, robots, title, twitter } = head
  return (
    <>
      <title>{title}</title>
      {description && <meta name="description" content={description} />}
      {robots && <meta name="robots" content={`${robots}, follow`} />}
      {alternates && <link rel="canonical" href={alternates.canonical} />}
      {pagination?.prev && <link rel="prev" href={pagination.prev} />}
      {pagination?.next && <link rel="next" href={pagination.next} />}
      {alternates &&
        Object.entries(alternates.languages).map(([hreflang, href]) => (
          <link key={hreflang} rel="alternate" hrefLang={hreflang} href={href} />
        ))}
      {openGraph && (
        <>
          <meta property="og:title" content={openGraph.title} />
          <meta property="og:description" content={openGraph.description} />
          <meta property="og:url" content={openGraph.url} />
          <meta property="og:site_name" content={openGraph.siteName} />
          <meta property="og:locale" content={openGraph.locale} />
          {openGraph.image && <meta property="og:image" content={openGraph.image} />}
          <meta property="og:type" content={openGraph.type} />
        </>
      )}
      {twitter && (
        <>
          <meta name="twitter:card" content={twitter.card} />
          <meta name="twitter:title" content={twitter.title} />
          <meta name="twitter:description" content={twitter.description} />
          {twitter.image && <meta name="twitter:image" content={twitter.image} />}
        </>
      )}
    </>
  )
}

/**
 * The whole HTML document of a reader page: language and direction, the script's fonts, the
 * tenant's accent colour, header and footer when the page belongs to a publication's locale.
 * Rendered to static markup: reader pages ship no JavaScript.
 */
export function ReaderDocument({
  accentColor,
  children,
  context,
  head,
  lang,
}: {
  accentColor?: string
  children: ReactNode
  /** The publication and locale the page belongs to; null on pages outside them (a 404). */
  context: ReaderContext | null
  head: ReaderHead
  lang: LocaleCode
}) {
  const messages = getMessages(lang)
  return (
    <html lang={lang} dir={isRightToLeft(lang) ? 'rtl' : 'ltr'}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <HeadTags head={head} />
        {readerStylesheets(lang).map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
      </head>
      <body
        style={{
          ['--accent' as string]: accentColor ?? context?.tenant.accentColor ?? defaultAccent,
        }}
      >
        <a className="skip-link" href="#main">
          {messages.site.skipToContent}
        </a>
        {context && <SiteHeader context={context} />}
        <main id="main" className="page">
          {children}
        </main>
        {context && <SiteFooter context={context} />}
      </body>
    </html>
  )
}
