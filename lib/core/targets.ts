/**
 * Quantitative targets (mục tiêu, chỉ tiêu): a percentage, a range of
 * percentages or a count of units (`300 đảng viên`, `01 đơn vị`), with the
 * clause that states it as the span.
 *
 * Rules, from the way these documents are written (DOMAIN.md §5):
 * - Under a `Mục tiêu` / `Chỉ tiêu` heading every percentage and every count of
 *   units is a target, until the next heading of the same or a higher level.
 * - Elsewhere a percentage is a target too (plans state requirements as
 *   `100% ...`, `phấn đấu ... X%`, `kiểm tra 5 - 10% ...`), except where it
 *   reports the past: in an assessment section (`Tình hình`, `Kết quả`, `Đánh
 *   giá`), in a `BÁO CÁO`, or in a clause with `đã`, `đạt được`, `so với` —
 *   unless the clause itself says `phấn đấu` / `chỉ tiêu` / `mục tiêu`.
 * - A count outside a target section needs such a cue in its clause.
 * - Not targets: years, list numbers, numbers of time units, and counts that
 *   only describe the subject (`có 4 - 5 đảng viên`, `dưới 3 đảng viên`, a
 *   count after the percentage of its clause).
 * One pass over the tokens; clauses and headings are found in the same pass.
 */
import type { FoldedText } from './normalize';
import { collapseWhitespace, originalSpan } from './normalize';
import type { Tokens } from './gazetteer';
import { SyllableReader, TokenReadings, phraseIds, syllableFolded, syllableId, tokenize } from './gazetteer';
import type { TargetEntity, TargetValue } from './types';

const phrases = <K extends string>(table: Record<K, string>): Record<K, number[]> =>
  Object.fromEntries(Object.entries<string>(table).map(([k, v]) => [k, phraseIds(v)])) as Record<K, number[]>;

const CUE = phrases({ strive: 'phấn đấu', quota: 'chỉ tiêu', goal: 'mục tiêu' });
const ASSESSMENT = phrases({ situation: 'tình hình', result: 'kết quả', review: 'đánh giá', state: 'thực trạng' });
const ASSESSMENT_PHRASES = Object.values(ASSESSMENT);
/** Words that put a clause in the past: its percentages report results (`đã đạt 95%`, `tăng 3% so với`). */
const PAST = ['đạt được', 'so với'].map(phraseIds);
/** `đã` folds to `da` like `đa` (`tối đa`), so it is checked on the original letters. */
const DA = syllableId('đã');
const REPORT = phraseIds('báo cáo');

/** Qualifiers written before the number, nearest first wins. */
const QUALIFIERS_BEFORE: [number[], string][] = [
  [phraseIds('tối thiểu'), 'tối thiểu'],
  [phraseIds('ít nhất'), 'ít nhất'],
  [phraseIds('cao hơn'), 'cao hơn'],
  [phraseIds('không quá'), 'tối đa'],
  [phraseIds('tối đa'), 'tối đa'],
  [phraseIds('trên'), 'trên'],
  [phraseIds('dưới'), 'dưới'],
  [phraseIds('đạt'), 'đạt'],
  [phraseIds('từ'), 'từ'],
  [phraseIds('đến'), 'đến'],
  [phraseIds('phấn đấu'), 'phấn đấu'],
];
const AT_LEAST_AFTER = phraseIds('trở lên');
const FROM = syllableId('từ');
const RANGE_WORDS = [syllableId('đến'), syllableId('tới')];

/** Nouns a counted target is made of. */
const COUNT_UNITS = [
  'đảng viên', 'đơn vị', 'tổ chức', 'chi bộ', 'đảng bộ', 'cơ sở', 'người', 'hội viên', 'đoàn viên',
  'cán bộ', 'doanh nghiệp', 'thôn', 'bản', 'mô hình', 'lớp', 'học viên', 'hộ',
].map(phraseIds);
/** Each unit as `countUnitAt` reads it: the words before its last word, the last word, and that word's folded spelling. */
const COUNT_UNIT_PARTS = COUNT_UNITS.map((unit) => ({ head: unit.slice(0, -1), last: unit[unit.length - 1], folded: syllableFolded(unit[unit.length - 1]) }));
/** Words before a count that make it describe the subject (`chi bộ có 4 đảng viên`) rather than set a target. */
const SUBJECT_MARKERS = [phraseIds('có'), phraseIds('dưới')];
const YEAR_WORD = syllableId('năm');
const HORIZON = phrases({ yearly: 'hằng năm', yearly2: 'hàng năm', until: 'đến năm', period: 'giai đoạn' });

