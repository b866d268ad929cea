/**
 * The content script's life on one tab: the cheap pre-check on every page, a
 * full analysis only on a hit (or when the reader asks, or has annotated the
 * page before), the reader's gestures (hover, selection, menu, shortcut),
 * and the requests of the side panel. Storage goes through the background.
 */
import { PRECHECK_TEXT_CHARS, readLeadingText } from '@/lib/anchor/text-index';
import { precheckPartyDocument } from '@/lib/core/detect';
import { createHighlightRenderer, type HighlightRenderer } from '@/lib/highlight';
import { answerTabRequests, isRefused, sendToBackground, type PageReport, type PageState, type ToContent } from '@/lib/messages';
import { webPageSource } from '@/lib/store/document-record';
import type { AnnotationBody, AnnotationRecord } from '@/lib/store/types';
import { hoverWording, oncePerFrame } from '@/components/HoverTooltip';
import { t } from '@/components/i18n';
import { saveAnnotation } from '@/components/save-annotation';
import { PageOverlay } from './overlay/overlay';
import { PageSession } from './page-session';
import { watchPage, type PageWatcher } from './watch';

/** The text the pre-check reads: a Party document's header and symbol are near its start, so a bounded prefix is enough. */
function leadingPageText(doc: Document): string {
  return doc.body ? readLeadingText(doc.body, PRECHECK_TEXT_CHARS) : '';
}

export class PageController {
  private session: PageSession | null = null;
  private renderer: HighlightRenderer | null = null;
  private readonly overlay: PageOverlay;
  private watcher: PageWatcher | null = null;
  private url: string;
  private isPartyDocument = false;
  /** The reader asked for an analysis of this address: keep it analysed as the page changes. */
  private requested = false;
  /** The text the last examination read, so an unchanged page is not examined again. */
  private examinedText: string | null = null;
  /** The tooltip follows the pointer over highlights. */
  private readonly pointer = oncePerFrame((at) => {
    const session = this.session;
    if (!session || this.overlay.formOpen) return;
    const hit = session.hoverAt(at.x, at.y);
    if (hit) this.overlay.showTooltip(at, hoverWording(hit, session.resolve));
    else this.overlay.hideTooltip();
  });

  constructor(private readonly doc: Document) {
    this.overlay = new PageOverlay(doc);
    this.url = doc.location.href;
  }

  get documentId(): string {
    return webPageSource(this.url);
  }

  async start(): Promise<void> {
    this.listen();
    await this.examine();
    this.watcher = watchPage(this.doc.documentElement, () => void this.onPageSettled(), (node) => this.overlay.contains(node));
  }

  /**
   * Pre-check, then the full analysis where it may be a Party document; only
   * the detector's verdict paints it (a news article quoting a directive
   * passes the pre-check, not the detector). A page the reader annotated
   * before is painted whatever it is.
   */
  private async examine(): Promise<void> {
    if (this.requested) {
      await this.analyse();
      return;
    }
    const leading = leadingPageText(this.doc);
    // The page changed, but not its text: the verdict stands (and a full analysis is not redone).
    if (leading === this.examinedText) return;
    this.examinedText = leading;
    const candidate = precheckPartyDocument(leading) ? this.createSession() : null;
    this.isPartyDocument = candidate?.analysis.document.isPartyDocument ?? false;
    if (candidate && this.isPartyDocument) {
      await this.show(candidate);
      return;
    }
    const state = await this.report();
    if (!state || (state.annotations.length === 0 && state.dismissed.length === 0)) return;
    if (candidate) await this.show(candidate, state);
    else await this.analyse(state);
  }

  /** Full analysis of the page as it is now, shown with the library's annotations laid over it. */
  async analyse(known?: PageState): Promise<PageReport> {
    const session = this.createSession();
    if (session) await this.show(session, known);
    return this.reportOf();
  }

  private createSession(): PageSession | null {
    this.session?.destroy();
    this.session = null;
    const body = this.doc.body;
    if (!body) return null;
    this.renderer ??= createHighlightRenderer(this.doc);
    return new PageSession(body, this.documentId, this.renderer);
  }

  private async show(session: PageSession, known?: PageState): Promise<void> {
    this.session = session;
    await this.apply(known ?? (await sendToBackground({ type: 'page/state', documentId: session.documentId })));
  }

  private async apply(state: PageState): Promise<void> {
    const session = this.session;
    if (!session) return;
    const changes = this.watcher ? this.watcher.ignoring(() => session.applyState(state)) : session.applyState(state);
    if (changes.length > 0) await sendToBackground({ type: 'annotations/anchored', results: changes });
    await this.report();
  }

  /** Re-reads the library for this page (after a change made here or in the side panel). */
  private async refresh(): Promise<void> {
    if (!this.session) return;
    await this.apply(await sendToBackground({ type: 'page/state', documentId: this.documentId }));
  }

