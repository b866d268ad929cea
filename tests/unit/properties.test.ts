/**
 * Properties of analyzeText on arbitrary and hostile input: it never throws,
 * its offsets are always valid, and its time stays linear in the input size.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/core/analyze';
import type { Analysis } from '../../lib/core/types';

function expectValid(text: string, analysis: Analysis): void {
  let previous = 0;
  for (const entity of analysis.entities) {
    if (!(entity.start >= previous && entity.start < entity.end && entity.end <= text.length)) {
      throw new Error(`bad span ${entity.id} (${entity.start}, ${entity.end}) in text of ${text.length}`);
    }
    if (text.slice(entity.start, entity.end) !== entity.text) throw new Error(`text mismatch in ${entity.id}`);
    previous = entity.start;
  }
  for (const item of analysis.document.outline) {
    if (!(item.start >= 0 && item.start < item.end && item.end <= text.length)) throw new Error(`bad outline span ${item.label}`);
  }
  const { score } = analysis.document;
  if (!(score >= 0 && score <= 1)) throw new Error(`score ${score}`);
}

/** Pieces that exercise the recognisers: symbols, cues, dates, markers, Unicode oddities. */
const PIECES = [
  'Nghị quyết số ', '21-NQ/TW', '-', '/', ' ', '\n', '\r\n', '\u00a0', '\u00ad', '\u0301', '\u0323', 'số ', 's6 ',
  'ngày 16/6/2022', ' của Ban Chấp hành Trung ương', ' khóa XIII', ' về ', 'I. ', '1.1. ', 'a) ', '(1) ', 'Đ', 'ủy', 'uỷ',
  '04/2015/NĐ-CP', '1234/QĐ-TTg', '11 78-QD/TU', '06- -NQ/TU', '213-\nQD/TW', 'KẾ HOẠCH\n', 'ĐẢNG CỘNG SẢN VIỆT NAM\n',
  'Nơi nhận:', 'T/M ', '90%', '3 - 4%', 'Ban Thường vụ Tỉnh ủy', 'chủ trì, phối hợp', '(hoàn thành trong tháng 01/2026)',
  '0', '9', '𝔸', '\ud800', 'Điều lệ Đảng', 'Nghị quyết 21', ',', '.', ';', '(', ')',
];

const documentLike = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 400 })
  .map((parts) => parts.join(''));

/** Best of three runs, in ms, checking the result on the way. */
/**
 * Time of `large` over time of `small`, the least of three measurements: a
 * collection or another process taking the CPU inflates one measurement, a
 * super-linear path inflates them all.
 */
/** 4x the input may take at most this many times as long: linear with room for noise, far below quadratic's 16x. */
const LINEAR_BOUND = 10;

const leastRatio = (small: string, large: string): number => {
  let least = Infinity;
  for (let round = 0; round < 3 && least >= LINEAR_BOUND; round++) least = Math.min(least, timeOf(large) / Math.max(timeOf(small), 0.5));
  return least;
};

const timeOf = (text: string): number => {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    expectValid(text, analyzeText(text));
    best = Math.min(best, performance.now() - start);
  }
  return best;
};

describe('analyzeText properties', () => {
  it('never throws and keeps offsets valid on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ maxLength: 500, unit: 'binary' }), documentLike), (text) => {
        expectValid(text, analyzeText(text));
      }),
      { numRuns: 300 },
    );
  });

  it('handles strings up to 100 KB', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1_000, max: 100_000 }),
        (parts, size) => {
          let text = '';
          for (let i = 0; text.length < size; i++) text += parts[i % parts.length];
          text = text.slice(0, size);
          expectValid(text, analyzeText(text));
        },
      ),
      { numRuns: 15 },
    );
  });

  it('stays linear on pathological input', () => {
    const patterns: Record<string, string> = {
      digits: '1',
      dashes: '-',
      slashes: '/',
      'digit-dash runs': '1-',
      'digit-slash runs': '1/',
      'spaced digits': '1 ',
      'almost symbols': '21-NQ/',
      'symbol chains': '1-a/b-',
      'cue chains': 'số 1 ',
      'type words': 'Nghị quyết ',
      markers: '1.',
      parens: '(1',
      'symbol lists': 'Nghị quyết số 21-NQ/TW; ',
      'one-number rows': '1 Chi bộ xóm 02\n',
    };
    const base = 30_000;
    const ratios: Record<string, number> = {};
    for (const [name, unit] of Object.entries(patterns)) {
      const small = unit.repeat(Math.ceil(base / unit.length));
      const large = unit.repeat(Math.ceil((4 * base) / unit.length));
      timeOf(small); // warm-up
      ratios[name] = leastRatio(small, large);
    }
    for (const [name, ratio] of Object.entries(ratios)) expect(ratio, `${name}: 4x input took ${ratio.toFixed(1)}x`).toBeLessThan(LINEAR_BOUND);
  }, 60_000);

  it('stays linear on one huge line of document text', () => {
    const line = 'Thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương, đạt 90% ';
    const small = line.repeat(Math.ceil(30_000 / line.length));
    timeOf(small); // warm-up
    const ratio = leastRatio(small, small.repeat(4));
    expect(ratio, `one huge line: 4x input took ${ratio.toFixed(1)}x`).toBeLessThan(LINEAR_BOUND);
  }, 60_000);
});
