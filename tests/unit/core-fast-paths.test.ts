/**
 * The core's hand-written fast paths against the plain definitions they
 * stand in for: same results on every input, only faster.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trieFitsMemo } from '../../lib/core/agencies';
import { tokenize } from '../../lib/core/gazetteer';
import { collapseWhitespace, foldDiacritics, FOLDED_PLACEHOLDER, foldText, originalSpan, type FoldedText } from '../../lib/core/normalize';

/** Characters that fold, drop, collapse or sit at the edges of the rules. */
const TRICKY = ['a', 'Đ', 'ủ', 'u\u0309', '\u0301', '\u00ad', '\u200b', '\ufeff', ' ', '\u00a0', '\t', '\n', '\r\n', '\u2028', '\ud800', '\udc00', '😀', '1', '.', '-', '/', ':', '&', 'Ａ'];
const trickyText = fc.array(fc.constantFrom(...TRICKY), { maxLength: 40 }).map((parts) => parts.join(''));

/** originalSpan as first written: always reads the original text after the span. */
function plainOriginalSpan(folded: FoldedText, from: number, to: number): { start: number; end: number } {
  const { source } = folded;
  const starts = (i: number) => folded.originalIndex(i);
  if (to <= from) {
    const at = starts(Math.min(from, folded.text.length));
    return { start: at, end: at };
  }
  let end = starts(to - 1) + 1;
  const c = source.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff && end < source.length) end++;
  while (end < source.length) {
    const next = source.charCodeAt(end);
    if ((next >= 0x300 && next <= 0x36f) || (next >= 0xfe20 && next <= 0xfe2f)) end++;
    else break;
  }
  return { start: starts(from), end };
}

describe('agency trie', () => {
  it('remembers the steps from every node: past the memo bound, a grown gazetteer is read afresh at every step', () => {
    expect(trieFitsMemo()).toBe(true);
  });
});

describe('foldDiacritics', () => {
  it('keeps the chars outside Latin-1 that the folded text writes as one placeholder', () => {
    expect(foldDiacritics('Москва 北京 €5 Tỉnh ủy')).toBe('москва 北京 €5 tinh uy');
    expect(foldText('Москва').text).toBe(FOLDED_PLACEHOLDER.repeat(6));
  });

  it('is the folded text with each placeholder folded from its own char', () => {
    // what folding writes as a placeholder: chars past Latin-1, C1 controls, and the placeholder itself
    const placeholderFor = (c: number) => c > 0xff || (c >= 0x80 && c <= 0x9f) || c === FOLDED_PLACEHOLDER.charCodeAt(0);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), trickyText, (a, b) => {
        const folded = foldText(a + b).text;
        const exact = foldDiacritics(a + b);
        return exact.length === folded.length && [...folded].every((f, i) => (f === FOLDED_PLACEHOLDER ? placeholderFor(exact.charCodeAt(i)) : exact[i] === f));
      }),
    );
  });
});

describe('collapseWhitespace', () => {
  it('is replace(/\\s+/g, " ") for every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const text = `a${ch}b${ch}${ch}c${ch}`;
      expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, ' '));
    }
  });

  it('is replace(/\\s+/g, " ") on mixed text', () => {
    fc.assert(fc.property(trickyText, (text) => collapseWhitespace(text) === text.replace(/\s+/g, ' ')));
  });
});

/** Every folded char's original index, and the original's length after the last. */
const originalIndices = (folded: FoldedText) => Array.from({ length: folded.text.length + 1 }, (_, i) => folded.originalIndex(i));

/** Tricky text with runs long enough to grow a block's skew past a byte. */
const textWithLongRuns = fc
  .array(fc.oneof(fc.constantFrom(...TRICKY), fc.constantFrom(' ', '\u0301', '\u00ad', '\r\n').chain((ch) => fc.integer({ min: 1, max: 400 }).map((n) => ch.repeat(n)))), { maxLength: 30 })
  .map((parts) => parts.join(''));

describe('foldText and originalSpan', () => {
  it('map every folded char to the original char it folds from', () => {
    const isSurrogate = (c: number) => (c >= 0xd800 && c <= 0xdfff) || c === 0xfffd;
    fc.assert(
      fc.property(textWithLongRuns, (text) => {
        const folded = foldText(text);
        const at = originalIndices(folded);
        const n = folded.text.length;
        expect(at[n]).toBe(text.length);
        expect(foldText(text.slice(0, at[0])).text).toBe('');
        for (let i = 0; i < n; i++) {
          expect(at[i]).toBeLessThan(at[i + 1]);
          const f = folded.text[i];
          const own = text.slice(at[i], at[i + 1]);
          // a char and what is dropped after it; a whitespace run between two letters
          if (f === ' ' || f === '\n') expect(foldText(`a${own}b`).text).toBe(`a${f}b`);
          else if (!isSurrogate(f.charCodeAt(0))) expect(foldText(own).text).toBe(f);
        }
      }),
    );
  });

  it('fold a string the same whatever its internal shape (flat, slice, concatenation)', () => {
    fc.assert(
      fc.property(trickyText, trickyText, (a, b) => {
        const joined = a + b;
        const sliced = `x${joined}x`.slice(1, -1);
        const flat = [...joined].join('');
        for (const shape of [sliced, flat]) {
          const f = foldText(shape);
          const g = foldText(joined);
          if (f.text !== g.text || originalIndices(f).join() !== originalIndices(g).join()) return false;
        }
        return true;
      }),
    );
  });

  it('map every folded span back as the plain definition does', () => {
    fc.assert(
      fc.property(trickyText, fc.nat(), fc.nat(), (text, x, y) => {
        const folded = foldText(text);
        const n = folded.text.length + 1;
        const from = Math.min(x % n, y % n);
        const to = Math.max(x % n, y % n);
        expect(originalSpan(folded, from, to)).toEqual(plainOriginalSpan(folded, from, to));
      }),
    );
  });
});

describe('Tokens line and word skipping', () => {
  const text = 'KẾ HOẠCH\nthực hiện Nghị quyết số 21-NQ/TW, ngày 16/6/2022;\n\n- Cơ quan chủ trì: Ban Tổ chức Tỉnh ủy.\n  2. Đến năm 2025, 100% chi bộ';
  const tokens = tokenize(foldText(text));
  const lineStart = (k: number) => k === 0 || tokens.newlineBefore(k);

  it('nextLineStart and lineStartWithin find the lines a token-by-token walk finds', () => {
    for (let k = 0; k <= tokens.count; k++) {
      let next = k;
      while (next < tokens.count && !tokens.newlineBefore(next)) next++;
      expect(tokens.nextLineStart(k)).toBe(next);
      if (k === tokens.count) continue;
      for (const floor of [0, Math.max(0, k - 3), k]) {
        let back = k;
        while (back >= floor && !lineStart(back)) back--;
        expect(tokens.lineStartWithin(k, floor)).toBe(back >= floor ? back : -1);
      }
    }
    expect(tokens.lineStartWithin(-1, 0)).toBe(-1);
  });

  it('skipPlainWords stops where digits, a line or a punctuation mark begin', () => {
    for (let k = 1; k <= tokens.count; k++) {
      let next = k;
      while (next < tokens.count && !tokens.isDigits(next) && !tokens.newlineBefore(next) && !tokens.isPunctuation(next - 1)) next++;
      expect(tokens.skipPlainWords(k)).toBe(next);
    }
  });
});
