/**
 * Runs on every http(s) page. The cheap pre-check decides whether the page is
 * worth a full analysis; ordinary pages cost one regex test and are left
 * untouched. The database is never opened here (it would be the page's).
 * Chromium runs it in its own PDF viewer's tab too: there it only tells the
 * background about a PDF whose address does not end in `.pdf` (those that do,
 * the background sees by their address).
 */
import { isPdfUrl } from '@/components/viewer/file-param';
import { sendToBackground } from '@/lib/messages';
import { PageController } from './page-controller';
// The highlight colours, added by the browser as the page loads: painting then costs the page no restyle.
import './highlights.css';

function reachedByBackOrForward(): boolean {
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return navigation?.type === 'back_forward';
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    if (document.contentType === 'application/pdf') {
      if (!isPdfUrl(location.href)) void sendToBackground({ type: 'tab/pdf-shown', url: location.href, backForward: reachedByBackOrForward() }).catch(() => undefined);
      return;
    }
    void new PageController(document).start();
  },
});
