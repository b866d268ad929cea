import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createStore,
  importLibrary,
  ImportError,
  parseLibraryExport,
  readLibrary,
  SoiDatabase,
  toCslJson,
  toCsv,
  toHtml,
  toMarkdown,
  toWebAnnotationCollection,
  type AnnotationRecord,
  type ExportLabels,
  type LibraryContent,
  type Store,
} from '../../lib/store';
import { citationGraph } from '../../lib/store/citations';
import { annotationRecord, documentRecord } from './store-fixtures';

let store: Store | undefined;
let dbCount = 0;
function freshStore(): Store {
  store = createStore(new SoiDatabase(`soi-exchange-${++dbCount}`));
  return store;
}
afterEach(async () => {
  await store?.db.delete();
  store = undefined;
});

const exportText = (content: LibraryContent) => JSON.stringify(toWebAnnotationCollection(content, new Date('2026-06-01T00:00:00.000Z'), 'Soi'));

const LABELS: ExportLabels = {
  heading: 'Ghi chú Soi',
  kind: { reference: 'Văn bản dẫn chiếu', agency: 'Cơ quan', target: 'Chỉ tiêu', assignment: 'Phân công', note: 'Ghi chú' },
  note: 'Ghi chú',
  tags: 'Thẻ',
  orphan: 'Không còn tìm thấy trên trang',
  columns: { document: 'Văn bản', symbol: 'Số, ký hiệu', kind: 'Loại', quote: 'Đoạn trích', note: 'Ghi chú', tags: 'Thẻ', status: 'Trạng thái', created: 'Tạo lúc', url: 'Địa chỉ' },
  status: { anchored: 'Có trên trang', orphan: 'Không còn tìm thấy' },
};

const stamp = fc.date({ min: new Date('2020-01-01T00:00:00.000Z'), max: new Date('2030-01-01T00:00:00.000Z'), noInvalidDate: true }).map((d) => d.toISOString());
const vietnamese = fc.string({ unit: fc.constantFrom(...'aăâđêôơưáàảãạếềểễệ ĐƯỜNG,.-/\n"\'<>&=0123456789'.split('')), maxLength: 40 });

const annotationArbitrary: fc.Arbitrary<AnnotationRecord> = fc
  .record({
    id: fc.uuid().map((id) => `urn:uuid:${id}`),
    exact: vietnamese.filter((s) => s.length > 0),
    prefix: vietnamese,
    suffix: vietnamese,
    start: fc.nat(100_000),
    length: fc.nat(500),
    kind: fc.constantFrom('reference', 'agency', 'target', 'assignment', 'note' as const),
    tags: fc.uniqueArray(vietnamese.filter((s) => s.trim().length > 0), { maxLength: 4 }),
    note: vietnamese,
    canonical: fc.dictionary(fc.constantFrom('symbol', 'label', 'name'), vietnamese),
    status: fc.constantFrom('anchored', 'orphan' as const),
    origin: fc.constantFrom('reader', 'accepted' as const),
    created: stamp,
    modified: stamp,
  })
  .map((r) =>
    annotationRecord({
      id: r.id,
      origin: r.origin,
      status: r.status,
      created: r.created,
      modified: r.modified,
      target: {
        source: documentRecord().id,
        selector: [
          { type: 'TextQuoteSelector', exact: r.exact, prefix: r.prefix, suffix: r.suffix },
          { type: 'TextPositionSelector', start: r.start, end: r.start + r.length },
        ],
      },
      body: { kind: r.kind, tags: r.tags, note: r.note, canonical: r.canonical },
    }),
  );

