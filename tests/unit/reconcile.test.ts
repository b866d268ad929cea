import { describe, expect, it } from 'vitest';
import { describe as describeSpan } from '../../lib/anchor/selectors';
import { reconcile, type PlacedEntity } from '../../lib/annotations/reconcile';
import type { AnnotationRecord, DismissedEntityRecord } from '../../lib/store/types';
import { annotationRecord } from './store-fixtures';

const text = 'Thực hiện Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương; Ban Thường vụ Tỉnh ủy chỉ đạo.';

function spanOf(exact: string, within = text): { start: number; end: number } {
  const start = within.indexOf(exact);
  return { start, end: start + exact.length };
}

function placed(kind: 'reference' | 'agency', exact: string): PlacedEntity {
  const { start, end } = spanOf(exact);
  const entity = { id: `${kind}-${start}`, kind, start, end, text: exact, confidence: 1 } as PlacedEntity['entity'];
  return { entity, start, end };
}

function annotationOn(exact: string, overrides: Partial<AnnotationRecord> = {}, source = text): AnnotationRecord {
  const { start, end } = spanOf(exact, source);
  const { quote, position } = describeSpan(source, start, end);
  const base = annotationRecord(overrides);
  return { ...base, ...overrides, target: { source: base.target.source, selector: [quote, position] } };
}

describe('reconcile', () => {
  const entities = [placed('reference', 'Nghị quyết số 21-NQ/TW'), placed('agency', 'Ban Thường vụ Tỉnh ủy')];

  it('places annotations and recognises accepted and dismissed entities', () => {
    const note = annotationOn('Ban Chấp hành Trung ương', { id: 'a1' });
    const accepted = annotationOn('Nghị quyết số 21-NQ/TW', { id: 'a2', origin: 'accepted' });
    const { quote, position } = describeSpan(text, ...(Object.values(spanOf('Ban Thường vụ Tỉnh ủy')) as [number, number]));
    const dismissed: DismissedEntityRecord = {
      id: 'd1', documentId: 'doc', kind: 'agency', target: { source: 'doc', selector: [quote, position] }, dismissed: '2026-01-01T00:00:00.000Z',
    };
    const result = reconcile(text, entities, [note, accepted], [dismissed]);
    expect(result.placed.map((p) => text.slice(p.start, p.end))).toEqual(['Ban Chấp hành Trung ương', 'Nghị quyết số 21-NQ/TW']);
    expect([...result.acceptedEntityIds]).toEqual([entities[0].entity.id]);
    expect([...result.dismissedEntityIds]).toEqual([entities[1].entity.id]);
    expect(result.orphans).toEqual([]);
    expect(result.statusChanges).toEqual([]);
  });

  it('keeps what it cannot place as an orphan and says its status changed', () => {
    const gone = annotationOn('Tỉnh ủy chỉ đạo', { id: 'gone' }, 'Một câu khác: Tỉnh ủy chỉ đạo chặt chẽ.');
    const changed = 'Thực hiện Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương.';
    const result = reconcile(changed, [], [gone], []);
    expect(result.placed).toEqual([]);
    expect(result.orphans.map((r) => r.id)).toEqual(['gone']);
    expect(result.statusChanges).toEqual([{ id: 'gone', status: 'orphan' }]);
  });

  it('brings an orphan back when its text returns', () => {
    const orphan = annotationOn('Ban Thường vụ Tỉnh ủy', { id: 'back', status: 'orphan' });
    expect(reconcile(`Mở đầu. ${text}`, [], [orphan], []).statusChanges).toEqual([{ id: 'back', status: 'anchored' }]);
  });
});
