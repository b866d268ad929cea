import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/core/analyze';
import { itemSlices, textIndexAt, textOffsetOf, textRangeOf, type GlyphPosition } from '../../lib/pdf/char-map';
import { extractPdfText, type PdfText } from '../../lib/pdf/extract';
import { assembleText, buildPageLines, dropRunningLines, type PlacedItem } from '../../lib/pdf/layout';
import { SPLIT_SYMBOL } from '../fixtures/pdf/party-pdf';

/** Items in content-stream order, one per [str, x, y]; 10pt text, 5pt per char. */
function items(...rows: [string, number, number][]): PlacedItem[] {
  return rows.map(([str, x, y], index) => ({ index, str, x, y, width: str.length * 5, size: 10 }));
}

const textIn = (pdf: PdfText, range: { start: number; end: number } | null): string | null =>
  range && pdf.text.slice(range.start, range.end);

describe('textOffsetOf / textRangeOf (the inverse of itemSlices)', () => {
  describe('on a Party plan printed by Chromium', () => {
    let pdf: PdfText;
    beforeAll(async () => {
      pdf = await extractPdfText(new Uint8Array(readFileSync(new URL('../fixtures/pdf/party-plan.pdf', import.meta.url))));
    });

    it('gives back every char placed on a glyph, as a selection start and as a selection end', () => {
      const { page, item, offset } = pdf.map;
      const wrong: number[] = [];
      for (let i = 0; i < pdf.text.length; i++) {
        if (item[i] < 0) continue;
        const at: GlyphPosition = { page: page[i], item: item[i], offset: offset[i] };
        if (textOffsetOf(pdf, at, 'start') !== i || textOffsetOf(pdf, { ...at, offset: at.offset + 1 }, 'end') !== i + 1) wrong.push(i);
      }
      expect(wrong).toEqual([]);
    });

    it('names the char under a glyph for a tooltip, and none for a glyph the text left out', () => {
      const { page, item, offset } = pdf.map;
      const wrong: number[] = [];
      for (let i = 0; i < pdf.text.length; i++) {
        if (item[i] >= 0 && textIndexAt(pdf, { page: page[i], item: item[i], offset: offset[i] }) !== i) wrong.push(i);
      }
      expect(wrong).toEqual([]);
      expect(textIndexAt(pdf, { page: 0, item: 1e6, offset: 0 })).toBeNull();
      expect(textIndexAt(pdf, { page: 0, item: item[0], offset: -1 })).toBeNull();
    });

    it('maps the glyphs of every entity back to the entity, across lines and pages', () => {
      const { entities } = analyzeText(pdf.text);
      expect(entities.length).toBeGreaterThan(20);
      for (const entity of entities) {
        const slices = itemSlices(pdf, entity.start, entity.end);
        const first = slices[0];
        const last = slices[slices.length - 1];
        const range = textRangeOf(pdf, { page: first.page, item: first.item, offset: first.from }, { page: last.page, item: last.item, offset: last.to });
        expect(range, entity.text).toEqual({ start: entity.start, end: entity.end });
      }
      const split = entities.find((entity) => entity.kind === 'reference' && entity.symbol === SPLIT_SYMBOL);
      expect(new Set(itemSlices(pdf, split!.start, split!.end).map((slice) => slice.item)).size).toBeGreaterThan(1);
    });
  });

  it('moves a boundary on a glyph left out of the text to the nearest one kept, never outside the selection', () => {
    // Page 1: a running header (item 0) dropped on both pages, then body text with padded items.
    const header = (page: number): [string, number, number] => [`Đảng ủy xã — trang đầu ${page}`, 0, 800];
    const pdf = assembleText(
      dropRunningLines([
        buildPageLines(items(header(1), ['  Ban Thường vụ ', 0, 700], ['Đảng ủy', 100, 700])),
        buildPageLines(items(header(2), ['Kế hoạch số 35-KH/ĐU', 0, 700])),
      ]),
      'fp',
    );
    expect(pdf.text).toBe('Ban Thường vụ Đảng ủy\nKế hoạch số 35-KH/ĐU');
    // the dropped header and the padding are no text: no tooltip there
    expect(textIndexAt(pdf, { page: 0, item: 0, offset: 3 })).toBeNull();
    expect(textIndexAt(pdf, { page: 0, item: 1, offset: 0 })).toBeNull();
    expect(textIndexAt(pdf, { page: 0, item: 1, offset: 2 })).toBe(0);
    // From inside the dropped header of page 1 to the middle of page 1's second item.
    expect(textIn(pdf, textRangeOf(pdf, { page: 0, item: 0, offset: 3 }, { page: 0, item: 2, offset: 4 }))).toBe('Ban Thường vụ Đảng');
    // From the padding before "Ban" to the padding after "vụ".
    expect(textIn(pdf, textRangeOf(pdf, { page: 0, item: 1, offset: 0 }, { page: 0, item: 1, offset: 16 }))).toBe('Ban Thường vụ');
    // Ending inside page 2's dropped header: the selection stops at the end of page 1.
    expect(textIn(pdf, textRangeOf(pdf, { page: 0, item: 2, offset: 0 }, { page: 1, item: 0, offset: 5 }))).toBe('Đảng ủy');
    // Only blanks or only dropped glyphs: nothing to annotate.
    expect(textRangeOf(pdf, { page: 0, item: 1, offset: 0 }, { page: 0, item: 1, offset: 2 })).toBeNull();
    expect(textRangeOf(pdf, { page: 1, item: 0, offset: 0 }, { page: 1, item: 0, offset: 4 })).toBeNull();
  });

  it('reads a word hyphenated over two lines as the joined word', () => {
    const pdf = assembleText([buildPageLines(items(['dữ liệu đảng viên (data-', 0, 700], ['base) của Đảng bộ', 0, 685]))], 'fp');
    expect(pdf.text).toBe('dữ liệu đảng viên (database) của Đảng bộ');
    // The selection covers the printed hyphen, which the text does not have.
    expect(textIn(pdf, textRangeOf(pdf, { page: 0, item: 0, offset: 19 }, { page: 0, item: 1, offset: 4 }))).toBe('database');
  });
});
