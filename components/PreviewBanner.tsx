import type { Messages } from '../i18n/messages'

/**
 * In the admin's Live Preview the page sits in a frame: it tells the admin it is ready, and
 * reloads (keeping its scroll position) whenever the admin reports a save or autosave. Only the
 * embedding admin window can trigger it; readers never get this script (draft mode only).
 */
const livePreviewScript = `(() => {
  if (window.parent === window) return;
  const key = 'roampress-preview-scroll';
  const saved = sessionStorage.getItem(key);
  if (saved) { sessionStorage.removeItem(key); addEventListener('load', () => scrollTo(0, Number(saved))); }
  // Said again every few seconds: the admin forgets it whenever it reloads the frame's address.
  const ready = () => window.parent.postMessage({ type: 'payload-live-preview', ready: true }, '*');
  ready();
  setInterval(ready, 3000);
  addEventListener('message', (event) => {
    if (event.source !== window.parent || event.data?.type !== 'payload-document-event') return;
    sessionStorage.setItem(key, String(scrollY));
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
