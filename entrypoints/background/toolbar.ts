import { browser } from 'wxt/browser';
import type { PageReport } from '@/lib/messages';

/** Firefox MV2 names it browserAction; the API is the same. */
export const toolbarAction = browser.action ?? browser.browserAction;

/** The badge says "Party document here, with N entities"; empty elsewhere. */
export function badgeTextFor(report: PageReport | null): string {
  if (!report) return '';
  const count = (report.analysis?.entities.length ?? 0) - (report.dismissedEntityIds?.length ?? 0);
  if (count > 0) return count > 999 ? '999+' : String(count);
  return report.isPartyDocument ? '✓' : '';
}

export async function showBadge(tabId: number, report: PageReport | null): Promise<void> {
  await toolbarAction.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
  await toolbarAction.setBadgeText({ tabId, text: badgeTextFor(report) });
}

interface FirefoxSidebarAction {
  open(): Promise<void>;
  toggle(): Promise<void>;
}

const sidebarAction = (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;

/**
 * Chromium opens the side panel itself on a toolbar click; Firefox's sidebar
 * has to be toggled from the click handler (a user gesture).
 */
export function bindPanelToToolbar(): void {
  if (sidebarAction) {
    toolbarAction.onClicked.addListener(() => void sidebarAction.toggle());
  } else {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  }
}

/** Must run synchronously inside a user gesture (command, menu click). */
export function openPanel(tabId: number): void {
  if (sidebarAction) void sidebarAction.open();
  else void browser.sidePanel.open({ tabId });
}
