import Dexie, { type EntityTable } from 'dexie';
import { DATABASE_NAME, SCHEMA_VERSIONS, type SchemaVersion } from './schema';
import type { AnnotationRecord, DismissedEntityRecord, DocumentRecord, SettingRecord } from './types';

/**
 * The one IndexedDB database of the extension. Open it only in extension
 * contexts (background, side panel, viewer, library, options): in a content
 * script it would belong to the web page's origin.
 */
export class SoiDatabase extends Dexie {
  documents!: EntityTable<DocumentRecord, 'id'>;
  annotations!: EntityTable<AnnotationRecord, 'id'>;
  dismissedEntities!: EntityTable<DismissedEntityRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  /** `versions` is for migration tests, which open the database as an older release did. */
  constructor(name = DATABASE_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}
