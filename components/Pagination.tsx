import type { Messages } from '@/i18n/messages'
import type { PageLinks } from '@/lib/data/pagination'

/** Links to the neighbouring pages of a listing; nothing when it has one page. */
export function Pagination({ links, messages }: { links: PageLinks; messages: Messages }) {
  if (!links.prev && !links.next) return null
  return (
    <nav aria-label={messages.site.pagination} className="pagination">
      {links.prev && (
        <a href={links.prev} rel="prev">
          {messages.site.previousPage}
        </a>
      )}
      {links.next && (
        <a href={links.next} rel="next">
          {messages.site.nextPage}
        </a>
      )}
    </nav>
  )
}
