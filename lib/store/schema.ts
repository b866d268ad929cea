/**
 * Every schema version Soi has shipped, oldest first. A change adds a version
 * here (with an upgrade function when rows must be rewritten); old entries are
 * never edited, so a reader's database from any release still opens. Only
 * fields something queries are indexed.
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const DATABASE_NAME = 'soi';

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // library list, newest first
      documents: 'id, updated',
      // per-document lookups on every visit; library list by modification
      annotations: 'id, documentId, modified',
      dismissedEntities: 'id, documentId',
      settings: 'key',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;
