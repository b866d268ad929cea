import type { SoiDatabase } from './database';
import type { AnnotationBody, AnnotationRecord, AnnotationStatus, AnnotationTarget, DismissedEntityRecord, DocumentSource } from './types';
import type { EntityKind } from '../core/types';

/** What the reader (or an accepted entity) says, before the store stamps it. */
export interface NewAnnotation {
  documentId: DocumentSource;
  contentHash: string;
  origin: AnnotationRecord['origin'];
  target: AnnotationTarget;
  body: AnnotationBody;
}

/** The reader's own annotations, W3C Web Annotation shaped. */
export class AnnotationStore {
  constructor(private readonly db: SoiDatabase) {}

  get(id: string): Promise<AnnotationRecord | undefined> {
    return this.db.annotations.get(id);
  }

  put(record: AnnotationRecord): Promise<string> {
    return this.db.annotations.put(record);
  }

  /** A new annotation with a fresh `urn:uuid:` id, anchored where it was made. */
  async create(annotation: NewAnnotation, now: Date = new Date()): Promise<AnnotationRecord> {
    const stamp = now.toISOString();
    const record: AnnotationRecord = {
      id: `urn:uuid:${crypto.randomUUID()}`,
      type: 'Annotation',
      ...annotation,
      status: 'anchored',
      created: stamp,
      modified: stamp,
    };
    await this.db.annotations.add(record);
    return record;
  }

  /** The reader's edit of note, tags or kind; `modified` moves, nothing else does. */
  async updateBody(id: string, body: AnnotationBody, now: Date = new Date()): Promise<void> {
    await this.db.annotations.update(id, { body, modified: now.toISOString() });
  }

  /**
   * Where the latest re-anchoring left each annotation. An orphan keeps its
   * selectors untouched, so it can still anchor when the text comes back.
   */
  async setStatuses(results: readonly { id: string; status: AnnotationStatus }[]): Promise<void> {
    await this.db.transaction('rw', this.db.annotations, async () => {
      for (const { id, status } of results) await this.db.annotations.update(id, { status });
    });
  }

  /** In document order, so lists read like the page. */
  async forDocument(documentId: DocumentSource): Promise<AnnotationRecord[]> {
    const rows = await this.db.annotations.where('documentId').equals(documentId).toArray();
    return rows.sort((a, b) => a.target.selector[1].start - b.target.selector[1].start);
  }

  /** Most recently changed first, across all documents. */
  recent(limit = Infinity): Promise<AnnotationRecord[]> {
    return this.db.annotations.orderBy('modified').reverse().limit(limit).toArray();
  }

  delete(id: string): Promise<void> {
    return this.db.annotations.delete(id);
  }
}

/** Automatic entities the reader dismissed; kept per document. */
export class DismissedEntityStore {
  constructor(private readonly db: SoiDatabase) {}

  put(record: DismissedEntityRecord): Promise<string> {
    return this.db.dismissedEntities.put(record);
  }

  /** Dismissing the same span twice keeps one row (the id is derived from it). */
  async dismiss(documentId: DocumentSource, kind: EntityKind, target: AnnotationTarget, now: Date = new Date()): Promise<DismissedEntityRecord> {
    const [quote, position] = target.selector;
    const record: DismissedEntityRecord = {
      id: `${documentId} ${kind} ${position.start}:${quote.exact}`,
      documentId,
      kind,
      target,
      dismissed: now.toISOString(),
    };
    await this.db.dismissedEntities.put(record);
    return record;
  }

  forDocument(documentId: DocumentSource): Promise<DismissedEntityRecord[]> {
    return this.db.dismissedEntities.where('documentId').equals(documentId).toArray();
  }

  /** Undo a dismissal. */
  delete(id: string): Promise<void> {
    return this.db.dismissedEntities.delete(id);
  }
}
