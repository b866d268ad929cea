import { browser } from 'wxt/browser';
import type { PageReport } from '@/lib/messages';

/**
 * What each tab's content script reported, kept in session storage because a
 * MV3 service worker may be stopped between two messages.
 */
const keyOf = (tabId: number) => `tab-report:${tabId}`;

export async function getTabReport(tabId: number): Promise<PageReport | null> {
  const key = keyOf(tabId);
  const stored = await browser.storage.session.get(key);
  return (stored[key] as PageReport | undefined) ?? null;
}

export async function setTabReport(tabId: number, report: PageReport): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: report });
}

export async function clearTabReport(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
