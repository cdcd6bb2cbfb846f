/**
 * The SEO plugin's search-result preview is a picture of a result: its links lead nowhere (no
 * pointer events, href "/") yet Tab stops on them, and without a meta title its title is an empty
 * heading around an empty link. The links leave the tab order and an empty title stays hidden
 * until there is one.
 */
export const quietSeoPreview = () => {
  for (const preview of document.querySelectorAll('#field-meta [style*="pointer-events: none"]')) {
    for (const link of preview.querySelectorAll('a[href]:not([tabindex])')) {
      link.setAttribute('tabindex', '-1')
    }
    for (const title of preview.querySelectorAll<HTMLElement>('h4')) {
      const isEmpty = !title.textContent?.trim()
      if (title.hidden !== isEmpty) title.hidden = isEmpty
    }
  }
}
