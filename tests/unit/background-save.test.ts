import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnnotation } from '../../entrypoints/background/page-library';
import { isRefused } from '../../lib/messages';
import { openStore } from '../../lib/store';
import { annotationRecord } from './store-fixtures';

const { documentId, contentHash, origin, target, body } = annotationRecord();
const annotation = { documentId, contentHash, origin, target, body };

const writes = IDBObjectStore.prototype as unknown as Record<'add' | 'put', unknown>;
const { add, put } = writes;
afterEach(() => {
  vi.restoreAllMocks();
  writes.add = add;
  writes.put = put;
});

describe('saving an annotation in the background', () => {
  it('answers why the browser refused the write, and stores it once the browser accepts', async () => {
    writes.add = writes.put = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    // the background logs what it refused; not this test's output
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const refused = await createAnnotation(annotation, null);
    expect(refused).toEqual({ refused: 'QuotaExceededError' });
    expect(await openStore().annotations.forDocument(documentId)).toEqual([]);

    writes.add = add;
    writes.put = put;
    const saved = await createAnnotation(annotation, null);
    expect(isRefused(saved)).toBe(false);
    expect(await openStore().annotations.forDocument(documentId)).toHaveLength(1);
  });
});
