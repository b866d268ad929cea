/**
 * One analysed page: its text index, the main content's analysis, the
 * reader's annotations laid over it, and the highlights painted from both.
 *
 * Two coordinate systems meet here. The analysis indexes the main content
 * (what Readability picked), as the core contract says; annotations index the
 * whole page's text, so a passage outside the main content can be annotated
 * too and re-anchoring does not depend on Readability choosing the same
 * stretch on the next visit. `mainStart` converts the first into the second.
 */
import { describe as describeSpan } from '@/lib/anchor/selectors';
import { buildTextIndex, type TextIndex } from '@/lib/anchor/text-index';
import { describeRange } from '@/lib/anchor/dom-selectors';
import { createSpanLocator, type SpanLocator } from '@/lib/anchor/hit-test';
import { acceptedBodyOf } from '@/lib/annotations/from-entity';
import { reconcile, type PlacedEntity, type Reconciliation } from '@/lib/annotations/reconcile';
import { analyzeText } from '@/lib/core/analyze';
import type { Analysis, Entity, EntityKind } from '@/lib/core/types';
import type { HighlightGroup, HighlightKind, HighlightRenderer } from '@/lib/highlight';
import type { PageState } from '@/lib/messages';
import { contentHash } from '@/lib/store/content-hash';
import type { AnnotationBody, AnnotationRecord, AnnotationTarget } from '@/lib/store/types';
import type { NewAnnotation } from '@/lib/store/annotations';
import { locateMainContent } from './main-content';

/** What the pointer is over: an automatic entity or one of the reader's annotations. */
export type HoverTarget = { start: number; end: number } & ({ entity: Entity } | { annotation: AnnotationRecord });

export class PageSession {
  readonly analysis: Analysis;
  readonly contentHash: string;
  private index: TextIndex;
  private readonly mainStart: number;
  private readonly placedEntities: PlacedEntity[];
  private readonly byId: Map<string, Entity>;
  private reconciled: Reconciliation;
  private hiddenKinds = new Set<EntityKind>();
  private locator: SpanLocator<HoverTarget> | null = null;

  constructor(
    private readonly root: HTMLElement,
    readonly documentId: string,
    private readonly renderer: HighlightRenderer,
  ) {
    this.index = buildTextIndex(root);
    const main = locateMainContent(root.ownerDocument, this.index.text);
    this.mainStart = main.start;
    const mainText = this.index.text.slice(main.start, main.end);
    this.analysis = analyzeText(mainText);
    this.contentHash = contentHash(mainText);
    this.byId = new Map(this.analysis.entities.map((entity) => [entity.id, entity]));
    this.placedEntities = this.analysis.entities.map((entity) => ({
      entity,
      start: entity.start + main.start,
      end: entity.end + main.start,
    }));
    this.reconciled = reconcile(this.index.text, this.placedEntities, [], []);
  }

  /** The page's text as annotations index it. */
  get text(): string {
    return this.index.text;
  }

  get dismissedEntityIds(): string[] {
    return [...this.reconciled.dismissedEntityIds];
  }

  get acceptedEntityIds(): string[] {
    return [...this.reconciled.acceptedEntityIds];
  }

  get orphans(): AnnotationRecord[] {
    return this.reconciled.orphans;
  }

  /** Entities still shown: those the reader has not dismissed. */
  get visibleEntityCount(): number {
    return this.analysis.entities.length - this.reconciled.dismissedEntityIds.size;
  }

  /** Lays the library's annotations and dismissals over the page; returns statuses that changed. */
  applyState(state: PageState): Reconciliation['statusChanges'] {
    this.reconciled = reconcile(this.index.text, this.placedEntities, state.annotations, state.dismissed);
    this.hiddenKinds = new Set((Object.keys(state.highlightKinds) as EntityKind[]).filter((kind) => !state.highlightKinds[kind]));
    this.paint();
    return this.reconciled.statusChanges;
  }

  setKindsVisible(kinds: Record<EntityKind, boolean>): void {
    for (const kind of Object.keys(kinds) as EntityKind[]) {
      if (kinds[kind]) this.hiddenKinds.delete(kind);
      else this.hiddenKinds.add(kind);
      this.renderer.setVisible(kind, kinds[kind]);
    }
  }

  paint(): void {
    const groups = new Map<HighlightKind, Range[]>();
    const add = (kind: HighlightKind, start: number, end: number) => {
      const ranges = groups.get(kind) ?? [];
      ranges.push(this.index.rangeFor(start, end));
      groups.set(kind, ranges);
    };
    for (const { entity, start, end } of this.placedEntities) {
      if (!this.reconciled.dismissedEntityIds.has(entity.id)) add(entity.kind, start, end);
    }
    // The reader's own passages get the note colour; an accepted entity keeps its kind's.
    for (const { record, start, end } of this.reconciled.placed) add(record.origin === 'reader' ? 'note' : record.body.kind, start, end);
    const list: HighlightGroup[] = [...groups].map(([kind, ranges]) => ({ kind, ranges }));
    this.renderer.paint(list);
    for (const kind of this.hiddenKinds) this.renderer.setVisible(kind, false);
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
    const placed = this.reconciled.placed.find((p) => p.record.id === id);
    if (!placed) return false;
    this.renderer.flash(this.index.rangeFor(placed.start, placed.end));
    return true;
  }

  /** What is under the pointer, the innermost span first; null over plain text. */
  hoverAt(clientX: number, clientY: number): HoverTarget | null {
    if (!this.locator) {
      const spans: HoverTarget[] = [];
      for (const { entity, start, end } of this.placedEntities) {
        if (!this.reconciled.dismissedEntityIds.has(entity.id) && !this.hiddenKinds.has(entity.kind)) spans.push({ start, end, entity });
      }
      for (const { record, start, end } of this.reconciled.placed) if (record.origin === 'reader') spans.push({ start, end, annotation: record });
      this.locator = createSpanLocator(this.index, spans);
    }
    return this.locator(clientX, clientY);
  }

  entity(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  resolve = (id: string): Entity | undefined => this.byId.get(id);

  /** Selectors for the reader's selection, or null when it holds no page text. */
  targetOfRange(range: Range): AnnotationTarget | null {
    const { quote, position } = describeRange(this.index, range);
    if (quote.exact.trim() === '') return null;
    return { source: this.documentId, selector: [quote, position] };
  }

  newAnnotation(target: AnnotationTarget, body: AnnotationBody): NewAnnotation {
    return { documentId: this.documentId, contentHash: this.contentHash, origin: 'reader', target, body };
  }

  /** The annotation that accepting this entity creates, or null for an unknown id. */
  acceptance(entityId: string): NewAnnotation | null {
    const placed = this.placedEntities.find((p) => p.entity.id === entityId);
    if (!placed) return null;
    return { ...this.newAnnotation(this.targetOfSpan(placed), acceptedBodyOf(placed.entity, this.resolve)), origin: 'accepted' };
  }

  dismissal(entityId: string): { kind: EntityKind; target: AnnotationTarget } | null {
    const placed = this.placedEntities.find((p) => p.entity.id === entityId);
    return placed ? { kind: placed.entity.kind, target: this.targetOfSpan(placed) } : null;
  }

  /** Does the page still read as when it was analysed? (Single-page sites change it under us.) */
  textChanged(): boolean {
    return buildTextIndex(this.root).text !== this.index.text;
  }

  destroy(): void {
    this.renderer.clear();
  }

  private targetOfSpan(span: { start: number; end: number }): AnnotationTarget {
    const { quote, position } = describeSpan(this.index.text, span.start, span.end);
    return { source: this.documentId, selector: [quote, position] };
  }
}

