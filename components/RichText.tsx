import { cloneElement, Fragment, isValidElement, type ReactElement } from 'react'

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

/** Links get the `rel` the publication's link policy gives their address (lib/linkPolicy). */
const withLinkRel =
  (
    linkRel: (href: string) => string | undefined,
    base?: JSXConvertersFunction,
  ): JSXConvertersFunction =>
  (args) => {
    const converters = base ? base(args) : args.defaultConverters
    const withRel = <Converter,>(convert: Converter): Converter => {
      if (typeof convert !== 'function') return convert
      return ((props: unknown) => {
        const link = convert(props)
        if (!isValidElement(link)) return link
        const { href } = (link as ReactElement<{ href?: unknown }>).props
        const rel = typeof href === 'string' ? linkRel(href) : undefined
        return rel ? cloneElement(link as ReactElement<{ rel?: string }>, { rel }) : link
      }) as Converter
    }
    return { ...converters, autolink: withRel(converters.autolink), link: withRel(converters.link) }
  }

/** Renders Lexical content to plain HTML on the server; nothing ships to the browser. */
export function RichText({
  className,
  data,
  isRtl = false,
  linkRel,
}: {
  className?: string
  data: unknown
  isRtl?: boolean
  linkRel?: (href: string) => string | undefined
}) {
  if (!data || typeof data !== 'object') return null
  const bidi = isRtl ? bidiConverters : undefined
  return (
    <LexicalRichText
      className={className}
      converters={linkRel ? withLinkRel(linkRel, bidi) : bidi}
      data={data as SerializedEditorState}
      disableContainer={false}
    />
  )
}
