/**
 * Runs on every http(s) page. The cheap pre-check decides whether the page is
 * worth a full analysis; ordinary pages cost one regex test and are left
 * untouched. The database is never opened here (it would be the page's).
 */
import { browser } from 'wxt/browser';
import { analyzeText } from '@/lib/core/analyze';
import { precheckPartyDocument } from '@/lib/core/detect';
import { contentHash } from '@/lib/store/content-hash';
import { sendToBackground, type BackgroundToContent, type PageReport } from '@/lib/messages';

function reportPage(analyse: boolean): PageReport {
  const text = document.body?.innerText ?? '';
  const isPartyDocument = precheckPartyDocument(text);
  const report: PageReport = { url: location.href, title: document.title, isPartyDocument };
  if (analyse || isPartyDocument) {
    report.analysis = analyzeText(text);
    report.contentHash = contentHash(text);
  }
  return report;
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    // Every page reports, so the badge and the side panel drop what the tab showed before.
    void sendToBackground({ type: 'page/report', report: reportPage(false) });

    browser.runtime.onMessage.addListener((message: BackgroundToContent, _sender, sendResponse) => {
      if (message.type !== 'page/analyse') return;
      const analysed = reportPage(true);
      void sendToBackground({ type: 'page/report', report: analysed });
      sendResponse(analysed);
    });
  },
});
