// Plain JavaScript that Node loads as it is: Next leaves this package out of its bundles
// (serverExternalPackages in next.config.mjs), so `react-dom/server` here is React's ordinary
// Node build, resolved from the project's node_modules.
import { renderToStaticMarkup } from 'react-dom/server'

/** A complete HTML document with its doctype, rendered once, with no client JavaScript. */
export const renderDocument = (element) => `<!DOCTYPE html>${renderToStaticMarkup(element)}`
