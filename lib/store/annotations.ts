import type { SoiDatabase } from './database';
import type { AnnotationRecord, DismissedEntityRecord, DocumentSource } from './types';

/** The reader's own annotations, W3C Web Annotation shaped. */
export class AnnotationStore {
  constructor(private readonly db: SoiDatabase) {}

  get(id: string): Promise<AnnotationRecord | undefined> {
    return this.db.annotations.get(id);
  }

  put(record: AnnotationRecord): Promise<string> {
    return this.db.annotations.put(record);
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

  forDocument(documentId: DocumentSource): Promise<DismissedEntityRecord[]> {
    return this.db.dismissedEntities.where('documentId').equals(documentId).toArray();
  }

  /** Undo a dismissal. */
  delete(id: string): Promise<void> {
    return this.db.dismissedEntities.delete(id);
  }
}
