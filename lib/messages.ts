/**
 * Typed messages between the content script, the background and extension
 * pages. Each request names its response type, so a sender cannot misread a
 * reply. The content script reaches the database only through the
 * background; extension pages open the database themselves and talk to a
 * tab's content script directly for what only the page knows (where a span
 * is on screen, what the reader selected).
 */
import { browser } from 'wxt/browser';
import type { Analysis, EntityKind } from './core/types';
import type { NewAnnotation } from './store/annotations';
import type { AnalysedDocument } from './store/document-record';
import type { AnnotationRecord, AnnotationStatus, AnnotationTarget, DismissedEntityRecord, DocumentRecord, DocumentSource } from './store/types';

/** What the content script learnt about its page. */
export interface PageReport {
  url: string;
  title: string;
  /** The document this page is in the library: its address without the fragment. */
  documentId: DocumentSource;
  mediaType: DocumentRecord['mediaType'];
  /** The cheap pre-check's verdict. */
  isPartyDocument: boolean;
  /** Present once the page has been analysed (on a pre-check hit, on request, or because the reader annotated it). */
  analysis?: Analysis;
  /** With the analysis: contentHash() of the text its offsets point into (the page's main content). */
  contentHash?: string;
  /** Entities of the analysis the reader dismissed (hidden) or accepted, as laid over the page now. */
  dismissedEntityIds?: string[];
  acceptedEntityIds?: string[];
  /** A PDF whose pages are pictures without a text layer: its empty analysis says nothing of the document. */
  isScanned?: boolean;
}

/** The report as the library keeps it, once the page has been analysed. */
export function analysedDocumentOf(report: PageReport | null): AnalysedDocument | null {
  if (!report?.analysis || !report.contentHash) return null;
  const { documentId: source, url, title, mediaType, analysis, contentHash } = report;
  return { source, url, title, mediaType, analysis, contentHash };
}

/** What the library holds for a page, for the content script to paint. */
export interface PageState {
  annotations: AnnotationRecord[];
  dismissed: DismissedEntityRecord[];
  highlightKinds: Record<EntityKind, boolean>;
}

export interface DismissalDraft {
  documentId: DocumentSource;
  kind: EntityKind;
  target: AnnotationTarget;
}

/** Sent by the content script to the background (`runtime.sendMessage`). */
export type ContentToBackground =
  | { type: 'page/report'; report: PageReport }
  | { type: 'page/state'; documentId: DocumentSource }
  | { type: 'annotation/create'; annotation: NewAnnotation }
  | { type: 'annotations/anchored'; results: { id: string; status: AnnotationStatus }[] }
  | { type: 'dismissal/create'; draft: DismissalDraft }
  /** The tab shows a PDF in the browser's viewer at an address without `.pdf`; `backForward`: reached by Back or Forward. */
  | { type: 'tab/pdf-shown'; url: string; backForward: boolean };

/** Sent by extension pages to the background. */
export type PageToBackground = { type: 'tab/get-report'; tabId: number };

/**
 * Sent to a tab (`tabs.sendMessage`) by the background or an extension page:
 * to a web page's content script, or to Soi's PDF viewer open in the tab,
 * which both browsers deliver it to as well (components/viewer/pdf-controller.ts).
 */
export type ToContent =
  | { type: 'page/analyse' }
  | { type: 'selection/annotate' }
  /** Offsets into the analysed text (Analysis coordinates). */
  | { type: 'page/reveal'; start: number; end: number }
  | { type: 'annotation/reveal'; id: string }
  | { type: 'entity/accept'; entityId: string }
  /** Several at once: the side panel lists repeated mentions of one entity as one row. */
  | { type: 'entity/dismiss'; entityIds: string[] }
  | { type: 'highlights/set-kinds'; kinds: Record<EntityKind, boolean> }
  /** The library changed under the page (an annotation edited or deleted in the side panel). */
  | { type: 'page/refresh' };

/** Broadcast by the background to extension pages (side panel, library). */
export type BackgroundBroadcast = { type: 'tab/report-changed'; tabId: number };

export type ToBackground = ContentToBackground | PageToBackground;

/**
 * The background's answer when the browser refused to store an annotation:
 * the error's name (`QuotaExceededError` when the disk is full), so the page
 * can tell the reader why in words.
 */
export interface WriteRefused {
  refused: string;
}

export function isRefused(reply: unknown): reply is WriteRefused {
  return typeof reply === 'object' && reply !== null && typeof (reply as WriteRefused).refused === 'string';
}

export interface Responses {
  'page/report': PageState;
  'page/state': PageState;
  'annotation/create': AnnotationRecord | WriteRefused;
  'annotations/anchored': void;
  'dismissal/create': void;
  'tab/pdf-shown': null;
  'tab/get-report': PageReport | null;
  'page/analyse': PageReport;
  'selection/annotate': void;
  'page/reveal': boolean;
  'annotation/reveal': boolean;
  'entity/accept': AnnotationRecord | null;
  'entity/dismiss': void;
  'highlights/set-kinds': void;
  'page/refresh': void;
  'tab/report-changed': void;
}

export type ResponseTo<M extends { type: keyof Responses }> = Responses[M['type']];

export function sendToBackground<M extends ToBackground>(message: M): Promise<ResponseTo<M>> {
  return browser.runtime.sendMessage(message) as Promise<ResponseTo<M>>;
}

export function sendToTab<M extends ToContent>(tabId: number, message: M): Promise<ResponseTo<M>> {
  return browser.tabs.sendMessage(tabId, message) as Promise<ResponseTo<M>>;
}

/**
 * Answers the requests a tab receives (the content script's, or the PDF
 * viewer's): `handle` gives the reply, or undefined for a message that is not
 * its own, which is then left for others to answer. Returns the unsubscriber.
 */
export function answerTabRequests(handle: (message: ToContent) => Promise<unknown> | undefined): () => void {
  const listener = (message: ToContent, _sender: unknown, sendResponse: (response: unknown) => void) => {
    const reply = handle(message);
    if (reply === undefined) return;
    reply.then(sendResponse, (error: unknown) => {
      console.error('Soi:', error);
      sendResponse(null);
    });
    return true; // the reply is asynchronous
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Extension pages may all be closed; a broadcast with no listener is not an error. */
export async function broadcast(message: BackgroundBroadcast): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // no extension page open
  }
}
