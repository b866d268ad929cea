/**
 * Single-page sites load their text after the page is "idle", and change it
 * (or the address) without a new page load. One MutationObserver tells the
 * content script when the page has been still for a moment after a change;
 * the callback itself only re-arms a timer, so a busy page costs almost
 * nothing until it settles.
 */
const SETTLE_MS = 600;

export interface PageWatcher {
  /** Runs `change` without reporting the mutations it makes (the wrapping renderer's marks). */
  ignoring<T>(change: () => T): T;
  stop(): void;
}

/** `isOwn` tells Soi's own nodes (its overlay host), whose comings and goings are no change of the page. */
export function watchPage(root: Node, onSettled: () => void, isOwn: (node: Node) => boolean): PageWatcher {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ownRecord = (record: MutationRecord): boolean =>
    isOwn(record.target) || (record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].every(isOwn));
  const observer = new MutationObserver((records) => {
    if (records.every(ownRecord)) return;
    clearTimeout(timer);
    timer = setTimeout(onSettled, SETTLE_MS);
  });
  const options: MutationObserverInit = { childList: true, characterData: true, subtree: true };
  observer.observe(root, options);
  return {
    ignoring(change) {
      try {
        return change();
      } finally {
        observer.takeRecords();
      }
    },
    stop() {
      clearTimeout(timer);
      observer.disconnect();
    },
  };
}
