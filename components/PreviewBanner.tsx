import type { Messages } from '../i18n/messages'

/** Shown only in draft mode, so an editor never mistakes a draft for the live page. */
export function PreviewBanner({ messages, path }: { messages: Messages; path: string }) {
  return (
    <p className="preview-banner" role="status">
      {messages.site.previewBanner}{' '}
      <a href={`/next/exit-preview?path=${encodeURIComponent(path)}`}>{messages.site.exitPreview}</a>
    </p>
  )
}
