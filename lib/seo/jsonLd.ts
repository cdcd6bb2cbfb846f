/**
 * schema.org JSON-LD builders for the reader site. Each returns a plain object; render it with
 * `<script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />`.
 * Optional properties are left out rather than set to undefined or empty strings.
 */

const context = 'https://schema.org' as const

type JsonLdThing<T extends string> = { '@context': typeof context; '@type': T }

// ---------------------------------------------------------------------------------------------
// Article

export type ArticleJsonLdArgs = {
  /** Absolute URL of the page. */
  url: string
  headline: string
  description?: string | null
  /** BCP 47 tag, see hreflangOf. */
  inLanguage: string
  /** ISO 8601 date-time strings, as Payload returns them. */
  datePublished: string
  dateModified: string
  /** When the steps were last checked against the carrier (Guide.lastVerified). */
  lastReviewed?: string | null
  /** Absolute image URL(s). */
  image?: string | string[] | null
  publisherName: string
  publisherUrl: string
}

export type ArticleJsonLd = JsonLdThing<'Article'> & {
  headline: string
  description?: string
  inLanguage: string
  url: string
  datePublished: string
  dateModified: string
  image?: string[]
  /** lastReviewed is a WebPage property, so it sits on the page the article is the main entity of. */
  mainEntityOfPage: { '@type': 'WebPage'; '@id': string; lastReviewed?: string }
  publisher: { '@type': 'Organization'; name: string; url: string }
}

export const articleJsonLd = ({
  url,
  headline,
  description,
  inLanguage,
  datePublished,
  dateModified,
  lastReviewed,
  image,
  publisherName,
  publisherUrl,
}: ArticleJsonLdArgs): ArticleJsonLd => {
  const images = (Array.isArray(image) ? image : [image]).filter(
    (value): value is string => typeof value === 'string' && value.length > 0,
  )
  return {
    '@context': context,
    '@type': 'Article',
    headline,
    ...(description ? { description } : {}),
    inLanguage,
    url,
    datePublished,
    dateModified,
    ...(images.length > 0 ? { image: images } : {}),
    mainEntityOfPage: {
      '@type': 'WebPage',
      '@id': url,
      ...(lastReviewed ? { lastReviewed } : {}),
    },
    publisher: { '@type': 'Organization', name: publisherName, url: publisherUrl },
  }
}

// ---------------------------------------------------------------------------------------------
// BreadcrumbList

export type BreadcrumbItem = { name: string; url: string }

export type BreadcrumbListJsonLd = JsonLdThing<'BreadcrumbList'> & {
  itemListElement: { '@type': 'ListItem'; position: number; name: string; item: string }[]
}

/** Items run from the home page to the current page. Null when there are none. */
export const breadcrumbJsonLd = (items: BreadcrumbItem[]): BreadcrumbListJsonLd | null =>
  items.length === 0
    ? null
    : {
        '@context': context,
        '@type': 'BreadcrumbList',
        itemListElement: items.map(({ name, url }, index) => ({
          '@type': 'ListItem',
          position: index + 1,
          name,
          item: url,
        })),
      }

// ---------------------------------------------------------------------------------------------
// FAQPage

export type FaqEntry = { question: string; answerText: string }

export type FaqPageJsonLd = JsonLdThing<'FAQPage'> & {
  mainEntity: {
    '@type': 'Question'
    name: string
    acceptedAnswer: { '@type': 'Answer'; text: string }
  }[]
}

/**
 * Entries whose question or answer is blank (the answer field is optional) are skipped; null when
 * nothing is left.
 */
export const faqPageJsonLd = (entries: FaqEntry[]): FaqPageJsonLd | null => {
  const answered = entries
    .map(({ question, answerText }) => ({ question: question.trim(), answer: answerText.trim() }))
    .filter(({ question, answer }) => question.length > 0 && answer.length > 0)
  if (answered.length === 0) return null
  return {
    '@context': context,
    '@type': 'FAQPage',
    mainEntity: answered.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: answer },
    })),
  }
}

// ---------------------------------------------------------------------------------------------
// HowTo

export type HowToStepInput = { name: string; text: string; url?: string | null }

export type HowToJsonLdArgs = {
  name: string
  description?: string | null
  url: string
  inLanguage: string
  steps: HowToStepInput[]
}

export type HowToJsonLd = JsonLdThing<'HowTo'> & {
  name: string
  description?: string
  url: string
  inLanguage: string
  step: { '@type': 'HowToStep'; position: number; name: string; text: string; url?: string }[]
}

/**
 * Steps keep their order; a step without body text uses its title as the text (HowToStep needs
 * text). Blank steps are dropped and positions count the remaining ones from 1. Null when no steps.
 */
export const howToJsonLd = ({
  name,
  description,
  url,
  inLanguage,
  steps,
}: HowToJsonLdArgs): HowToJsonLd | null => {
  const usable = steps
    .map((step) => ({ name: step.name.trim(), text: step.text.trim(), url: step.url }))
    .filter((step) => step.name.length > 0 || step.text.length > 0)
  if (usable.length === 0) return null
  return {
    '@context': context,
    '@type': 'HowTo',
    name,
    ...(description ? { description } : {}),
    url,
    inLanguage,
    step: usable.map((step, index) => ({
      '@type': 'HowToStep',
      position: index + 1,
      name: step.name || step.text,
      text: step.text || step.name,
      ...(step.url ? { url: step.url } : {}),
    })),
  }
}

// ---------------------------------------------------------------------------------------------
// Serialization

const unsafeInScript: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
}

/**
 * JSON for the body of `<script type="application/ld+json">`. `<`, `>`, `&`, U+2028 and U+2029 are
 * written as \u escapes, which JSON parsers read back as the same characters, so no value (a title
 * containing `</script>` or `<!--`) can end the script element early. `undefined` gives 'null'.
 */
export const serializeJsonLd = (data: unknown): string =>
  (JSON.stringify(data) ?? 'null').replace(/[<>&\u2028\u2029]/g, (char) => unsafeInScript[char])
