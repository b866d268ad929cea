/**
 * Getting PDFs into Soi's viewer: the link menu item, and, when the reader
 * chose to open PDFs in Soi, tabs navigating to a PDF address. The host
 * permission makes http(s) tab addresses visible to tabs.onUpdated, so this
 * needs no "tabs" permission and no request interception (docs/decisions/0004).
 */
import { browser, type Browser } from 'wxt/browser';
import { isPdfUrl, PDF_LINK_PATTERNS, viewerUrl } from '@/components/viewer/file-param';
import { t } from '@/components/i18n';
import { forgetShownPdf, rememberShownPdf } from '@/lib/shown-pdfs';
import { openStore } from '@/lib/store';

export const MENU_OPEN_PDF = 'soi-open-pdf';

export function createPdfMenu(): void {
  browser.contextMenus.create({ id: MENU_OPEN_PDF, title: t('openPdfInSoi'), contexts: ['link'], targetUrlPatterns: PDF_LINK_PATTERNS });
}

/** The link's PDF in the viewer, in a new tab next to the page the link was on. */
export async function openLinkInViewer(linkUrl: string, from: Browser.tabs.Tab | undefined): Promise<void> {
  const beside = from?.id === undefined ? {} : { openerTabId: from.id, windowId: from.windowId, index: from.index + 1 };
  await browser.tabs.create({ url: viewerUrl(linkUrl), ...beside });
}

/** Session storage: a MV3 service worker may stop between two navigations of a tab. */
const lastUrlKey = (tabId: number) => `tab-url:${tabId}`;

/**
 * A tab moved to `url`: a PDF address goes on to the viewer when the reader
 * asked for that. Going back from the viewer to the PDF it shows is left
 * alone, or Back would bounce the reader straight into the viewer again.
 */
export async function followNavigation(tabId: number, url: string): Promise<void> {
  const key = lastUrlKey(tabId);
  const previous = (await browser.storage.session.get(key))[key];
  await browser.storage.session.set({ [key]: url });
  if (!isPdfUrl(url) || previous === viewerUrl(url)) return;
  await openInViewerIfAsked(tabId, url);
}

/**
 * The content script found a PDF at an address that does not end in `.pdf`:
 * the side panel may offer it, and it goes on to the viewer as a `.pdf`
 * address would. Reached by Back or Forward, it stays: Back from the viewer
 * must not bounce the reader into the viewer again.
 */
export async function pdfShown(tabId: number, url: string, backForward: boolean): Promise<void> {
  await rememberShownPdf(tabId, url);
  if (!backForward) await openInViewerIfAsked(tabId, url);
}

async function openInViewerIfAsked(tabId: number, url: string): Promise<void> {
  if (!(await openStore().settings.get('openPdfsInSoi'))) return;
  await browser.tabs.update(tabId, { url: viewerUrl(url) });
}

export async function forgetTab(tabId: number): Promise<void> {
  await Promise.all([browser.storage.session.remove(lastUrlKey(tabId)), forgetShownPdf(tabId)]);
}