const READER = new SyllableReader([
  ...Object.values(CUE), ...Object.values(ASSESSMENT), ...PAST, [DA], REPORT, ...QUALIFIERS_BEFORE.map(([ids]) => ids), AT_LEAST_AFTER,
  RANGE_WORDS, ...COUNT_UNITS, ...SUBJECT_MARKERS, [YEAR_WORD], ...Object.values(HORIZON),
].flat());

const YEAR = /^(19|20)\d\d$/;
const ROMAN = /^[ivx][ivxl1]*$/;
const LOOK_BEHIND = 4;
const CUE_REACH = 60;
/** The document type line sits in the header, within the first lines. */
const TYPE_LINE_REACH = 200;

interface Heading {
  level: number;
  goal: boolean;
  assessment: boolean;
  horizon?: string;
}

interface Found {
  first: number;
  last: number;
  values: TargetValue[];
  /** Accepted only as a plain requirement: dropped if its clause turns out to report the past. */
  unlessPast?: boolean;
}

export function recognizeTargets(folded: FoldedText): TargetEntity[] {
  const tokens = tokenize(folded);
  const readings = new TokenReadings(tokens, READER);
  const out: TargetEntity[] = [];
  const headings: Heading[] = [];
  let clauseStart = 0;
  let found: Found[] = [];
  /** The clause already stated a percentage: counts after it describe that percentage's subject. */
  let clauseHasPercent = false;
  /** A heading line is its own clause: the line after it starts a new one. */
  let afterHeading = false;
  const isReport = isReportDocument(readings);

  const flush = (clauseEnd: number) => {
    clauseHasPercent = false;
    if (found.length === 0) return; // most clauses hold no value: nothing to check or allocate
    // the past marker may follow the value (`tăng 3% so với năm trước`), so it is checked once the clause is complete
    if (found.some((f) => f.unlessPast) && clauseHasPast(readings, clauseStart, clauseEnd)) found = found.filter((f) => !f.unlessPast);
    if (found.length > 0) out.push(toEntity(folded, readings, clauseStart, clauseEnd, found, headings));
    found = [];
  };

  for (let k = 0; k < tokens.count; k++) {
    // Plain words after plain words neither start a clause nor hold a value: the common case, cheaply.
    if (k > 0 && (k = tokens.skipPlainWords(k)) === tokens.count) break;
    if (k === 0 || startsClause(tokens, k) || (afterHeading && tokens.newlineBefore(k))) {
      if (k > 0) flush(k - 1);
      clauseStart = k;
      const heading = k === 0 || tokens.newlineBefore(k) ? headingAt(readings, k) : undefined;
      if (heading) afterHeading = true;
      else if (k === 0 || tokens.newlineBefore(k)) afterHeading = false;
      if (heading) {
        while (headings.length && headings[headings.length - 1].level >= heading.level) headings.pop();
        headings.push(heading);
      }
    }
    const value = valueAt(readings, k, clauseStart);
    if (!value) continue;
    if (value.values[0].unit === 'count' && clauseHasPercent) continue;
    if (value.values[0].unit === '%') clauseHasPercent = true;
    const inGoal = headings.some((h) => h.goal);
    const inAssessment = isReport || headings.some((h) => h.assessment);
    const isPercent = value.values[0].unit === '%';
    if (inGoal || clauseHasCue(readings, clauseStart, k)) found.push(value);
    else if (isPercent && !inAssessment) found.push({ ...value, unlessPast: true });
    k = value.last;
  }
  flush(tokens.count - 1);
  return out;
}

const SEMICOLON = 0x3b;
const STOP = 0x2e;
const COLON = 0x3a;
const LIST_MARKS = new Set([0x2d, 0x2b, 0x28]); // - + (

/** A clause begins after `;`, after a sentence stop, or at a list item starting a line. */
function startsClause(tokens: Tokens, k: number): boolean {
  const prev = tokens.charCode(k - 1);
  if (prev === SEMICOLON) return true;
  const newline = tokens.newlineBefore(k);
  if (!tokens.glued(k) && (prev === STOP || (newline && prev === COLON))) return true;
  if (!newline) return false;
  if (LIST_MARKS.has(tokens.charCode(k))) return true;
  const next = tokens.charCode(k + 1);
  return tokens.glued(k + 1) && (next === STOP || next === 0x29) && (tokens.isDigits(k) || tokens.end[k] - tokens.start[k] <= 4);
}

