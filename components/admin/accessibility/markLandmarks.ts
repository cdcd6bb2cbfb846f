import type { AdminMessages } from '@/i18n/adminMessages'

/**
 * A document's title and its view tabs (Edit, Versions, API) sit above Payload's main landmark,
 * outside every landmark: they become a region named by the title, the tabs a navigation.
 */
const markDocumentHeader = (t: AdminMessages) => {
  const header = document.querySelector('.doc-header')
  const title = header?.querySelector('.doc-header__title')
  if (header && title && !header.hasAttribute('role')) {
    title.id ||= 'document-title'
    header.setAttribute('role', 'region')
    header.setAttribute('aria-labelledby', title.id)
  }
  const tabs = header?.querySelector('.doc-tabs')
  if (tabs && !tabs.hasAttribute('role')) {
    tabs.setAttribute('role', 'navigation')
    tabs.setAttribute('aria-label', t.documentViews)
  }
  // The tabs' <ul> holds links and a <div>, not list items: read as the links they are.
  tabs?.querySelector('ul.doc-tabs__tabs:not([role])')?.setAttribute('role', 'none')
  // The current view is a <div>; say which one it is.
  tabs?.querySelector('.doc-tab--active:not([aria-current])')?.setAttribute('aria-current', 'page')
}

/**
 * One main landmark per page, around the view's content and not the app header, unless the view
 * brought its own (the document editor, list views through ListViewInMain, Roampress's views).
 */
const markMain = () => {
  if (document.querySelector('main, [role="main"]')) return
  const content = ['.collection-edit', '.collection-list', '.dashboard']
    .map((selector) => document.querySelector(selector))
    .find(Boolean)
  content?.setAttribute('role', 'main')
}

export const markLandmarks = (t: AdminMessages) => {
  markMain()
  markDocumentHeader(t)
}
