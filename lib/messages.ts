/**
 * Typed messages between the content script, the background and extension
 * pages. Each request names its response type, so a sender cannot misread a
 * reply; the background is the only router.
 */
import { browser } from 'wxt/browser';
import type { Analysis } from './core/types';

/** What the content script learnt about its page. */
export interface PageReport {
  url: string;
  title: string;
  /** The cheap pre-check's verdict. */
  isPartyDocument: boolean;
  /** Present once the page has been analysed (on a pre-check hit or on request). */
  analysis?: Analysis;
  /** With the analysis: contentHash() of the text its offsets point into. */
  contentHash?: string;
}

/** Sent by the content script to the background (`runtime.sendMessage`). */
export type ContentToBackground = { type: 'page/report'; report: PageReport };

/** Sent by extension pages to the background. */
export type PageToBackground = { type: 'tab/get-report'; tabId: number };

/** Sent by the background to a tab's content script (`tabs.sendMessage`). */
export type BackgroundToContent = { type: 'page/analyse' } | { type: 'selection/annotate' };

/** Broadcast by the background to extension pages (side panel, library). */
export type BackgroundBroadcast = { type: 'tab/report-changed'; tabId: number };

export type ToBackground = ContentToBackground | PageToBackground;

export interface Responses {
  'page/report': void;
  'tab/get-report': PageReport | null;
  'page/analyse': PageReport;
  'selection/annotate': void;
  'tab/report-changed': void;
}

export type ResponseTo<M extends { type: keyof Responses }> = Responses[M['type']];

export function sendToBackground<M extends ToBackground>(message: M): Promise<ResponseTo<M>> {
  return browser.runtime.sendMessage(message) as Promise<ResponseTo<M>>;
}

export function sendToTab<M extends BackgroundToContent>(tabId: number, message: M): Promise<ResponseTo<M>> {
  return browser.tabs.sendMessage(tabId, message) as Promise<ResponseTo<M>>;
}

/** Extension pages may all be closed; a broadcast with no listener is not an error. */
export async function broadcast(message: BackgroundBroadcast): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // no extension page open
  }
}
