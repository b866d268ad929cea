/**
 * The store: Dexie schema and typed access, nothing else (no messaging, no UI
 * state). Extension pages call `openStore()`; the content script never does.
 */
import { AnnotationStore, DismissedEntityStore } from './annotations';
import { SoiDatabase } from './database';
import { DocumentStore } from './documents';
import { SettingsStore } from './settings';
import type { LibraryContent } from './web-annotation';

export interface Store {
  db: SoiDatabase;
  documents: DocumentStore;
  annotations: AnnotationStore;
  dismissedEntities: DismissedEntityStore;
  settings: SettingsStore;
}

export function createStore(db: SoiDatabase = new SoiDatabase()): Store {
  return {
    db,
    documents: new DocumentStore(db),
    annotations: new AnnotationStore(db),
    dismissedEntities: new DismissedEntityStore(db),
    settings: new SettingsStore(db),
  };
}

/** Everything the reader has kept, for exports. */
export async function readLibrary(store: Store): Promise<LibraryContent> {
  const [documents, annotations, dismissed] = await Promise.all([
    store.documents.list(),
    store.db.annotations.toArray(),
    store.db.dismissedEntities.toArray(),
  ]);
  return { documents, annotations, dismissed };
}

let shared: Store | undefined;

/** One store per extension page or worker; Dexie opens lazily on first use. */
export function openStore(): Store {
  shared ??= createStore();
  return shared;
}

export { SoiDatabase } from './database';
export { contentHash } from './content-hash';
export { CURRENT_SCHEMA_VERSION, DATABASE_NAME, SCHEMA_VERSIONS } from './schema';
export type * from './types';
export type { NewAnnotation } from './annotations';
export { DEFAULT_SETTINGS } from './types';
export { countEntitiesByKind, documentRecordFrom, pdfSource, webPageSource, type AnalysedDocument } from './document-record';
export { toWebAnnotationCollection, type LibraryContent } from './web-annotation';
export { importLibrary, ImportError, parseLibraryExport, type ImportSummary } from './library-import';
export { toCslJson, toCsv, toHtml, toMarkdown, type ExportLabels } from './library-export';
