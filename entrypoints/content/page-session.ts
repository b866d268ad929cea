/**
 * One analysed web page: the ReadingSession over the page's text, plus the
 * text index that maps it to the DOM and the highlights painted from it.
 *
 * Two coordinate systems meet here. The analysis indexes the main content
 * (what Readability picked), as the core contract says; annotations index the
 * whole page's text, so a passage outside the main content can be annotated
 * too and re-anchoring does not depend on Readability choosing the same
 * stretch on the next visit (docs/decisions/0004). `mainStart` converts the
 * first into the second.
 */
import { describeRange } from '@/lib/anchor/dom-selectors';
import { createSpanLocator, type SpanLocator } from '@/lib/anchor/hit-test';
import { buildTextIndex, type TextIndex } from '@/lib/anchor/text-index';
import { ReadingSession, type HoverTarget } from '@/lib/annotations/reading-session';
import type { Reconciliation } from '@/lib/annotations/reconcile';
import { analyzeText } from '@/lib/core/analyze';
import type { Analysis, EntityKind } from '@/lib/core/types';
import type { HighlightGroup, HighlightKind, HighlightRenderer } from '@/lib/highlight';
import type { PageState } from '@/lib/messages';
import { contentHash } from '@/lib/store/content-hash';
import type { AnnotationTarget } from '@/lib/store/types';
import { locateMainContent } from './main-content';

interface IndexedPage {
  index: TextIndex;
  mainStart: number;
  analysis: Analysis;
  hash: string;
}

function indexPage(root: HTMLElement): IndexedPage {
  const index = buildTextIndex(root);
  const main = locateMainContent(root.ownerDocument, index.text);
  const mainText = index.text.slice(main.start, main.end);
  return { index, mainStart: main.start, analysis: analyzeText(mainText), hash: contentHash(mainText) };
}

export class PageSession extends ReadingSession {
  readonly analysis: Analysis;
  private index: TextIndex;
  private readonly mainStart: number;
  private locator: SpanLocator<HoverTarget> | null = null;

  constructor(
    private readonly root: HTMLElement,
    documentId: string,
    private readonly renderer: HighlightRenderer,
    page: IndexedPage = indexPage(root),
  ) {
    const { index, mainStart, analysis, hash } = page;
    super(index.text, documentId, hash, analysis.entities.map((entity) => ({ entity, start: entity.start + mainStart, end: entity.end + mainStart })));
    this.index = index;
    this.mainStart = mainStart;
    this.analysis = analysis;
  }

  /** Entities still shown: those the reader has not dismissed. */
  get visibleEntityCount(): number {
    return this.analysis.entities.length - this.dismissedEntityIds.length;
  }

  /** Lays the library's annotations and dismissals over the page and paints; returns statuses that changed. */
  applyState(state: PageState): Reconciliation['statusChanges'] {
    const changes = this.apply(state.annotations, state.dismissed, state.highlightKinds);
    this.paint();
    return changes;
  }

  override setKindsVisible(kinds: Record<EntityKind, boolean>): void {
    super.setKindsVisible(kinds);
    for (const kind of Object.keys(kinds) as EntityKind[]) this.renderer.setVisible(kind, kinds[kind]);
    this.locator = null;
  }

  /** Every kind is painted; the renderer hides a switched-off kind without repainting. */
  private paint(): void {
    const groups = new Map<HighlightKind, Range[]>();
    for (const { start, end, kind } of this.paintedSpans(false)) {
      const ranges = groups.get(kind) ?? [];
      ranges.push(this.index.rangeFor(start, end));
      groups.set(kind, ranges);
    }
    const list: HighlightGroup[] = [...groups].map(([kind, ranges]) => ({ kind, ranges }));
    this.renderer.paint(list);
    for (const kind of groups.keys()) if (!this.isKindVisible(kind)) this.renderer.setVisible(kind, false);
    // Wrapping splits text nodes; the index must point at the pieces from now on.
    if (this.renderer.strategy === 'wrap') this.index = buildTextIndex(this.root);
    this.locator = null;
  }

  /** Scrolls to and flashes a span of the analysed text. */
  reveal(start: number, end: number): boolean {
    if (end <= start) return false;
    this.renderer.flash(this.index.rangeFor(start + this.mainStart, end + this.mainStart));
    return true;
  }

  revealAnnotation(id: string): boolean {
    const span = this.annotationSpan(id);
    if (!span) return false;
    this.renderer.flash(this.index.rangeFor(span.start, span.end));
    return true;
  }

  /** What is under the pointer, the innermost span first; null over plain text. */
  hoverAt(clientX: number, clientY: number): HoverTarget | null {
    this.locator ??= createSpanLocator(this.index, (offset) => this.hoverTargetAt(offset));
    return this.locator(clientX, clientY);
  }

  /** Selectors for the reader's selection, or null when it holds no page text. */
  targetOfRange(range: Range): AnnotationTarget | null {
    const { quote, position } = describeRange(this.index, range);
    if (quote.exact.trim() === '') return null;
    return { source: this.documentId, selector: [quote, position] };
  }

  /** Does the page still read as when it was analysed? (Single-page sites change it, or swap its body, under us.) */
  textChanged(): boolean {
    const doc = this.root.ownerDocument;
    return doc.body !== this.root || buildTextIndex(this.root).text !== this.index.text;
  }

  destroy(): void {
    this.renderer.clear();
  }
}
