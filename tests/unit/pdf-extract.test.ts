import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/core/analyze';
import { itemSlices } from '../../lib/pdf/char-map';
import { extractPdfText, PdfError, type PdfText } from '../../lib/pdf/extract';
import { RUNNING_HEADER, SPLIT_SYMBOL } from '../fixtures/pdf/party-pdf';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../fixtures/pdf/${name}`, import.meta.url)));

/** The raw text items of every page, as pdf.js TextLayer would get them. */
async function rawItems(data: Uint8Array): Promise<string[][]> {
  const doc = await getDocument({ data: data.slice(), verbosity: 0 }).promise;
  const pages: string[][] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    pages.push(content.items.filter((i): i is TextItem => 'str' in i).map((i) => i.str));
  }
  await doc.destroy();
  return pages;
}

describe('extractPdfText on a Party plan printed by Chromium', () => {
  const data = fixture('party-plan.pdf');
  let pdf: PdfText;
  let items: string[][];
  const progress: number[] = [];
  beforeAll(async () => {
    pdf = await extractPdfText(data, { onProgress: ({ done }) => progress.push(done) });
    items = await rawItems(data);
  });

  it('reads every page with progress per page and a fingerprint', () => {
    expect(pdf.pageCount).toBe(4);
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(pdf.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(pdf.isScanned).toBe(false);
    expect(pdf.pagesWithoutText).toEqual([]);
  });

  it('rebuilds reading order: the header block first, not the running header printed last', () => {
    expect(pdf.text.startsWith('ĐẢNG BỘ TỈNH LAI CHÂU ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ BÌNH LƯ')).toBe(true);
  });

  it('drops the running header and the page numbers', () => {
    expect(pdf.text).not.toContain(RUNNING_HEADER);
    expect(pdf.text.split('\n').filter((line) => /^\d+$/.test(line))).toEqual([]);
  });

  it('keeps the section headings that open pages 2 to 4', () => {
    expect(pdf.text.match(/^\d+\. Nhiệm vụ trọng tâm thứ \d+$/gm)).toHaveLength(7);
  });

  it('joins the split symbol and the hyphenated word', () => {
    expect(pdf.text).toContain(`Quy định số ${SPLIT_SYMBOL}, ngày 18/3/2022`);
    expect(pdf.text).toContain('(database) của Đảng bộ');
  });

  it('maps every char to its glyph: page, item and offset agree with pdf.js text items', () => {
    const { page, item, offset } = pdf.map;
    expect(page.length).toBe(pdf.text.length);
    const wrong: string[] = [];
    let glyphs = 0;
    for (let i = 0; i < pdf.text.length; i++) {
      const ok = item[i] < 0 ? /\s/.test(pdf.text[i]) : items[page[i]][item[i]][offset[i]] === pdf.text[i];
      if (!ok) wrong.push(`${i}:${pdf.text[i]}`);
      if (item[i] >= 0) glyphs++;
    }
    expect(wrong).toEqual([]);
    expect(glyphs).toBeGreaterThan(pdf.text.length * 0.8);
    const offPage = pdf.pages.flatMap((range) =>
      Array.from(page.subarray(range.start, range.end)).filter((p) => p !== range.index),
    );
    expect(offPage).toEqual([]);
  });

  it('lets the core find the split symbol, mapped onto two lines of page 1', () => {
    const analysis = analyzeText(pdf.text);
    const reference = analysis.entities.find((e) => e.kind === 'reference' && e.symbol === SPLIT_SYMBOL);
    expect(reference).toBeDefined();
    const slices = itemSlices(pdf, reference!.start, reference!.end);
    expect(new Set(slices.map((s) => s.page))).toEqual(new Set([0]));
    const printed = slices.map((s) => items[s.page][s.item].slice(s.from, s.to)).join('');
    expect(printed).toContain(SPLIT_SYMBOL);
    expect(new Set(slices.map((s) => s.item)).size).toBeGreaterThanOrEqual(2);
  });

  it('can stop after the first pages for a fast first view', async () => {
    const first = await extractPdfText(data, { maxPages: 1 });
    expect(first.pageCount).toBe(1);
    expect(first.text).toContain(SPLIT_SYMBOL);
  });
});

describe('extractPdfText on PDFs it cannot read', () => {
  const codeOf = (data: Uint8Array): Promise<string> =>
    extractPdfText(data).then(
      () => 'no error',
      (error: unknown) => (error instanceof PdfError ? error.code : `other: ${String(error)}`),
    );

  it.each([
    ['party-plan-truncated.pdf', 'corrupt'],
    ['encrypted.pdf', 'encrypted'],
    ['not-a-pdf.pdf', 'not-pdf'],
  ])('%s -> %s', async (name, code) => {
    expect(await codeOf(fixture(name))).toBe(code);
  });

  it('an empty file -> empty', async () => {
    expect(await codeOf(new Uint8Array(0))).toBe('empty');
  });

  it('flags a scan without a text layer instead of failing', async () => {
    const scan = await extractPdfText(fixture('scanned.pdf'));
    expect(scan).toMatchObject({ pageCount: 1, isScanned: true, pagesWithoutText: [0], text: '' });
  });
});
