import type { Messages } from '@/i18n/messages'

/**
 * In the admin's Live Preview the page sits in a frame that the admin loads again after every
 * save (the frame's address names the guide's revision). The page tells the admin it is ready,
 * reloads when the admin reports a save of a related document, and keeps its scroll position
 * across loads. Only the embedding admin window can trigger it; readers never get this script
 * (draft mode only).
 */
const livePreviewScript = `(() => {
  if (window.parent === window) return;
  const key = 'roampress-preview-scroll';
  const saved = Number(sessionStorage.getItem(key));
  if (saved > 0) addEventListener('load', () => scrollTo(0, saved));
  addEventListener('scroll', () => sessionStorage.setItem(key, String(scrollY)), { passive: true });
  // Said again every few seconds: the admin forgets it whenever it loads the frame again.
  const ready = () => window.parent.postMessage({ type: 'payload-live-preview', ready: true }, '*');
  ready();
  setInterval(ready, 3000);
  addEventListener('message', (event) => {
    if (event.source !== window.parent || event.data?.type !== 'payload-document-event') return;
    location.reload();
  });
})()`

/** Shown only in draft mode, so an editor never mistakes a draft for the live page. */
export function PreviewBanner({ messages, path }: { messages: Messages; path: string }) {
  return (
    <p className="preview-banner" role="status">
      {messages.site.previewBanner}{' '}
      <a href={`/next/exit-preview?path=${encodeURIComponent(path)}`}>
        {messages.site.exitPreview}
      </a>
      <script dangerouslySetInnerHTML={{ __html: livePreviewScript }} />
    </p>
  )
}
