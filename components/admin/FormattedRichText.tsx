import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

/**
 * Media and linked documents are stored as IDs in the translation's draft; the view names them
 * rather than fetching each one, as translators have nothing to translate in them.
 */
const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  relationship: () => <span className="translate__embedded">[↗]</span>,
  upload: () => <span className="translate__embedded">[▣]</span>,
})

const isEditorState = (value: unknown): value is SerializedEditorState =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { root?: { children?: unknown } }).root === 'object' &&
  Array.isArray((value as { root: { children?: unknown } }).root.children)

/** Rich text as readers would see its formatting: bold, links, lists, headings, tables. */
export function FormattedRichText({
  className,
  dir,
  lang,
  value,
}: {
  className: string
  dir?: 'ltr' | 'rtl'
  lang: string
  value: unknown
}) {
  return (
    <div className={className} dir={dir} lang={lang}>
      {isEditorState(value) && <RichText converters={converters} data={value} disableContainer />}
    </div>
  )
}
