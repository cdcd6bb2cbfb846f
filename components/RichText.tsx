import { Fragment } from 'react'

import type {
  SerializedEditorState,
  SerializedTextNode,
} from '@payloadcms/richtext-lexical/lexical'
import {
  RichText as LexicalRichText,
  type JSXConvertersFunction,
} from '@payloadcms/richtext-lexical/react'

import { splitForBidi } from '@/lib/translation/protectedTokens'

/** On right-to-left pages, codes and numbers inside text are isolated left-to-right. */
const bidiConverters: JSXConvertersFunction = ({ defaultConverters }) => {
  const renderText = defaultConverters.text
  if (typeof renderText !== 'function') return defaultConverters
  return {
    ...defaultConverters,
    text: (args) => {
      const node = args.node as SerializedTextNode
      const parts = splitForBidi(node.text)
      if (!parts.some((part) => part.isToken)) return renderText(args)
      return (
        <>
          {parts.map((part, index) => {
            const rendered = renderText({
              ...args,
              node: { ...node, text: part.text } as typeof args.node,
            })
            return part.isToken ? (
              <bdi key={index} dir="ltr">
                {rendered}
              </bdi>
            ) : (
              <Fragment key={index}>{rendered}</Fragment>
            )
          })}
        </>
      )
    },
  }
}

/** Renders Lexical content to plain HTML on the server; nothing ships to the browser. */
export function RichText({
  className,
  data,
  isRtl = false,
}: {
  className?: string
  data: unknown
  isRtl?: boolean
}) {
  if (!data || typeof data !== 'object') return null
  return (
    <LexicalRichText
      className={className}
      converters={isRtl ? bidiConverters : undefined}
      data={data as SerializedEditorState}
      disableContainer={false}
    />
  )
}
