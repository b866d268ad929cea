import type { SoiDatabase } from './database';
import type { DocumentRecord, DocumentSource } from './types';

/** Documents the reader has visited or saved, one row per source. */
export class DocumentStore {
  constructor(private readonly db: SoiDatabase) {}

  get(id: DocumentSource): Promise<DocumentRecord | undefined> {
    return this.db.documents.get(id);
  }

  /** Inserts or replaces; keeps the first-seen time of an existing row. */
  async put(record: DocumentRecord): Promise<void> {
    await this.db.transaction('rw', this.db.documents, async () => {
      const existing = await this.db.documents.get(record.id);
      await this.db.documents.put(existing ? { ...record, firstSeen: existing.firstSeen } : record);
    });
  }

  /** Newest first. */
  list(limit = Infinity): Promise<DocumentRecord[]> {
    return this.db.documents.orderBy('updated').reverse().limit(limit).toArray();
  }

  /** Removes the document with its annotations and dismissals. */
  async delete(id: DocumentSource): Promise<void> {
    const { documents, annotations, dismissedEntities } = this.db;
    await this.db.transaction('rw', documents, annotations, dismissedEntities, async () => {
      await annotations.where('documentId').equals(id).delete();
      await dismissedEntities.where('documentId').equals(id).delete();
      await documents.delete(id);
    });
  }
}
