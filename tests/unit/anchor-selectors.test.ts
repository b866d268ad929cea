import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { anchor, describe } from '../../lib/anchor/selectors';

const page =
  'Căn cứ Điều lệ Đảng; Căn cứ Nghị quyết số 21-NQ/TW, ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành ' +
  'Trung ương Đảng khóa XIII về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ ' +
  'đảng viên trong giai đoạn mới; Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau. Phấn đấu đến năm ' +
  '2025 có trên 75% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.';

function selectorsFor(text: string, phrase: string) {
  const start = text.indexOf(phrase);
  return describe(text, start, start + phrase.length);
}

group('describe', () => {
  it('keeps the quote, 32 chars of context and the position', () => {
    const s = selectorsFor(page, 'Ban Thường vụ Tỉnh ủy');
    expect(s.quote.exact).toBe('Ban Thường vụ Tỉnh ủy');
    expect(s.position.end - s.position.start).toBe(s.quote.exact.length);
    expect(s.quote.prefix).toBe(page.slice(s.position.start - 32, s.position.start));
    expect(s.quote.prefix).toHaveLength(32);
    expect(s.quote.suffix).toBe(page.slice(s.position.end, s.position.end + 32));
  });

  it('clips context at the ends of the text', () => {
    expect(describe('abc', 0, 3).quote).toEqual({ type: 'TextQuoteSelector', exact: 'abc', prefix: '', suffix: '' });
  });
});

group('anchor', () => {
  const phrase = 'Ban Thường vụ Tỉnh ủy';
  const saved = selectorsFor(page, phrase);
  const cases: [string, string, string | null, string | null][] = [
    // name, text now, expected quote found (null = orphan), expected method
    ['unchanged text: position', page, phrase, 'position'],
    ['text inserted before: quote', 'Tỉnh ủy Bắc Ninh. ' + page, phrase, 'quote'],
    ['quote changed slightly: fuzzy', page.replace(phrase, 'Ban Thường vụ Tỉnh uỷ'), 'Ban Thường vụ Tỉnh uỷ', 'fuzzy'],
    ['quote changed and moved: fuzzy', 'Lời nói đầu. ' + page.replace(phrase, 'Ban Thuong vu Tinh ủy'), 'Ban Thuong vu Tinh ủy', 'fuzzy'],
    ['quote gone: orphan', page.replace(phrase, 'Hội đồng nhân dân xã'), null, null],
    ['empty text: orphan', '', null, null],
  ];
  it.each(cases)('%s', (_name, text, expected, method) => {
    const found = anchor(text, saved);
    if (expected === null) {
      expect(found).toBeNull();
      return;
    }
    expect(found).not.toBeNull();
    expect(text.slice(found!.start, found!.end)).toBe(expected);
    expect(found!.method).toBe(method);
  });

  it('picks the occurrence whose context fits when the quote repeats', () => {
    const text = 'Tỉnh ủy A. ' + page + ' Tỉnh ủy B.';
    const s = selectorsFor(page, 'Tỉnh ủy ban hành');
    const shifted = 'x'.repeat(40) + text;
    const found = anchor(shifted, s)!;
    expect(found.method).toBe('quote');
    expect(shifted.slice(found.start - 7, found.end)).toBe('ờng vụ Tỉnh ủy ban hành');
  });

  it('stays fast on a 1.5 MB text when fuzzy matching is needed', () => {
    // Numbered paragraphs, so the quote (which takes in a number) occurs once.
    const paragraphs: string[] = [];
    for (let i = 0, size = 0; size < 1_500_000; i++, size += page.length + 10) paragraphs.push(`${page} (${i})`);
    const big = paragraphs.join('\n');
    const at = big.indexOf(` (${paragraphs.length >> 1})`) - 40;
    const s = describe(big, at, at + 60);
    const changed = big.slice(0, at + 10) + 'XYZ' + big.slice(at + 13);
    const t0 = performance.now();
    const found = anchor('Lời nói đầu. ' + changed, s);
    const elapsed = performance.now() - t0;
    expect(found?.method).toBe('fuzzy');
    expect(elapsed).toBeLessThan(1000);
  });

  it('round-trips describe -> anchor on random strings', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxy ,.\n'), minLength: 1, maxLength: 400 }),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const start = a % text.length;
          const end = start + 1 + (b % (text.length - start));
          const found = anchor(text, describe(text, start, end));
          expect(found).toEqual({ start, end, method: 'position' });
          // Without the position the quote is still found (maybe an identical repeat).
          const { quote } = describe(text, start, end);
          const byQuote = anchor(text, { quote });
          expect(byQuote && text.slice(byQuote.start, byQuote.end)).toBe(quote.exact);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('still places a quote after one edit inside it, on random strings', () => {
    const letter = fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxy ,.');
    fc.assert(
      fc.property(
        fc.string({ unit: letter, minLength: 40, maxLength: 400 }),
        fc.nat(),
        fc.integer({ min: 12, max: 40 }),
        fc.nat(),
        letter,
        (text, a, length, b, replacement) => {
          const start = a % (text.length - length + 1);
          const selectors = describe(text, start, start + length);
          const at = start + (b % length);
          const edited = text.slice(0, at) + replacement + text.slice(at + 1);
          const found = anchor('Lời nói đầu. ' + edited, { quote: selectors.quote, position: selectors.position });
          expect(found).not.toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  });
});
