import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalName, cleanText, exactFoldedUnit, foldDiacritics, foldText, originalSpan } from '../../lib/core/normalize';

describe('foldText', () => {
  it.each([
    ['Ban Thường vụ Tỉnh ủy', 'ban thuong vu tinh uy'],
    ['Tỉnh uỷ', 'tinh uy'],
    ['hóa / hoá', 'hoa / hoa'],
    ['ĐẢNG CỘNG SẢN VIỆT NAM', 'dang cong san viet nam'],
    ['Nghị\u00adquyết', 'nghiquyet'],
    ['a\u00a0 \t b', 'a b'],
    ['a \r\n  b', 'a\nb'],
    ['21\u2011NQ\u2215TW', '21-nq/tw'],
    ['  lead and trail  ', 'lead and trail'],
    // OCR's letters for digits inside numbers
    ['đạt 9O% và 1OO%, trồng 1O.000 cây, năm 2O24, 1O0%', 'dat 90% va 100%, trong 10.000 cay, nam 2024, 100%'],
    ['cho l.500 hộ, số l2-KH/HU, l719/QĐ-TTg, 4l2-BC/TU, O7-QC/TU, 1O.000.000 đồng', 'cho 1.500 ho, so 12-kh/hu, 1719/qd-ttg, 412-bc/tu, 07-qc/tu, 10.000.000 dong'],
    // an l ending a number is OCR's 1 there too (`ngày 1l/02/2024`, `1l xã`)
    ['ngày 1l/02/2024, có thêm 1l xã', 'ngay 11/02/2024, co them 11 xa'],
    // and the letters where they are letters: in words, with marks, `1o` (OCR's `lo`), a capital L, a word of a letter O
    ['lo lắng, 1o lắng, 1ó, 1Od, QL1A, Ql 1A, hello5, O là, 10 ổ, 3OOOOOOOOOOOOO', 'lo lang, 1o lang, 1o, 1od, ql1a, ql 1a, hello5, o la, 10 o, 3ooooooooooooo'],
  ])('%j -> %j', (input, folded) => {
    expect(foldText(input).text).toBe(folded);
  });

  it('folds NFD and NFC alike', () => {
    const s = 'Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII';
    expect(foldDiacritics(s.normalize('NFD'))).toBe(foldDiacritics(s));
  });

  it('folds one string as foldText does, with its own chars where the text has placeholders', () => {
    const alphabet = [...'aăâeêioôơuưyđĐ AÁẢỦỶ01lOo.,-/\n\t\u00a0\u00ad\u0301\u0323\u2013€›😀'];
    const asFoldText = (s: string) => {
      const folded = foldText(s);
      return String.fromCharCode(...[...folded.text].map((_, i) => exactFoldedUnit(folded, i)));
    };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((chars) => chars.join('')), (s) => {
        expect(foldDiacritics(s)).toBe(asFoldText(s));
      }),
      { numRuns: 2000 },
    );
    expect(foldDiacritics('  Tỉnh  uỷ \n\n Lai Châu 1O% ')).toBe('tinh uy\nlai chau 10%');
  });

  it('keeps the offset map where a letter is read as a digit', () => {
    const s = 'Tỷ lệ đạt 9O% và l.500 hộ';
    const f = foldText(s);
    const i = f.text.indexOf('1.500');
    const { start, end } = originalSpan(f, i, i + 5);
    expect(s.slice(start, end)).toBe('l.500');
  });

  it('maps folded spans back to the exact original text', () => {
    const s = 'Ban Thường vụ Tỉnh uỷ\u00a0 ban hành';
    for (const source of [s, s.normalize('NFD')]) {
      const f = foldText(source);
      const i = f.text.indexOf('tinh uy');
      const { start, end } = originalSpan(f, i, i + 'tinh uy'.length);
      expect(source.slice(start, end).normalize('NFC')).toBe('Tỉnh uỷ');
    }
  });
});

describe('cleanText and canonicalName', () => {
  it.each([
    // as written, in NFC, one space between words
    ['Tỉnh uỷ\n Thanh Hoá'.normalize('NFD'), 'Tỉnh uỷ Thanh Hoá', 'Tỉnh ủy Thanh Hóa'],
    ['  Toà án  nhân dân ', 'Toà án nhân dân', 'Tòa án nhân dân'],
    ['HUYỆN UỶ', 'HUYỆN UỶ', 'HUYỆN ỦY'],
    // the mark stays where the vowel pair does not end the syllable, and after `q`
    ['hoàn thành, Quỳnh, quý', 'hoàn thành, Quỳnh, quý', 'hoàn thành, Quỳnh, quý'],
    ['thuỷ lợi, loè loẹt', 'thuỷ lợi, loè loẹt', 'thủy lợi, lòe loẹt'],
    // the eth old fonts and OCR print for Đ
    ['Bệnh viện Ða khoa, ðảng', 'Bệnh viện Ða khoa, ðảng', 'Bệnh viện Đa khoa, đảng'],
  ])('%j -> %j, %j', (input, clean, name) => {
    expect(cleanText(input)).toBe(clean);
    expect(canonicalName(input)).toBe(name);
  });
});
