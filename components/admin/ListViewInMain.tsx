'use client'

import type { ListViewClientProps } from 'payload'

import { DefaultListView, useListDrawerContext } from '@payloadcms/ui'

/**
 * Payload's own list view inside a <main>. Payload 3.90 renders lists without a main landmark, and
 * marking its wrapper role="main" afterwards leaves the list's <header> read as a second page
 * banner; inside a real <main> it is the list's own header. A list opened in a drawer (choosing a
 * related document) is not the page's main content and stays as it is.
 */
export function ListViewInMain(props: ListViewClientProps) {
  const { isInDrawer } = useListDrawerContext()
  if (isInDrawer) return <DefaultListView {...props} />
  return (
    <main>
      <DefaultListView {...props} />
    </main>
  )
}
