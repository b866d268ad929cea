/**
 * Runs on every http(s) page. The cheap pre-check decides whether the page is
 * worth a full analysis; ordinary pages cost one regex test and are left
 * untouched. The database is never opened here (it would be the page's).
 */
import { PageController } from './page-controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    void new PageController(document).start();
  },
});