  private reportOf(): PageReport {
    const session = this.session;
    const report: PageReport = {
      url: this.url,
      title: this.doc.title,
      documentId: this.documentId,
      mediaType: 'text/html',
      isPartyDocument: this.isPartyDocument,
    };
    if (session) {
      report.analysis = session.analysis;
      report.contentHash = session.contentHash;
      report.dismissedEntityIds = session.dismissedEntityIds;
      report.acceptedEntityIds = session.acceptedEntityIds;
    }
    return report;
  }

  private async report(): Promise<PageState | null> {
    try {
      return await sendToBackground({ type: 'page/report', report: this.reportOf() });
    } catch {
      return null; // the extension was reloaded under this page: nothing to report to
    }
  }

  private async onPageSettled(): Promise<void> {
    if (this.doc.location.href !== this.url) {
      // A single-page site moved on: a new document, as if the page had loaded.
      this.url = this.doc.location.href;
      this.requested = false;
      this.examinedText = null;
      this.session?.destroy();
      this.session = null;
      await this.examine();
      return;
    }
    if (!this.session) await this.examine();
    else if (this.session.textChanged()) await this.analyse();
  }

  private listen(): void {
    answerTabRequests((message) => this.handle(message));
    this.doc.addEventListener('mouseup', (event) => this.onSelectionGesture(event), true);
    this.doc.addEventListener('keyup', (event) => {
      if (event.shiftKey || event.key === 'Shift') this.onSelectionGesture(event);
    }, true);
    this.doc.addEventListener('selectionchange', () => {
      if (this.doc.getSelection()?.isCollapsed) this.overlay.hideAnnotateButton();
    });
    this.doc.addEventListener('mousemove', (event) => this.onPointerMove(event), { passive: true });
  }

  private handle(message: ToContent): Promise<unknown> | undefined {
    switch (message.type) {
      case 'page/analyse':
        this.requested = true;
        return this.analyse();
      case 'selection/annotate':
        return this.annotateSelection();
      case 'page/reveal':
        return Promise.resolve(this.session?.reveal(message.start, message.end) ?? false);
      case 'annotation/reveal':
        return Promise.resolve(this.session?.revealAnnotation(message.id) ?? false);
      case 'entity/accept':
        return this.acceptEntity(message.entityId);
      case 'entity/dismiss':
        return this.dismissEntities(message.entityIds);
      case 'highlights/set-kinds':
        this.session?.setKindsVisible(message.kinds);
        return Promise.resolve();
      case 'page/refresh':
        return this.refresh();
    }
  }

  private async acceptEntity(entityId: string): Promise<AnnotationRecord | null> {
    const annotation = this.session?.acceptance(entityId);
    if (!annotation) return null;
    const record = await sendToBackground({ type: 'annotation/create', annotation });
    await this.refresh();
    return isRefused(record) ? null : record;
  }

  private async dismissEntities(entityIds: readonly string[]): Promise<void> {
    const session = this.session;
    if (!session) return;
    for (const id of entityIds) {
      const dismissal = session.dismissal(id);
      if (dismissal) await sendToBackground({ type: 'dismissal/create', draft: { documentId: session.documentId, ...dismissal } });
    }
    await this.refresh();
  }

  /** The context menu, the keyboard shortcut and the floating button all end here. */
  private async annotateSelection(): Promise<void> {
    const selection = this.doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
      this.overlay.toast(t('pageNoSelection'), true);
      return;
    }
    const range = selection.getRangeAt(0).cloneRange();
    if (!this.session) {
      this.requested = true;
      await this.analyse();
    }
    const session = this.session;
    const target = session?.targetOfRange(range);
    if (!session || !target) {
      this.overlay.toast(t('pageNoSelection'), true);
      return;
    }
    const box = range.getBoundingClientRect();
    const at = { x: box.left, top: box.top, bottom: box.bottom };
    const save = async (body: AnnotationBody): Promise<void> => {
      const error = await saveAnnotation(session.newAnnotation(target, body));
      if (error === undefined) {
        await this.refresh();
        this.overlay.toast(t('pageAnnotationSaved'));
        return;
      }
      // Nothing the reader wrote is lost: the form comes back with it, and says why.
      this.overlay.openForm(at, target.selector[0].exact, (again) => void save(again), { body, error });
    };
    this.overlay.openForm(at, target.selector[0].exact, (body) => void save(body));
  }

  private onSelectionGesture(event: Event): void {
    if (!this.session || this.overlay.contains(event.target) || this.overlay.formOpen) return;
    // The selection is final only after the event's default action.
    setTimeout(() => {
      const selection = this.doc.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0 || selection.toString().trim() === '') {
        this.overlay.hideAnnotateButton();
        return;
      }
      const rects = selection.getRangeAt(0).getClientRects();
      const last = rects[rects.length - 1];
      if (!last) return;
      this.overlay.showAnnotateButton({ x: last.right + 4, top: last.top, bottom: last.bottom }, () => void this.annotateSelection());
    }, 0);
  }

  private onPointerMove(event: MouseEvent): void {
    if (this.session) this.pointer.move(event);
  }
}
