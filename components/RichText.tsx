import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

/** Renders Lexical content to plain HTML on the server; nothing ships to the browser. */
export function RichText({ data, className }: { className?: string; data: unknown }) {
  if (!data || typeof data !== 'object') return null
  return (
    <LexicalRichText
      className={className}
      data={data as SerializedEditorState}
      disableContainer={false}
    />
  )
}
