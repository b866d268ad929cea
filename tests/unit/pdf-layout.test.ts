import { describe, expect, it } from 'vitest';
import { itemSlices } from '../../lib/pdf/char-map';
import { assembleText, buildPageLines, dropRunningLines, joinKind, type PlacedItem } from '../../lib/pdf/layout';

/** Items in content-stream order, one per [str, x, y]; 10pt text, 5pt per char. */
function items(...rows: [string, number, number][]): PlacedItem[] {
  return rows.map(([str, x, y], index) => ({ index, str, x, y, width: str.length * 5, size: 10 }));
}

const textOf = (pages: PlacedItem[][]): string =>
  assembleText(dropRunningLines(pages.map(buildPageLines)), 'fp').text;

describe('buildPageLines', () => {
  it('orders lines top to bottom and items left to right, whatever the stream order', () => {
    const page = buildPageLines(items(['dòng hai', 10, 680], ['cuối', 60, 700.5], ['Dòng', 10, 700], ['đầu', 35, 700.2]));
    expect(page.lines.map((l) => l.text)).toEqual(['Dòng đầu cuối', 'dòng hai']);
  });

  it('inserts a space for a gap between items but not for touching items', () => {
    const page = buildPageLines(items(['Nghị', 0, 100], ['quyết', 20, 100], ['số', 55, 100]));
    expect(page.lines[0].text).toBe('Nghịquyết số');
  });

  it('reads a run printed twice for fake bold once', () => {
    const page = buildPageLines(items(['KẾ HOẠCH', 100, 700], ['KẾ HOẠCH', 100.4, 700]));
    expect(page.lines[0].text).toBe('KẾ HOẠCH');
  });

  it('flags a page with no glyphs', () => {
    expect(buildPageLines(items([' ', 0, 100])).hasText).toBe(false);
    expect(buildPageLines([]).hasText).toBe(false);
  });
});

describe('joinKind', () => {
  it.each([
    ['thực hiện Quy định số 57-', 'QĐ/TW, ngày 18/3/2022', 'direct'],
    ['Quy định số 57-QĐ/', 'TW ngày', 'direct'],
    ['Quy định số 57', '-QĐ/TW ngày', 'direct'],
    ['cơ sở dữ liệu (data-', 'base) của Đảng bộ', 'drop-hyphen'],
    ['chuyển đổi số trong công', 'tác tổ chức', 'newline'],
    ['đạt từ 3 -', '4% tổng số', 'newline'],
    ['Nơi nhận:', '- Lưu Văn phòng', 'newline'],
    ['Quy định số 57', '- QĐ/TW', 'newline'],
  ] as const)('%s | %s -> %s', (prev, next, kind) => {
    expect(joinKind(prev, next)).toBe(kind);
  });
});

describe('assembleText', () => {
  it('joins a symbol split across lines with every char still on a real glyph', () => {
    const pdf = assembleText(
      [buildPageLines(items(['thực hiện Quy định số 57-', 0, 700], ['QĐ/TW ngày 18/3/2022', 0, 685]))],
      'fp',
    );
    expect(pdf.text).toBe('thực hiện Quy định số 57-QĐ/TW ngày 18/3/2022');
    const start = pdf.text.indexOf('57-QĐ/TW');
    expect(itemSlices(pdf, start, start + 8)).toEqual([
      { page: 0, item: 0, from: 22, to: 25 },
      { page: 0, item: 1, from: 0, to: 5 },
    ]);
  });

  it('drops the hyphen of a hyphenated word, and the map skips it', () => {
    const pdf = assembleText([buildPageLines(items(['(data-', 0, 700], ['base) của', 0, 685]))], 'fp');
    expect(pdf.text).toBe('(database) của');
    expect(itemSlices(pdf, 0, 9)).toEqual([
      { page: 0, item: 0, from: 0, to: 5 },
      { page: 0, item: 1, from: 0, to: 4 },
    ]);
  });

  it('joins a symbol split across a page break, once headers and page numbers are gone', () => {
    const header = (n: number): [string, number, number][] => [
      ['ĐẢNG ỦY XÃ BÌNH LƯ', 100, 820],
      [`Trang ${n}`, 100, 20],
    ];
    const text = textOf([
      items(...header(1), ['Mở đầu kế hoạch', 0, 700], ['căn cứ Nghị quyết số 21-', 0, 60]),
      items(...header(2), ['NQ/TW của Bộ Chính trị', 0, 780], ['nội dung', 0, 400]),
      items(...header(3), ['kết thúc', 0, 780], ['17', 290, 40]),
    ]);
    expect(text).toBe('Mở đầu kế hoạch\ncăn cứ Nghị quyết số 21-NQ/TW của Bộ Chính trị\nnội dung\nkết thúc');
  });

  it('drops a running header carrying a page counter, but keeps headings that start several pages', () => {
    const text = textOf([
      items(['Kế hoạch 35-KH/ĐU, trang 1/3', 0, 820], ['1. Mục đích thứ 1', 0, 780], ['nội dung một', 0, 500]),
      items(['Kế hoạch 35-KH/ĐU, trang 2/3', 0, 820], ['3. Mục đích thứ 3', 0, 780], ['nội dung hai', 0, 500]),
      items(['Kế hoạch 35-KH/ĐU, trang 3/3', 0, 820], ['5. Mục đích thứ 5', 0, 780], ['nội dung ba', 0, 500]),
    ]);
    expect(text).not.toContain('trang');
    expect(text.match(/Mục đích/g)).toHaveLength(3);
  });

  it('keeps a line that repeats in the body, away from the page edges', () => {
    const page = (n: number): PlacedItem[] =>
      items([`mở ${n}`, 0, 800], [`hai ${n}a`, 0, 780], ['Ban Thường vụ', 0, 500], [`bốn ${n}b`, 0, 300], [`cuối ${n}c`, 0, 100]);
    expect(textOf([page(1), page(2)]).match(/Ban Thường vụ/g)).toHaveLength(2);
  });

  it('records each page range and the pages without text', () => {
    const pdf = assembleText(
      [buildPageLines(items(['một', 0, 700])), buildPageLines([]), buildPageLines(items(['hai', 0, 700]))],
      'fp',
    );
    expect(pdf.text).toBe('một\nhai');
    expect(pdf.pages.map((p) => pdf.text.slice(p.start, p.end))).toEqual(['một', '', 'hai']);
    expect(pdf.pagesWithoutText).toEqual([1]);
    expect(pdf.isScanned).toBe(false);
    expect(Array.from(pdf.map.page)).toEqual([0, 0, 0, 2, 2, 2, 2]);
    expect(Array.from(pdf.map.item)).toEqual([0, 0, 0, -1, 0, 0, 0]);
  });
});
