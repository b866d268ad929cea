/**
 * Migration pattern: for every shipped schema version, open the database the
 * way that release did, write that release's data, close it, then open it with
 * the current code and read everything back through the store API. A new
 * version adds a row to SEEDS (data in the old shape) and, when it rewrites
 * rows, expectations on the upgraded shape.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, createStore, SCHEMA_VERSIONS, SoiDatabase } from '../../lib/store';
import { annotationRecord, documentRecord } from './store-fixtures';

type Seed = (db: SoiDatabase) => Promise<void>;

const SEEDS: Record<number, Seed> = {
  1: async (db) => {
    await db.documents.put(documentRecord());
    await db.annotations.put(annotationRecord());
    await db.settings.put({ key: 'openPdfsInSoi', value: true });
  },
};

describe('schema migrations', () => {
  it('has a seed for every shipped version, and versions only grow', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(Object.keys(SEEDS).map(Number)).toEqual(versions);
    expect(CURRENT_SCHEMA_VERSION).toBe(versions[versions.length - 1]);
  });

  for (const { version } of SCHEMA_VERSIONS) {
    it(`opens data written by schema version ${version}`, async () => {
      const name = `soi-migration-from-${version}`;
      const old = new SoiDatabase(name, SCHEMA_VERSIONS.filter((v) => v.version <= version));
      await SEEDS[version](old);
      old.close();

      const store = createStore(new SoiDatabase(name));
      expect(store.db.isOpen()).toBe(false); // the upgrade runs on first use
      const [document] = await store.documents.list();
      expect(store.db.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(document.card.symbol).toBe('35-KH/ĐU');
      const [annotation] = await store.annotations.forDocument(document.id);
      expect(annotation.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
      expect(await store.settings.get('openPdfsInSoi')).toBe(true);
      await store.db.delete();
    });
  }
});