/** A numbered line (`2.`, `1.2.`, `II.`, `B.`) and what it announces. */
function headingAt(readings: TokenReadings, k: number): Heading | undefined {
  const { tokens } = readings;
  // every heading number ends in a glued `.`: the cheap test first
  if (!tokens.isChar(k + 1, '.') || !tokens.glued(k + 1)) return undefined;
  let level: number;
  let w = k;
  if (ROMAN.test(tokens.text(k)) && tokens.capital(k) && tokens.isChar(k + 1, '.')) {
    level = 0;
    w = k + 2;
  } else if (/^[a-e]$/.test(tokens.text(k)) && tokens.capital(k) && tokens.isChar(k + 1, '.')) {
    level = -1;
    w = k + 2;
  } else if (isNumber(tokens, k) && tokens.isChar(k + 1, '.') && tokens.glued(k + 1)) {
    level = 0;
    while ((w === k || !tokens.newlineBefore(w)) && tokens.isDigits(w) && tokens.isChar(w + 1, '.') && tokens.glued(w + 1)) {
      level++;
      w += 2;
    }
  } else {
    return undefined;
  }
  const goal = readings.phraseAt(w, CUE.goal) >= 0 || readings.phraseAt(w, CUE.quota) >= 0;
  let assessment = false;
  // only a top section (`I. TÌNH HÌNH ...`) reports the past
  let end = w;
  while (end < tokens.count && (end === w || !tokens.newlineBefore(end))) end++;
  for (let j = w; j < end && !assessment && level <= 1; j++) {
    assessment = readings.firstPhraseAt(j, ASSESSMENT_PHRASES) >= 0;
  }
  return { level, goal, assessment, horizon: goal ? horizonIn(readings, w, end - 1) : undefined };
}

/** A `BÁO CÁO` type line near the top: the whole document reports the past. */
function isReportDocument(readings: TokenReadings): boolean {
  const { tokens } = readings;
  for (let k = 0; k < Math.min(tokens.count, TYPE_LINE_REACH); k++) {
    if (!tokens.newlineBefore(k) || !tokens.upper(k)) continue;
    const last = readings.phraseAt(k, REPORT);
    if (last >= 0 && tokens.upper(last) && (last + 1 >= tokens.count || tokens.newlineBefore(last + 1))) return true;
  }
  return false;
}

function clauseHasPast(readings: TokenReadings, from: number, to: number): boolean {
  const { tokens } = readings;
  const { folded } = tokens;
  for (let j = from; j <= to; j++) {
    for (const p of PAST) if (p.every((id, i) => readings.spelledAs(j + i, id))) return true;
    if (readings.spelledAs(j, DA)) {
      const { start, end } = originalSpan(folded, tokens.start[j], tokens.end[j]);
      if (folded.source.slice(start, end).normalize('NFC').toLowerCase() === 'đã') return true;
    }
  }
  return false;
}

function clauseHasCue(readings: TokenReadings, from: number, to: number): boolean {
  // the cue governs the values near it; a bounded look-back keeps run-on clauses linear
  for (let j = Math.max(from, to - CUE_REACH); j <= to; j++) {
    if (readings.phraseAt(j, CUE.strive) >= 0 || readings.phraseAt(j, CUE.quota) >= 0 || readings.phraseAt(j, CUE.goal) >= 0) return true;
  }
  return false;
}

