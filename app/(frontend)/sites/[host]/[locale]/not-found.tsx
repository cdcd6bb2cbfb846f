'use client'

import { useParams } from 'next/navigation'

import { isLocaleCode } from '../../../../../i18n/locales'
import { notFoundMessages } from '../../../../../i18n/notFoundMessages'

/**
 * Not-found boundaries receive no props; the locale comes from the URL so the page speaks the
 * reader's language. Only these few strings ship to the browser.
 */
export default function NotFound() {
  const params = useParams<{ locale?: string }>()
  const locale = params?.locale ? decodeURIComponent(params.locale) : 'en'
  const messages = notFoundMessages[isLocaleCode(locale) ? locale : 'en']
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      {/* Not-found boundaries have no metadata of their own; React 19 hoists this into <head>. */}
      <title>{messages.title}</title>
      <h1 id="not-found-title">{messages.title}</h1>
      <p>{messages.body}</p>
      <p>
        <a href={isLocaleCode(locale) ? `/${locale}` : '/'}>{messages.backHome}</a>
      </p>
    </section>
  )
}
