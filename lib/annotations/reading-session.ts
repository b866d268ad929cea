/**
 * A text being read, with the reader's decisions laid over it: the automatic
 * entities placed in it, the library's annotations re-anchored, dismissed and
 * accepted entities recognised, kinds switched off. Web pages and PDFs each
 * wrap one (the content script's PageSession, the viewer's PdfSession) and
 * add only how they paint; what a decision means is decided here, once.
 */
import { innermostSpanFinder } from '../anchor/hit-test';
import { describe as describeSpan } from '../anchor/selectors';
import type { Entity, EntityKind } from '../core/types';
import type { NewAnnotation } from '../store/annotations';
import type { AnnotationBody, AnnotationKind, AnnotationRecord, AnnotationTarget, DismissedEntityRecord } from '../store/types';
import { acceptedBodyOf } from './from-entity';
import { reconcile, type PlacedAnnotation, type PlacedEntity, type Reconciliation } from './reconcile';

/** A span to paint and the highlight kind it takes. */
export interface PaintedSpan {
  start: number;
  end: number;
  kind: AnnotationKind;
}

/** What the pointer is over: an automatic entity or one of the reader's annotations. */
export type HoverTarget = { start: number; end: number } & ({ entity: Entity } | { annotation: AnnotationRecord });

export class ReadingSession {
  private readonly byId: Map<string, PlacedEntity>;
  private reconciled: Reconciliation;
  private readonly hiddenKinds = new Set<EntityKind>();
  /** Built on the first hover after a change of what is shown. */
  private hoverFinder: ((offset: number) => HoverTarget | null) | null = null;

  constructor(
    /** The text annotations index (a web page's whole text, a PDF's whole document). */
    readonly text: string,
    readonly documentId: string,
    /** contentHash() of the analysed text, kept with each annotation made here. */
    readonly contentHash: string,
    /** The analysis' entities at their spans in `text`. */
    readonly entities: readonly PlacedEntity[],
  ) {
    this.byId = new Map(entities.map((placed) => [placed.entity.id, placed]));
    this.reconciled = reconcile(text, entities, [], []);
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

  get placedAnnotations(): readonly PlacedAnnotation[] {
    return this.reconciled.placed;
  }

  /** Lays the library's annotations, dismissals and kind switches over the text; returns the statuses that changed. */
  apply(annotations: readonly AnnotationRecord[], dismissed: readonly DismissedEntityRecord[], kinds: Record<EntityKind, boolean>): Reconciliation['statusChanges'] {
    this.reconciled = reconcile(this.text, this.entities, annotations, dismissed);
    this.hoverFinder = null;
    this.setKindsVisible(kinds);
    return this.reconciled.statusChanges;
  }

  setKindsVisible(kinds: Record<EntityKind, boolean>): void {
    for (const kind of Object.keys(kinds) as EntityKind[]) {
      if (kinds[kind]) this.hiddenKinds.delete(kind);
      else this.hiddenKinds.add(kind);
    }
    this.hoverFinder = null;
  }

  /**
   * What a tooltip tells of text offset `offset`: the innermost visible entity
   * or passage of the reader's covering it, or null over plain text.
   */
  hoverTargetAt(offset: number): HoverTarget | null {
    if (!this.hoverFinder) {
      const spans: HoverTarget[] = [];
      for (const { entity, start, end } of this.shownEntities) if (this.isKindVisible(entity.kind)) spans.push({ start, end, entity });
      for (const { record, start, end } of this.reconciled.placed) if (record.origin === 'reader') spans.push({ start, end, annotation: record });
      this.hoverFinder = innermostSpanFinder(spans);
    }
    return this.hoverFinder(offset);
  }

  isKindVisible(kind: AnnotationKind): boolean {
    return kind === 'note' || !this.hiddenKinds.has(kind);
  }

  /** Entities not dismissed, whether or not their kind is switched on. */
  get shownEntities(): PlacedEntity[] {
    return this.entities.filter(({ entity }) => !this.reconciled.dismissedEntityIds.has(entity.id));
  }

  /**
   * What to paint: the entities not dismissed, the reader's passages in the
   * note colour, accepted entities in their kind's. `visibleOnly` leaves out
   * kinds the reader switched off (for painters that cannot hide a kind).
   */
  paintedSpans(visibleOnly: boolean): PaintedSpan[] {
    const spans: PaintedSpan[] = [];
    for (const { entity, start, end } of this.shownEntities) spans.push({ start, end, kind: entity.kind });
    for (const { record, start, end } of this.reconciled.placed) spans.push({ start, end, kind: record.origin === 'reader' ? 'note' : record.body.kind });
    return visibleOnly ? spans.filter((span) => this.isKindVisible(span.kind)) : spans;
  }

  annotationSpan(id: string): { start: number; end: number } | undefined {
    const placed = this.reconciled.placed.find((p) => p.record.id === id);
    return placed && { start: placed.start, end: placed.end };
  }

  entity(id: string): Entity | undefined {
    return this.byId.get(id)?.entity;
  }

  resolve = (id: string): Entity | undefined => this.entity(id);

  /** W3C selectors for text[start, end). */
  targetOf(start: number, end: number): AnnotationTarget {
    const { quote, position } = describeSpan(this.text, start, end);
    return { source: this.documentId, selector: [quote, position] };
  }

  newAnnotation(target: AnnotationTarget, body: AnnotationBody): NewAnnotation {
    return { documentId: this.documentId, contentHash: this.contentHash, origin: 'reader', target, body };
  }

  /** The annotation that accepting this entity creates, or null for an unknown id. */
  acceptance(entityId: string): NewAnnotation | null {
    const placed = this.byId.get(entityId);
    if (!placed) return null;
    return { ...this.newAnnotation(this.targetOf(placed.start, placed.end), acceptedBodyOf(placed.entity, this.resolve)), origin: 'accepted' };
  }

  dismissal(entityId: string): { kind: EntityKind; target: AnnotationTarget } | null {
    const placed = this.byId.get(entityId);
    return placed ? { kind: placed.entity.kind, target: this.targetOf(placed.start, placed.end) } : null;
  }
}