/** A percentage, a range of percentages, or a count of units starting at token k. */
function valueAt(readings: TokenReadings, k: number, clauseStart: number): Found | undefined {
  const { tokens } = readings;
  if (!tokens.isDigits(k) || tokens.end[k] - tokens.start[k] > 6 || isListNumber(tokens, k)) return undefined;
  // the rest of a grouped or decimal number (`1.500`, `15,5`) belongs to its first digits
  if (tokens.glued(k) && (tokens.isChar(k - 1, '.') || tokens.isChar(k - 1, ',')) && tokens.isDigits(k - 2) && tokens.glued(k - 1)) return undefined;
  // the upper end of a range is read together with its lower end
  if (tokens.isChar(k - 1, '-') && isNumber(tokens, k - 2)) return undefined;
  const first = numberValue(tokens, k);
  let j = first.last + 1;
  const firstIsPercent = tokens.isChar(j, '%');
  if (firstIsPercent) j++;
  // range: `3 - 4%`, `03% - 04%`, `15% đến 20%`
  if (isNumber(tokens, j + 1) && (tokens.isChar(j, '-') || readings.readsAsAny(j, RANGE_WORDS, 2))) {
    const second = numberValue(tokens, j + 1);
    if (tokens.isChar(second.last + 1, '%')) {
      const qualifier = qualifierFor(readings, k, second.last + 1, clauseStart);
      return {
        first: k,
        last: second.last + 1,
        values: [
          { value: first.value, max: second.value, unit: '%', ...(qualifier ? { qualifier } : {}) },
          { value: second.value, unit: '%', qualifier: 'đến' },
        ],
      };
    }
  }
  if (firstIsPercent) {
    const qualifier = qualifierFor(readings, k, first.last + 1, clauseStart);
    return { first: k, last: first.last + 1, values: [{ value: first.value, unit: '%', ...(qualifier ? { qualifier } : {}) }] };
  }
  return countAt(readings, k, first.value, first.last, clauseStart);
}

/** `300 đảng viên`, `01 đơn vị`, `4 - 5 đảng viên`: a count, unless a year or a description of the subject. */
function countAt(readings: TokenReadings, k: number, value: number, numberEnd: number, clauseStart: number): Found | undefined {
  const { tokens } = readings;
  if (YEAR.test(tokens.text(k)) || readings.readsAs(k - 1, YEAR_WORD, 1)) return undefined;
  // `t 1 đảng viên`: a digit after a one-letter fragment is OCR debris of a word (`tỷ lệ`).
  const before = tokens.charCode(k - 1);
  if (before >= 0x61 && before <= 0x7a) return undefined;
  for (let b = Math.max(clauseStart, k - LOOK_BEHIND); b < k; b++) {
    if (readings.firstPhraseAt(b, SUBJECT_MARKERS) >= 0) return undefined;
  }
  let end = numberEnd;
  let max: number | undefined;
  if (tokens.isChar(end + 1, '-') && isNumber(tokens, end + 2)) {
    max = Number(tokens.text(end + 2));
    end += 2;
  }
  const unitEnd = countUnitAt(readings, end + 1);
  if (unitEnd < 0) return undefined;
  const qualifier = qualifierFor(readings, k, unitEnd, clauseStart);
  const q = qualifier ? { qualifier } : {};
  const values: TargetValue[] = max === undefined
    ? [{ value, unit: 'count', ...q }]
    : [{ value, max, unit: 'count', ...q }, { value: max, unit: 'count', qualifier: 'đến' }];
  return { first: k, last: unitEnd, values };
}

/** Token k is a number of one to six digits. */
function isNumber(tokens: Tokens, k: number): boolean {
  return tokens.isDigits(k) && tokens.end[k] - tokens.start[k] <= 6;
}

/** `(2)`, `2.` at the start of a line or clause: an item number, not a quantity. */
function isListNumber(tokens: Tokens, k: number): boolean {
  if (tokens.isChar(k - 1, '(') && tokens.isChar(k + 1, ')')) return true;
  return tokens.glued(k + 1) && (tokens.isChar(k + 1, '.') || tokens.isChar(k + 1, ')')) && (k === 0 || tokens.newlineBefore(k));
}

/** The number at k, with a decimal part (`15,5`, `2.5`) when one is glued to it. */
function numberValue(tokens: Tokens, k: number): { value: number; last: number } {
  // Vietnamese groups thousands with `.` (`1.500 đảng viên`) and writes decimals with `,` (`15,5%`)
  let digits = tokens.text(k);
  let last = k;
  while (tokens.isChar(last + 1, '.') && groupedDigits(tokens, last + 2)) {
    digits += tokens.text(last + 2);
    last += 2;
  }
  const decimalMark = tokens.isChar(last + 1, ',') || tokens.isChar(last + 1, '.');
  if (decimalMark && tokens.glued(last + 1) && tokens.glued(last + 2) && tokens.isDigits(last + 2) && tokens.isChar(last + 3, '%')) {
    return { value: Number(`${digits}.${tokens.text(last + 2)}`), last: last + 2 };
  }
  return { value: Number(digits), last };
}

