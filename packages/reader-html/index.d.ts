import type { ReactElement } from 'react'

/** A complete HTML document with its doctype, rendered once, with no client JavaScript. */
export declare const renderDocument: (element: ReactElement) => string
