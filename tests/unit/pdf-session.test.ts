import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PdfSession } from '../../components/viewer/pdf-session';
import { analyzeText } from '../../lib/core/analyze';
import type { EntityKind } from '../../lib/core/types';
import { extractPdfText, type PdfText } from '../../lib/pdf/extract';
import type { NewAnnotation } from '../../lib/store/annotations';
import type { AnnotationRecord, DismissedEntityRecord } from '../../lib/store/types';

const ALL_KINDS: Record<EntityKind, boolean> = { reference: true, agency: true, target: true, assignment: true };
let records = 0;

/** What the store makes of a new annotation. */
function stored(annotation: NewAnnotation): AnnotationRecord {
  const stamp = '2026-01-02T03:04:05.000Z';
  return { id: `urn:uuid:${++records}`, type: 'Annotation', ...annotation, status: 'anchored', created: stamp, modified: stamp };
}

describe('PdfSession over a 4-page Party plan', () => {
  let pdf: PdfText;
  let session: PdfSession;
  beforeAll(async () => {
    pdf = await extractPdfText(new Uint8Array(readFileSync(new URL('../fixtures/pdf/party-plan.pdf', import.meta.url))));
  });
  const fresh = () => (session = new PdfSession(pdf, analyzeText(pdf.text)));

  it('is the PDF of its fingerprint, and paints every entity before the library speaks', () => {
    fresh();
    expect(session.documentId).toBe(`urn:pdf:${pdf.fingerprint}`);
    expect(session.marks()).toEqual(session.analysis.entities.map(({ start, end, kind }) => ({ start, end, kind })));
    expect(session.report('chrome-extension://id/viewer.html?file=x', 'ke-hoach.pdf')).toMatchObject({
      documentId: session.documentId,
      mediaType: 'application/pdf',
      isPartyDocument: true,
      dismissedEntityIds: [],
      acceptedEntityIds: [],
    });
  });

  it('anchors the reader’s note on page 3 by its position in the whole document, and paints it as a note', () => {
    fresh();
    const passage = 'Nhiệm vụ trọng tâm thứ 5';
    const start = pdf.text.indexOf(passage);
    expect(start).toBeGreaterThan(pdf.pages[2].start);
    const target = session.targetOf(start, start + passage.length);
    expect(target.selector[1]).toEqual({ type: 'TextPositionSelector', start, end: start + passage.length });
    const note = stored(session.newAnnotation(target, { kind: 'note', tags: [], note: 'Trọng tâm', canonical: {} }));
    expect(session.applyState({ annotations: [note], dismissed: [], highlightKinds: ALL_KINDS })).toEqual([]);
    expect(session.marks()).toContainEqual({ start, end: start + passage.length, kind: 'note' });
    expect(session.annotationSpan(note.id)).toEqual({ start, end: start + passage.length });
  });

  it('hides a dismissed entity, keeps an accepted one in its kind, and hides both with their kind', () => {
    fresh();
    const [reference, target] = ['reference', 'target'].map((kind) => session.analysis.entities.find((entity) => entity.kind === kind)!);
    const dismissal = session.dismissal(target.id)!;
    const dismissed: DismissedEntityRecord = { id: 'd1', documentId: session.documentId, dismissed: '2026-01-02T03:04:05.000Z', ...dismissal };
    const accepted = stored(session.acceptance(reference.id)!);
    session.applyState({ annotations: [accepted], dismissed: [dismissed], highlightKinds: ALL_KINDS });
    expect(session.dismissedEntityIds).toEqual([target.id]);
    expect(session.acceptedEntityIds).toEqual([reference.id]);
    const spanOf = (kind: string, start: number) => session.marks().filter((mark) => mark.kind === kind && mark.start === start);
    expect(spanOf('target', target.start)).toEqual([]);
    expect(spanOf('reference', reference.start)).toHaveLength(2);
    session.setKindsVisible({ ...ALL_KINDS, reference: false });
    expect(session.marks().filter((mark) => mark.kind === 'reference')).toEqual([]);
    expect(session.report('u', 't')).toMatchObject({ dismissedEntityIds: [target.id], acceptedEntityIds: [reference.id] });
  });

  it('keeps an annotation whose passage is gone as an orphan, and says its status changed', () => {
    fresh();
    const target = session.targetOf(0, 10);
    target.selector[0] = { ...target.selector[0], exact: 'Một đoạn không có trong tệp này', prefix: '', suffix: '' };
    const lost = stored(session.newAnnotation(target, { kind: 'note', tags: [], note: '', canonical: {} }));
    expect(session.applyState({ annotations: [lost], dismissed: [], highlightKinds: ALL_KINDS })).toEqual([{ id: lost.id, status: 'orphan' }]);
    expect(session.orphans).toEqual([lost]);
    expect(session.annotationSpan(lost.id)).toBeUndefined();
  });
});