/** Three digits glued after a separator: a thousands group. */
function groupedDigits(tokens: Tokens, k: number): boolean {
  return tokens.glued(k - 1) && tokens.glued(k) && tokens.isDigits(k) && tokens.end[k] - tokens.start[k] === 3;
}

/** Last token of a unit noun at k (the last word may have the next one glued to it by OCR), or -1. */
function countUnitAt(readings: TokenReadings, k: number): number {
  const { tokens } = readings;
  for (const { head, last, folded } of COUNT_UNIT_PARTS) {
    if (head.length && readings.phraseAt(k, head) < 0) continue;
    const lastAt = k + head.length;
    if (readings.readsAs(lastAt, last, 1)) return lastAt;
    // the last word with the next one glued to it
    if (lastAt < tokens.count && tokens.end[lastAt] - tokens.start[lastAt] > folded.length && tokens.folded.text.startsWith(folded, tokens.start[lastAt])) return lastAt;
  }
  return -1;
}

function qualifierFor(readings: TokenReadings, first: number, last: number, clauseStart: number): string | undefined {
  const { tokens } = readings;
  let before: string | undefined;
  let hasFrom = false;
  for (let b = first - 1; b >= Math.max(clauseStart, first - LOOK_BEHIND) && !before; b--) {
    // a number or a mark closes the phrase the value belongs to (`Đến năm 2025: 100%` is not `đến 100%`)
    if (tokens.isDigits(b) || tokens.isPunctuation(b)) break;
    for (const [ids, name] of QUALIFIERS_BEFORE) {
      if (readings.phraseAt(b, ids) === b + ids.length - 1 && b + ids.length - 1 < first) {
        before = name;
        break;
      }
    }
    if (readings.readsAs(b, FROM, 1)) hasFrom = true;
  }
  for (let a = last + 1; a <= last + 3; a++) {
    if (readings.phraseAt(a, AT_LEAST_AFTER, 2) >= 0) return hasFrom || before === 'từ' ? 'từ … trở lên' : 'trở lên';
  }
  return before;
}

function horizonIn(readings: TokenReadings, from: number, to: number): string | undefined {
  const { tokens } = readings;
  for (let j = from; j <= to; j++) {
    if (readings.phraseAt(j, HORIZON.yearly) >= 0 || readings.phraseAt(j, HORIZON.yearly2) >= 0) return 'hằng năm';
    const until = readings.phraseAt(j, HORIZON.until);
    if (until >= 0 && YEAR.test(tokens.text(until + 1))) return `đến năm ${tokens.text(until + 1)}`;
    const period = readings.phraseAt(j, HORIZON.period);
    if (period >= 0 && YEAR.test(tokens.text(period + 1)) && tokens.isChar(period + 2, '-') && YEAR.test(tokens.text(period + 3))) {
      return `giai đoạn ${tokens.text(period + 1)} - ${tokens.text(period + 3)}`;
    }
    if (readings.readsAs(j, YEAR_WORD, 1) && YEAR.test(tokens.text(j + 1))) return `năm ${tokens.text(j + 1)}`;
  }
  return undefined;
}

function toEntity(
  folded: FoldedText,
  readings: TokenReadings,
  first: number,
  last: number,
  found: Found[],
  headings: Heading[],
): TargetEntity {
  const { tokens } = readings;
  while (last > first && (tokens.isChar(last, ';') || tokens.isChar(last, '.') || tokens.isChar(last, ',') || tokens.isChar(last, ':'))) last--;
  const { start, end } = originalSpan(folded, tokens.start[first], tokens.end[last]);
  const horizon = horizonIn(readings, first, last) ?? [...headings].reverse().find((h) => h.horizon)?.horizon;
  const afterValues = found[found.length - 1].last + 1;
  let subject: string | undefined;
  if (afterValues <= last) {
    const span = originalSpan(folded, tokens.start[afterValues], tokens.end[last]);
    subject = collapseWhitespace(folded.source.slice(span.start, span.end)).replace(/[\s.;,]+$/, '').slice(0, 160) || undefined;
  }
  const inGoal = headings.some((h) => h.goal);
  return {
    id: `target-${start}-${end}`,
    kind: 'target',
    start,
    end,
    text: folded.source.slice(start, end),
    confidence: inGoal ? 0.9 : 0.75,
    values: found.flatMap((f) => f.values),
    ...(horizon ? { horizon } : {}),
    ...(subject ? { subject } : {}),
  };
}
