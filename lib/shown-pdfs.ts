/**
 * Tabs showing a PDF at an address that does not say so (`/tai-ve?id=35`,
 * `DownloadFile.aspx?f=...`), as many government sites serve them: the
 * content script saw the document's media type in the browser's own viewer.
 * Kept in session storage, written by the background and read by the side
 * panel, for as long as the tab shows that address.
 */
import { browser } from 'wxt/browser';

const keyOf = (tabId: number) => `tab-pdf:${tabId}`;

export async function rememberShownPdf(tabId: number, url: string): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: url });
}

export async function forgetShownPdf(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}

/** The PDF address the tab was seen showing, if any. */
export async function shownPdf(tabId: number): Promise<string | undefined> {
  const key = keyOf(tabId);
  const value = (await browser.storage.session.get(key))[key];
  return typeof value === 'string' ? value : undefined;
}

/** Calls `listener` whenever what is known of the tab's PDF changes; returns the unsubscribe. */
export function onShownPdfChange(tabId: number, listener: () => void): () => void {
  const key = keyOf(tabId);
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && key in changes) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
