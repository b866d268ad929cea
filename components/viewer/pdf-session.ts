/**
 * One open PDF with the reader's decisions laid over it: the whole document's
 * text and analysis, the library's annotations re-anchored by reconcile(),
 * the entities the reader dismissed or accepted, and the ranges to paint. The
 * PDF counterpart of the content script's PageSession, with one coordinate
 * system where a web page has two: the analysis and the annotations both
 * index PdfText.text, from the start of the whole document. Pure: the viewer
 * feeds it the library's state and paints what it returns.
 */
// Relative imports: unit tests load this module, and Vitest has no '@' alias.
import { describe as describeSpan } from '../../lib/anchor/selectors';
import { acceptedBodyOf } from '../../lib/annotations/from-entity';
import { reconcile, type PlacedEntity, type Reconciliation } from '../../lib/annotations/reconcile';
import type { Analysis, Entity, EntityKind } from '../../lib/core/types';
import type { PageReport, PageState } from '../../lib/messages';
import type { MarkedRange } from '../../lib/pdf/marks';
import type { PdfText } from '../../lib/pdf/types';
import { contentHash } from '../../lib/store/content-hash';
import { pdfSource } from '../../lib/store/document-record';
import type { NewAnnotation } from '../../lib/store/annotations';
import type { AnnotationBody, AnnotationRecord, AnnotationTarget } from '../../lib/store/types';
import type { MarkKind } from './text-layer-painter';

export class PdfSession {
  /** The fingerprint names the PDF wherever it was downloaded from. */
  readonly documentId: string;
  readonly contentHash: string;
  private readonly placedEntities: PlacedEntity[];
  private readonly byId: Map<string, Entity>;
  private reconciled: Reconciliation;
  private readonly hiddenKinds = new Set<EntityKind>();

  constructor(
    readonly pdf: PdfText,
    readonly analysis: Analysis,
  ) {
    this.documentId = pdfSource(pdf.fingerprint);
    this.contentHash = contentHash(pdf.text);
    this.placedEntities = analysis.entities.map((entity) => ({ entity, start: entity.start, end: entity.end }));
    this.byId = new Map(analysis.entities.map((entity) => [entity.id, entity]));
    this.reconciled = reconcile(pdf.text, this.placedEntities, [], []);
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

  /** Lays the library's annotations and dismissals over the text; returns the statuses that changed. */
  applyState(state: PageState): Reconciliation['statusChanges'] {
    this.reconciled = reconcile(this.pdf.text, this.placedEntities, state.annotations, state.dismissed);
    this.setKindsVisible(state.highlightKinds);
    return this.reconciled.statusChanges;
  }

  setKindsVisible(kinds: Record<EntityKind, boolean>): void {
    for (const kind of Object.keys(kinds) as EntityKind[]) {
      if (kinds[kind]) this.hiddenKinds.delete(kind);
      else this.hiddenKinds.add(kind);
    }
  }

  /**
   * What to paint, as on a web page: the entities not dismissed, the reader's
   * passages in the note colour, accepted entities in their kind's; a kind
   * switched off hides its entities and the accepted ones alike.
   */
  marks(): MarkedRange<MarkKind>[] {
    const marks: MarkedRange<MarkKind>[] = [];
    for (const { entity, start, end } of this.placedEntities) {
      if (!this.reconciled.dismissedEntityIds.has(entity.id) && !this.hiddenKinds.has(entity.kind)) marks.push({ start, end, kind: entity.kind });
    }
    for (const { record, start, end } of this.reconciled.placed) {
      const kind = record.origin === 'reader' ? 'note' : record.body.kind;
      if (kind === 'note' || !this.hiddenKinds.has(kind)) marks.push({ start, end, kind });
    }
    return marks;
  }

  /** Where an annotation sits in the text now; undefined for an orphan or an unknown id. */
  annotationSpan(id: string): { start: number; end: number } | undefined {
    const placed = this.reconciled.placed.find((p) => p.record.id === id);
    return placed && { start: placed.start, end: placed.end };
  }

  resolve = (id: string): Entity | undefined => this.byId.get(id);

  /** W3C selectors for text[start, end) of the whole document. */
  targetOf(start: number, end: number): AnnotationTarget {
    const { quote, position } = describeSpan(this.pdf.text, start, end);
    return { source: this.documentId, selector: [quote, position] };
  }

  newAnnotation(target: AnnotationTarget, body: AnnotationBody): NewAnnotation {
    return { documentId: this.documentId, contentHash: this.contentHash, origin: 'reader', target, body };
  }

  /** The annotation that accepting this entity creates, or null for an unknown id. */
  acceptance(entityId: string): NewAnnotation | null {
    const entity = this.byId.get(entityId);
    if (!entity) return null;
    return { ...this.newAnnotation(this.targetOf(entity.start, entity.end), acceptedBodyOf(entity, this.resolve)), origin: 'accepted' };
  }

  dismissal(entityId: string): { kind: EntityKind; target: AnnotationTarget } | null {
    const entity = this.byId.get(entityId);
    return entity ? { kind: entity.kind, target: this.targetOf(entity.start, entity.end) } : null;
  }

  /** What the background keeps for this tab (the side panel reads it), as a content script reports a page. */
  report(url: string, fallbackTitle: string): PageReport {
    return {
      url,
      title: this.analysis.document.title || fallbackTitle,
      documentId: this.documentId,
      mediaType: 'application/pdf',
      isPartyDocument: this.analysis.document.isPartyDocument,
      analysis: this.analysis,
      contentHash: this.contentHash,
      dismissedEntityIds: this.dismissedEntityIds,
      acceptedEntityIds: this.acceptedEntityIds,
      isScanned: this.pdf.isScanned,
    };
  }
}
