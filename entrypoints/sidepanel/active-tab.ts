import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * The tab the panel describes: the active tab of its window, followed as the
 * reader switches tabs. `?tab=<id>` pins one (the panel opened as a page, as
 * the e2e tests and Firefox's sidebar debugging do).
 */
export function useActiveTabId(): number | undefined {
  const pinned = Number(new URLSearchParams(location.search).get('tab')) || undefined;
  const [tabId, setTabId] = useState<number | undefined>(pinned);
  useEffect(() => {
    if (pinned) return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id));
    const follow = ({ tabId: activated }: { tabId: number }) => setTabId(activated);
    browser.tabs.onActivated.addListener(follow);
    return () => browser.tabs.onActivated.removeListener(follow);
  }, [pinned]);
  return tabId;
}