describe('the JSON-LD backup', () => {
  it('reads back exactly what was exported (property)', () => {
    fc.assert(
      fc.property(fc.array(annotationArbitrary, { maxLength: 8 }), (annotations) => {
        const content: LibraryContent = { documents: [documentRecord()], annotations, dismissed: [] };
        expect(parseLibraryExport(exportText(content))).toEqual(content);
      }),
      { numRuns: 200 },
    );
  });

  it('is a W3C AnnotationCollection with the model’s own terms', () => {
    const collection = toWebAnnotationCollection({ documents: [], annotations: [annotationRecord()], dismissed: [] }, new Date(), 'Soi');
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    const [item] = collection.first.items;
    expect(item).toMatchObject({ type: 'Annotation', motivation: 'commenting', target: { source: documentRecord().id } });
    expect(item.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'xây dựng Đảng' });
    expect(item.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
  });

  it('refuses anything else with an ImportError, never another exception (property)', () => {
    const valid = JSON.parse(exportText({ documents: [documentRecord()], annotations: [annotationRecord()], dismissed: [] }));
    // Arbitrary text, arbitrary JSON, and a valid export with one value replaced anywhere.
    const mutated = fc.tuple(fc.nat(), fc.jsonValue()).map(([pick, value]) => {
      const copy = structuredClone(valid);
      const paths: [Record<string, unknown>, string][] = [];
      const walk = (node: unknown) => {
        if (!node || typeof node !== 'object') return;
        for (const key of Object.keys(node)) {
          paths.push([node as Record<string, unknown>, key]);
          walk((node as Record<string, unknown>)[key]);
        }
      };
      walk(copy);
      const [parent, key] = paths[pick % paths.length];
      parent[key] = value;
      return JSON.stringify(copy);
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue().map((value) => JSON.stringify(value)), mutated), (text) => {
        try {
          parseLibraryExport(text);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['not JSON', '{"type": "Annotation', 'not-json'],
    ['another program’s JSON', '{"items": []}', 'not-soi'],
    ['a broken Soi file', '{"type":"AnnotationCollection","first":{"type":"AnnotationPage","items":[{"id":"x"}]}}', 'invalid'],
  ])('says what is wrong with %s', (_case, text, reason) => {
    expect(() => parseLibraryExport(text)).toThrow(expect.objectContaining({ reason }));
  });

  it('names where a broken file is wrong', () => {
    const broken = JSON.parse(exportText({ documents: [], annotations: [annotationRecord()], dismissed: [] }));
    broken.first.items[0].target.selector[1].start = -4;
    try {
      parseLibraryExport(JSON.stringify(broken));
      expect.unreachable();
    } catch (error) {
      expect((error as ImportError).problems.join()).toMatch(/first\.items\.0\.target\.selector\.1\.start/);
    }
  });
});

describe('importing into the library', () => {
  it('adds what is new, updates what is older here, keeps what is newer here', async () => {
    const { db, annotations } = freshStore();
    const older = annotationRecord({ modified: '2026-01-01T00:00:00.000Z', body: { ...annotationRecord().body, note: 'cũ' } }, 1);
    const newerHere = annotationRecord({ modified: '2026-09-01T00:00:00.000Z', body: { ...annotationRecord().body, note: 'mới trên máy' } }, 2);
    await annotations.put(older);
    await annotations.put(newerHere);
    const file: LibraryContent = {
      documents: [documentRecord()],
      annotations: [
        { ...older, modified: '2026-02-01T00:00:00.000Z', body: { ...older.body, note: 'từ tệp' } },
        { ...newerHere, modified: '2026-03-01T00:00:00.000Z', body: { ...newerHere.body, note: 'cũ trong tệp' } },
        annotationRecord({}, 3),
      ],
      dismissed: [],
    };
    const summary = await importLibrary(db, parseLibraryExport(exportText(file)));
    expect(summary.annotations).toEqual({ added: 1, updated: 1, kept: 1 });
    expect(summary.documents).toEqual({ added: 1, updated: 0, kept: 0 });
    expect((await annotations.get(older.id))!.body.note).toBe('từ tệp');
    expect((await annotations.get(newerHere.id))!.body.note).toBe('mới trên máy');
  });

  it('round-trips a whole library through a backup into an empty one', async () => {
    const source = freshStore();
    await source.documents.put(documentRecord());
    await source.annotations.put(annotationRecord());
    await source.dismissedEntities.dismiss(documentRecord().id, 'agency', annotationRecord().target, new Date('2026-01-05T00:00:00.000Z'));
    const backup = exportText(await readLibrary(source));
    await source.db.delete();
    const target = freshStore();
    await importLibrary(target.db, parseLibraryExport(backup));
    const restored = await readLibrary(target);
    expect(restored.documents).toEqual([documentRecord()]);
    expect(restored.annotations).toEqual([annotationRecord()]);
    expect(restored.dismissed).toHaveLength(1);
  });
});

describe('exports for people and other programs', () => {
  const content: LibraryContent = {
    documents: [documentRecord()],
    annotations: [
      annotationRecord({ body: { kind: 'target', tags: ['kết nạp'], note: '=HYPERLINK("x") <b>', canonical: {} } }, 9),
      annotationRecord({ status: 'orphan' }, 3),
    ],
    dismissed: [],
  };

  it('writes Markdown grouped by document, in text order, orphans marked', () => {
    const markdown = toMarkdown(content, LABELS);
    expect(markdown).toContain('## Kế hoạch 35-KH/ĐU — Kế hoạch thực hiện Nghị quyết số 21-NQ/TW');
    expect(markdown.indexOf('(Không còn tìm thấy trên trang)')).toBeLessThan(markdown.indexOf('**Chỉ tiêu**'));
  });

  it('escapes HTML and colours passages by kind', () => {
    const html = toHtml(content, LABELS, { reference: '#1', agency: '#2', target: '#3', assignment: '#4', note: '#5' });
    expect(html).toContain('&lt;b&gt;');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<mark style="background:#3">');
  });

  it('writes CSV that spreadsheets open as UTF-8 and cannot run as formulas', () => {
    const csv = toCsv(content, LABELS);
    expect(csv.startsWith('\ufeffVăn bản,Số, ký hiệu'.replace('Số, ký hiệu', '"Số, ký hiệu"'))).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"") <b>"`);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(3);
  });

  it('gives reference managers CSL-JSON items', () => {
    expect(toCslJson(content.documents)).toEqual([
      {
        id: documentRecord().id,
        type: 'legislation',
        title: 'Kế hoạch thực hiện Nghị quyết số 21-NQ/TW',
        number: '35-KH/ĐU',
        genre: 'Kế hoạch',
        authority: 'Đảng ủy xã Bình Lư',
        issued: { 'date-parts': [[2025, 11, 21]] },
        URL: documentRecord().url,
      },
    ]);
  });
});

describe('citationGraph', () => {
  it('links saved documents that cite each other by symbol', () => {
    const plan = documentRecord();
    const resolution = documentRecord({ id: 'https://example.vn/21', card: { symbol: '21-NQ/TW', type: 'Nghị quyết' }, citedSymbols: [] });
    const graph = citationGraph([plan, resolution]);
    expect(graph.get(resolution.id)).toEqual({ cites: [], citedBy: ['35-KH/ĐU'] });
    expect(graph.get(plan.id)).toEqual({ cites: ['21-NQ/TW'], citedBy: [] });
  });
});
