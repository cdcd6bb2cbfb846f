import { serializeJsonLd } from '@/lib/seo/jsonLd'

/** Structured data for search engines; null entries (no FAQ, no steps) are skipped. */
export function JsonLd({ data }: { data: unknown[] }) {
  return (
    <>
      {data
        .filter((entry) => entry !== null && entry !== undefined)
        .map((entry, index) => (
          <script
            key={index}
            type="application/ld+json"
            dangerouslySetInnerHTML={{ __html: serializeJsonLd(entry) }}
          />
        ))}
    </>
  )
}
