/**
 * Routing only: typed messages, context menu, keyboard commands, badge, PDFs
 * sent on to the viewer. No network access, no analysis here (the content
 * script and pages do that).
 */
import { browser, type Browser } from 'wxt/browser';
import { broadcast, sendToTab, type ToBackground, type ToContent } from '@/lib/messages';
import { t } from '@/components/i18n';
import { createAnnotation, dismissEntity, pageState, recordAnchoring } from './page-library';
import { forgetShownPdf } from '@/lib/shown-pdfs';
import { createPdfMenu, followNavigation, forgetTab, MENU_OPEN_PDF, openLinkInViewer, pdfShown } from './pdf-tabs';
import { clearTabReport, getTabReport, setTabReport } from './tab-reports';
import { bindPanelToToolbar, openPanel, showBadge } from './toolbar';

const MENU_ANALYSE_PAGE = 'soi-analyse-page';
const MENU_ANNOTATE_SELECTION = 'soi-annotate-selection';

/**
 * Per-tab work runs in the order the events arrived: a new page's "loading"
 * must finish clearing before its content script's report is stored.
 */
const tabQueues = new Map<number, Promise<void>>();
function inTabOrder(tabId: number, task: () => Promise<void>): Promise<void> {
  const next = (tabQueues.get(tabId) ?? Promise.resolve()).then(task, task);
  tabQueues.set(tabId, next);
  return next;
}

/** Every message type the background answers: a Record, so a type added to ToBackground and not here fails to compile. */
const ROUTED_TYPES: Record<ToBackground['type'], true> = {
  'page/report': true,
  'page/state': true,
  'annotation/create': true,
  'annotations/anchored': true,
  'dismissal/create': true,
  'tab/pdf-shown': true,
  'tab/get-report': true,
};
const ROUTED = new Set<string>(Object.keys(ROUTED_TYPES));

async function handle(message: ToBackground, sender: Browser.runtime.MessageSender): Promise<unknown> {
  const tabId = sender.tab?.id;
  switch (message.type) {
    case 'page/report': {
      const { report } = message;
      if (tabId !== undefined) {
        await inTabOrder(tabId, async () => {
          await setTabReport(tabId, report);
          await showBadge(tabId, report);
        });
        await broadcast({ type: 'tab/report-changed', tabId });
      }
      return pageState(report.documentId);
    }
    case 'page/state':
      return pageState(message.documentId);
    case 'annotation/create':
      return createAnnotation(message.annotation, tabId === undefined ? null : await getTabReport(tabId));
    case 'annotations/anchored':
      return recordAnchoring(message.results);
    case 'dismissal/create':
      return dismissEntity(message.draft, tabId === undefined ? null : await getTabReport(tabId));
    case 'tab/get-report':
      return getTabReport(message.tabId);
    case 'tab/pdf-shown':
      // after the tab's `loading` clean-up, never before it (which would forget what this records)
      if (tabId !== undefined) await inTabOrder(tabId, () => pdfShown(tabId, message.url, message.backForward));
      return null;
  }
}

/** Pages without a content script (browser pages, the web store) just ignore requests. */
async function askTab(tabId: number, message: ToContent): Promise<void> {
  try {
    await sendToTab(tabId, message);
  } catch {
    // no content script in this tab
  }
}

/**
 * Chromium keeps menus across restarts, Firefox does not: they are made anew
 * at install and at every browser start, the old ones removed first so ids
 * never clash.
 */
async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_ANALYSE_PAGE, title: t('menuAnalysePage'), contexts: ['page'] });
  browser.contextMenus.create({
    id: MENU_ANNOTATE_SELECTION,
    title: t('menuAnnotateSelection'),
    contexts: ['selection'],
  });
  createPdfMenu();
}

export default defineBackground(() => {
  bindPanelToToolbar();
  browser.runtime.onInstalled.addListener(() => void createMenus());
  browser.runtime.onStartup.addListener(() => void createMenus());

  browser.runtime.onMessage.addListener((message: ToBackground, sender, sendResponse) => {
    // Other pages' messages (e.g. broadcasts between extension pages) are not ours to answer.
    if (!ROUTED.has(message?.type)) return;
    handle(message, sender).then(sendResponse, (error: unknown) => {
      console.error('Soi background:', error);
      sendResponse(null);
    });
    return true; // the reply is asynchronous
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_OPEN_PDF) {
      if (info.linkUrl) void openLinkInViewer(info.linkUrl, tab);
      return;
    }
    const tabId = tab?.id;
    if (tabId === undefined) return;
    openPanel(tabId);
    if (info.menuItemId === MENU_ANALYSE_PAGE) void askTab(tabId, { type: 'page/analyse' });
    if (info.menuItemId === MENU_ANNOTATE_SELECTION) void askTab(tabId, { type: 'selection/annotate' });
  });

  browser.commands.onCommand.addListener((command, tab) => {
    const tabId = tab?.id;
    if (tabId === undefined) return;
    openPanel(tabId);
    if (command === 'analyse-page') void askTab(tabId, { type: 'page/analyse' });
    if (command === 'annotate-selection') void askTab(tabId, { type: 'selection/annotate' });
  });

  // A new page in the tab: forget the old report until its content script
  // speaks (pages without one, such as browser pages, never will).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) void followNavigation(tabId, change.url);
    if (change.status !== 'loading') return;
    void inTabOrder(tabId, async () => {
      await Promise.all([clearTabReport(tabId), forgetShownPdf(tabId)]);
      await showBadge(tabId, null);
    }).then(() => broadcast({ type: 'tab/report-changed', tabId }));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void inTabOrder(tabId, () => clearTabReport(tabId)).then(() => tabQueues.delete(tabId));
    void forgetTab(tabId);
  });
});
