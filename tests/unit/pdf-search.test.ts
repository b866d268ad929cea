import { describe, expect, it } from 'vitest';
import { foldText } from '../../lib/core/normalize';
import { buildPageLines, assembleText, type PlacedItem } from '../../lib/pdf/layout';
import { marksByPage } from '../../lib/pdf/marks';
import { searchFolded } from '../../lib/pdf/search';

const text = 'Ban Thường vụ Tỉnh\nủy Lai Châu; Ban thường vụ Đảng ủy';

describe('searchFolded', () => {
  it('matches without case or diacritics, across a line break, as spans of the original', () => {
    const hits = searchFolded(foldText(text), 'tinh uy');
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['Tỉnh\nủy']);
    expect(searchFolded(foldText(text), 'BAN THUONG VU').map((h) => text.slice(h.start, h.end))).toEqual([
      'Ban Thường vụ',
      'Ban thường vụ',
    ]);
  });

  it('tells apart the chars outside Latin-1, which the folded text writes alike', () => {
    const page = 'Москва, Минск; 北京 东京 and ✓ done, ✗ not';
    const found = (query: string) => searchFolded(foldText(page), query).map((h) => page.slice(h.start, h.end));
    expect(found('минск')).toEqual(['Минск']);
    expect(found('东京')).toEqual(['东京']);
    expect(found('✗')).toEqual(['✗']);
    expect(found('Киев')).toEqual([]);
  });

  it('finds nothing for a blank query', () => {
    expect(searchFolded(foldText(text), '  ')).toEqual([]);
  });
});

describe('marksByPage', () => {
  it('splits a range over the items and pages its glyphs sit on', () => {
    const item = (index: number, str: string, y: number): PlacedItem => ({ index, str, x: 0, y, width: str.length * 5, size: 10 });
    const pdf = assembleText(
      [buildPageLines([item(0, 'Kết luận số 21-', 700)]), buildPageLines([item(0, 'KL/TW của Bộ Chính trị', 700)])],
      'fp',
    );
    const start = pdf.text.indexOf('21-KL/TW');
    const marks = marksByPage(pdf, [{ start, end: start + 8, kind: 'reference' }]);
    expect([...marks.entries()]).toEqual([
      [0, [{ item: 0, from: 12, to: 15, kind: 'reference' }]],
      [1, [{ item: 0, from: 0, to: 5, kind: 'reference' }]],
    ]);
  });
});
