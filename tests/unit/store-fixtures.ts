import type { AnnotationRecord, DocumentRecord } from '../../lib/store';

const SOURCE = 'https://tinhuy.example.vn/van-ban/35-kh-du';

export function documentRecord(overrides: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    id: SOURCE,
    url: SOURCE + '?utm=x',
    contentHash: 'a'.repeat(64),
    mediaType: 'text/html',
    title: 'Kế hoạch thực hiện Nghị quyết số 21-NQ/TW',
    card: { type: 'Kế hoạch', symbol: '35-KH/ĐU', date: '2025-11-21', issuer: 'Đảng ủy xã Bình Lư' },
    isPartyDocument: true,
    entityCounts: { reference: 24, agency: 20, target: 10 },
    citedSymbols: ['21-NQ/TW'],
    firstSeen: '2026-01-01T00:00:00.000Z',
    updated: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function annotationRecord(overrides: Partial<AnnotationRecord> = {}, start = 120): AnnotationRecord {
  const exact = 'Nghị quyết số 21-NQ/TW';
  return {
    id: `urn:uuid:00000000-0000-4000-8000-${String(start).padStart(12, '0')}`,
    type: 'Annotation',
    documentId: SOURCE,
    contentHash: 'a'.repeat(64),
    origin: 'reader',
    target: {
      source: SOURCE,
      selector: [
        { type: 'TextQuoteSelector', exact, prefix: 'thực hiện ', suffix: ', ngày 16/6/2022' },
        { type: 'TextPositionSelector', start, end: start + exact.length },
      ],
    },
    body: { kind: 'reference', tags: ['xây dựng Đảng'], note: 'Văn bản gốc', canonical: { symbol: '21-NQ/TW' } },
    status: 'anchored',
    created: '2026-01-02T00:00:00.000Z',
    modified: '2026-01-02T00:00:00.000Z',
    ...overrides,
  };
}
