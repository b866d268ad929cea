/**
 * The reader's stored decisions, laid over a text as it is now: annotations
 * re-anchored (or found orphaned), automatic entities the reader dismissed or
 * accepted recognised again. Pure string work on any text with entity spans,
 * so web pages and PDFs share it; where the spans come from is the caller's.
 */
import { anchor, type AnchorMethod } from '../anchor/selectors';
import type { Entity } from '../core/types';
import type { AnnotationRecord, AnnotationStatus, DismissedEntityRecord } from '../store/types';

/** An entity and its span in the text being reconciled (which may be wider than the analysed text). */
export interface PlacedEntity {
  entity: Entity;
  start: number;
  end: number;
}

export interface PlacedAnnotation {
  record: AnnotationRecord;
  start: number;
  end: number;
  method: AnchorMethod;
}

export interface Reconciliation {
  placed: PlacedAnnotation[];
  /** Could not be placed: kept, listed, never deleted. */
  orphans: AnnotationRecord[];
  dismissedEntityIds: Set<string>;
  acceptedEntityIds: Set<string>;
  /** Annotations whose stored status no longer says where they are. */
  statusChanges: { id: string; status: AnnotationStatus }[];
}

const spanKey = (kind: string, start: number, end: number): string => `${kind} ${start} ${end}`;

export function reconcile(
  text: string,
  entities: readonly PlacedEntity[],
  annotations: readonly AnnotationRecord[],
  dismissed: readonly DismissedEntityRecord[],
): Reconciliation {
  const entityAt = new Map<string, string>();
  for (const { entity, start, end } of entities) entityAt.set(spanKey(entity.kind, start, end), entity.id);

  const result: Reconciliation = {
    placed: [],
    orphans: [],
    dismissedEntityIds: new Set(),
    acceptedEntityIds: new Set(),
    statusChanges: [],
  };
  for (const record of annotations) {
    const [quote, position] = record.target.selector;
    const span = anchor(text, { quote, position });
    const status: AnnotationStatus = span ? 'anchored' : 'orphan';
    if (status !== record.status) result.statusChanges.push({ id: record.id, status });
    if (!span) {
      result.orphans.push(record);
      continue;
    }
    result.placed.push({ record, ...span });
    if (record.origin === 'accepted') {
      const id = entityAt.get(spanKey(record.body.kind, span.start, span.end));
      if (id) result.acceptedEntityIds.add(id);
    }
  }
  for (const record of dismissed) {
    const [quote, position] = record.target.selector;
    const span = anchor(text, { quote, position });
    const id = span && entityAt.get(spanKey(record.kind, span.start, span.end));
    if (id) result.dismissedEntityIds.add(id);
  }
  return result;
}
