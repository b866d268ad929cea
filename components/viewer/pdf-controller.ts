/**
 * The viewer tab's life with the library and the side panel, as the content
 * script's PageController is a web page's: once the whole PDF is read, it lays
 * the library's annotations over it, saves what the reader marks, and answers
 * the side panel's requests. tabs.sendMessage reaches an extension page open
 * in a tab as it reaches a content script (Chromium 156 and Firefox 153 alike,
 * checked by tests/e2e/pdf.e2e.ts), so the side panel sends the viewer the very
 * ToContent messages it sends a web page. Storage goes through the background
 * with the content script's messages, so both kinds of tab keep the library
 * one way (the background also files the document with its first annotation).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '@/components/i18n';
import { saveAnnotation } from '@/components/save-annotation';
import type { Analysis } from '@/lib/core/types';
import { FLASH_MS } from '@/lib/highlight/renderer';
import { answerTabRequests, isRefused, sendToBackground, type ToContent } from '@/lib/messages';
import type { HoverTarget } from '@/lib/annotations/reading-session';
import { textIndexAt, textRangeOf } from '@/lib/pdf/char-map';
import type { PdfText } from '@/lib/pdf/types';
import type { AnnotationBody, AnnotationRecord } from '@/lib/store/types';
import { PdfSession } from './pdf-session';
import { viewerReport } from './report';
import { glyphAtPoint, glyphRangeOf } from './text-layer-selection';
import type { Anchor } from '@/components/placement';
import type { PdfSource, PdfState } from './usePdfDocument';


/** A passage the reader is annotating: text[start, end) of the whole document, and the selection's box. */
export interface AnnotationDraft {
  start: number;
  end: number;
  quote: string;
  at: Anchor;
  /** What the reader had written, when a save failed and the form opens again with it. */
  body?: AnnotationBody;
  /** Why that save failed. */
  error?: string;
}

/** What the viewer shows of the controller; a new object on every change. */
export interface ControllerView {
  /** Bumped whenever what to paint changed (annotations, dismissals, kinds). */
  revision: number;
  /** A span to bring into view and flash; `key` tells two requests for the same span apart. */
  flash: { start: number; end: number; key: number } | null;
  draft: AnnotationDraft | null;
  notice: { message: string; error: boolean } | null;
}

const NOTICE_MS = 2500;
/** A flash whose page never gets drawn (a rendering error) still ends. */
const UNSEEN_FLASH_MS = 10_000;
const ERROR_NOTICE_MS = 6000;

export class PdfController {
  private current: PdfSession | null = null;
  private view: ControllerView = { revision: 0, flash: null, draft: null, notice: null };
  private readonly subscribers = new Set<() => void>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  private flashes = 0;
  private stopListening: (() => void) | null = null;

  constructor(private readonly source: PdfSource) {}

  get session(): PdfSession | null {
    return this.current;
  }

  get snapshot(): ControllerView {
    return this.view;
  }

  subscribe(onChange: () => void): () => void {
    this.subscribers.add(onChange);
    return () => void this.subscribers.delete(onChange);
  }

  /** The whole document is read: from now on it is in the library's hands. */
  async open(pdf: PdfText, analysis: Analysis): Promise<void> {
    this.close();
    this.current = new PdfSession(pdf, analysis);
    this.listen();
    await this.refresh();
  }

  close(): void {
    this.stopListening?.();
    this.stopListening = null;
    this.current = null;
    clearTimeout(this.flashTimer);
    clearTimeout(this.noticeTimer);
  }

  /** Re-reads the library for this PDF, repaints, and tells the background what the tab holds now. */
  private async refresh(): Promise<void> {
    const session = this.current;
    if (!session) return;
    const state = await sendToBackground({ type: 'page/state', documentId: session.documentId });
    if (!state || session !== this.current) return;
    const changes = session.applyState(state);
    if (changes.length > 0) await sendToBackground({ type: 'annotations/anchored', results: changes });
    this.update({ revision: this.view.revision + 1 });
    await sendToBackground({ type: 'page/report', report: viewerReport(session, this.source) });
  }

  private listen(): void {
    this.stopListening = answerTabRequests((message) => this.handle(message));
  }

  /**
   * The side panel's and the background's requests. An extension page also
   * hears every runtime message (broadcasts, content scripts asking the
   * background): those are left unanswered, or the viewer would answer for
   * the background.
   */
  private handle(message: ToContent): Promise<unknown> | undefined {
    const session = this.current;
    if (!session) return undefined;
    switch (message?.type) {
      case 'page/analyse':
        return Promise.resolve(viewerReport(session, this.source));
      case 'selection/annotate':
        this.draftFromSelection();
        return Promise.resolve();
      case 'page/reveal':
        return Promise.resolve(this.reveal(message.start, message.end));
      case 'annotation/reveal': {
        const span = session.annotationSpan(message.id);
        return Promise.resolve(span ? this.reveal(span.start, span.end) : false);
      }
      case 'entity/accept':
        return this.accept(session, message.entityId);
      case 'entity/dismiss':
        return this.dismiss(session, message.entityIds);
      case 'highlights/set-kinds':
        session.setKindsVisible(message.kinds);
        this.update({ revision: this.view.revision + 1 });
        return Promise.resolve();
      case 'page/refresh':
        return this.refresh();
      default:
        return undefined;
    }
  }

