import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { contentHash, createStore, DEFAULT_SETTINGS, SoiDatabase, type Store } from '../../lib/store';
import { annotationRecord, documentRecord } from './store-fixtures';

let store: Store;
let dbCount = 0;

function freshStore(): Store {
  store = createStore(new SoiDatabase(`soi-test-${++dbCount}`));
  return store;
}

afterEach(async () => {
  await store.db.delete();
});

describe('DocumentStore', () => {
  it('lists documents newest first and keeps the first-seen time on update', async () => {
    const { documents } = freshStore();
    await documents.put(documentRecord());
    await documents.put(documentRecord({ id: 'urn:pdf:abc', updated: '2026-02-01T00:00:00.000Z' }));
    await documents.put(
      documentRecord({ firstSeen: '2026-03-01T00:00:00.000Z', updated: '2026-03-01T00:00:00.000Z', title: 'Mới' }),
    );
    const listed = await documents.list();
    expect(listed.map((d) => d.title)).toEqual(['Mới', 'Kế hoạch thực hiện Nghị quyết số 21-NQ/TW']);
    expect(listed[0].firstSeen).toBe('2026-01-01T00:00:00.000Z');
  });

  it('deletes a document together with its annotations and dismissals', async () => {
    const { documents, annotations, dismissedEntities } = freshStore();
    const doc = documentRecord();
    await documents.put(doc);
    await annotations.put(annotationRecord());
    await dismissedEntities.put({
      id: `${doc.id} agency 10:Tỉnh ủy`,
      documentId: doc.id,
      kind: 'agency',
      target: annotationRecord().target,
      dismissed: '2026-01-03T00:00:00.000Z',
    });
    await documents.delete(doc.id);
    expect(await documents.get(doc.id)).toBeUndefined();
    expect(await annotations.forDocument(doc.id)).toEqual([]);
    expect(await dismissedEntities.forDocument(doc.id)).toEqual([]);
  });
});

describe('AnnotationStore', () => {
  it('returns a document’s annotations in text order, Vietnamese intact', async () => {
    const { annotations } = freshStore();
    await annotations.put(annotationRecord({}, 500));
    await annotations.put(annotationRecord({}, 40));
    await annotations.put(annotationRecord({ documentId: 'urn:pdf:other' }, 7));
    const rows = await annotations.forDocument(documentRecord().id);
    expect(rows.map((a) => a.target.selector[1].start)).toEqual([40, 500]);
    expect(rows[0].target.selector[0].exact).toBe('Nghị quyết số 21-NQ/TW');
    expect(rows[0].body.tags).toEqual(['xây dựng Đảng']);
  });

  it('keeps orphans and lists recent changes first', async () => {
    const { annotations } = freshStore();
    await annotations.put(annotationRecord({ status: 'orphan', modified: '2026-05-01T00:00:00.000Z' }, 1));
    await annotations.put(annotationRecord({}, 2));
    const recent = await annotations.recent(1);
    expect(recent).toHaveLength(1);
    expect(recent[0].status).toBe('orphan');
  });
});

describe('AnnotationStore writes', () => {
  const { documentId, contentHash: hash, origin, target, body } = annotationRecord();

  it('creates an annotation with a fresh urn:uuid id, anchored, stamped now', async () => {
    const { annotations } = freshStore();
    const now = new Date('2026-03-04T05:06:07.000Z');
    const created = await annotations.create({ documentId, contentHash: hash, origin, target, body }, now);
    expect(created.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(created).toMatchObject({ type: 'Annotation', status: 'anchored', created: now.toISOString(), modified: now.toISOString() });
    expect(await annotations.get(created.id)).toEqual(created);
    const other = await annotations.create({ documentId, contentHash: hash, origin, target, body }, now);
    expect(other.id).not.toBe(created.id);
  });

  it('records re-anchoring statuses and the reader’s edits without touching the selectors', async () => {
    const { annotations } = freshStore();
    const created = await annotations.create({ documentId, contentHash: hash, origin, target, body });
    await annotations.setStatuses([{ id: created.id, status: 'orphan' }]);
    await annotations.updateBody(created.id, { ...body, note: 'Đã sửa' }, new Date('2030-01-01T00:00:00.000Z'));
    const row = (await annotations.get(created.id))!;
    expect(row.status).toBe('orphan');
    expect(row.body.note).toBe('Đã sửa');
    expect(row.modified).toBe('2030-01-01T00:00:00.000Z');
    expect(row.target).toEqual(target);
  });

  it('keeps one dismissal per span however often it is dismissed', async () => {
    const { dismissedEntities } = freshStore();
    await dismissedEntities.dismiss(documentId, 'agency', target);
    await dismissedEntities.dismiss(documentId, 'agency', target);
    const rows = await dismissedEntities.forDocument(documentId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'agency', target });
  });
});

describe('SettingsStore', () => {
  it('falls back to defaults and stores changes', async () => {
    const { settings } = freshStore();
    expect(await settings.getAll()).toEqual(DEFAULT_SETTINGS);
    await settings.set('highlightKinds', { ...DEFAULT_SETTINGS.highlightKinds, agency: false });
    expect((await settings.get('highlightKinds')).agency).toBe(false);
    expect(await settings.get('openPdfsInSoi')).toBe(false);
  });
});

describe('contentHash', () => {
  it('is stable, fixed-width, and tells texts apart by any code unit', () => {
    expect(contentHash('Nghị quyết số 21-NQ/TW')).toBe(contentHash('Nghị quyết số 21-NQ/TW'));
    expect(contentHash('')).toMatch(/^[0-9a-f]{14}$/);
    expect(contentHash('Đảng')).not.toBe(contentHash('Dang'));
    expect(contentHash('ab')).not.toBe(contentHash('ba'));
  });
});
