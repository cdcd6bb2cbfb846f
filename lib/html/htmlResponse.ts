import { renderDocument } from '@roampress/reader-html'
import type { ReactElement } from 'react'

/** A complete HTML document, rendered once, with no client JavaScript. */
export const htmlResponse = (
  document: ReactElement,
  { headers, status = 200 }: { headers?: Record<string, string>; status?: number } = {},
): Response =>
  new Response(renderDocument(document), {
    headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers },
    status,
  })