  private reveal(start: number, end: number): boolean {
    if (end <= start) return false;
    const key = ++this.flashes;
    this.update({ flash: { start, end, key } });
    // Until the view says the span is on screen (a page far away is drawn first); then FLASH_MS.
    this.endFlash(key, UNSEEN_FLASH_MS);
    return true;
  }

  /** The view brought flash `key` into view: it lasts FLASH_MS from now, as on a web page. */
  flashShown(key: number): void {
    this.endFlash(key, FLASH_MS);
  }

  private endFlash(key: number, afterMs: number): void {
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => {
      if (this.view.flash?.key === key) this.update({ flash: null });
    }, afterMs);
  }

  private async accept(session: PdfSession, entityId: string): Promise<AnnotationRecord | null> {
    const annotation = session.acceptance(entityId);
    if (!annotation) return null;
    const record = await sendToBackground({ type: 'annotation/create', annotation });
    await this.refresh();
    return isRefused(record) ? null : record;
  }

  private async dismiss(session: PdfSession, entityIds: readonly string[]): Promise<void> {
    for (const id of entityIds) {
      const dismissal = session.dismissal(id);
      if (dismissal) await sendToBackground({ type: 'dismissal/create', draft: { documentId: session.documentId, ...dismissal } });
    }
    await this.refresh();
  }

  /** What is under the pointer on a text layer, for its tooltip: an entity, a passage of the reader's, or null. */
  hoverAt(clientX: number, clientY: number): HoverTarget | null {
    const session = this.current;
    if (!session) return null;
    const glyph = glyphAtPoint(document, clientX, clientY);
    const offset = glyph ? textIndexAt(session.pdf, glyph) : null;
    return offset === null ? null : session.hoverTargetAt(offset);
  }

  /** The floating button, the context menu and the keyboard shortcut all end here. */
  draftFromSelection(): void {
    const session = this.current;
    const selection = document.getSelection();
    const range = selection && !selection.isCollapsed && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const glyphs = range && glyphRangeOf(range);
    const span = session && glyphs && textRangeOf(session.pdf, glyphs.start, glyphs.end);
    if (!range || !session || !span) {
      this.notify(t('pageNoSelection'), true);
      return;
    }
    const box = range.getBoundingClientRect();
    this.update({ draft: { ...span, quote: session.pdf.text.slice(span.start, span.end), at: { x: box.left, top: box.top, bottom: box.bottom } } });
  }

  cancelDraft(): void {
    this.update({ draft: null });
  }

  async saveDraft(body: AnnotationBody): Promise<void> {
    const { draft } = this.view;
    const session = this.current;
    this.update({ draft: null });
    if (!draft || !session) return;
    const annotation = session.newAnnotation(session.targetOf(draft.start, draft.end), body);
    const error = await saveAnnotation(annotation);
    if (error === undefined) {
      await this.refresh();
      document.getSelection()?.removeAllRanges();
      this.notify(t('pageAnnotationSaved'));
      return;
    }
    // Nothing the reader wrote is lost: the form comes back with it, and says why.
    this.update({ draft: { ...draft, body, error } });
  }

  private notify(message: string, error = false): void {
    clearTimeout(this.noticeTimer);
    this.update({ notice: { message, error } });
    this.noticeTimer = setTimeout(() => this.update({ notice: null }), error ? ERROR_NOTICE_MS : NOTICE_MS);
  }

  private update(change: Partial<ControllerView>): void {
    this.view = { ...this.view, ...change };
    for (const onChange of this.subscribers) onChange();
  }
}

/** The controller of an open PDF, started once its whole text is read, and what it shows. */
export function usePdfController(state: Extract<PdfState, { status: 'open' }>, source: PdfSource): [PdfController, ControllerView] {
  const controller = useMemo(() => new PdfController(source), [source]);
  const [view, setView] = useState(controller.snapshot);
  useEffect(() => controller.subscribe(() => setView(controller.snapshot)), [controller]);
  const whole = state.done === state.doc.numPages && state.analysis ? state : null;
  useEffect(() => {
    if (!whole?.pdf || !whole.analysis) return;
    void controller.open(whole.pdf, whole.analysis).catch((error: unknown) => console.error('Soi:', error));
    return () => controller.close();
  }, [controller, whole?.pdf, whole?.analysis]);
  return [controller, view];
}
