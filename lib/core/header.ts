/**
 * The document header: issuing body (top left), 'ĐẢNG CỘNG SẢN VIỆT NAM', the
 * symbol, place and date (top right), then the type heading ('KẾ HOẠCH') and
 * the subject line (trích yếu). OCR often interleaves the two columns on one
 * line, so each header line is cut at the right-hand parts.
 */
import { alternation, DOC_TYPE_WORDS, matchedWord } from './doctypes';
import { DAY_WORD_STEM, dateAt } from './dates';
import { cleanText, originalSpan, type FoldedText } from './normalize';
import type { DocumentInfo, ReferenceEntity } from './types';

/** The document's own type heading ('KẾ HOẠCH'), in folded offsets. */
export interface TypeHeading {
  type: string;
  start: number;
  end: number;
}

export type DocumentHeader = Pick<DocumentInfo, 'type' | 'symbol' | 'date' | 'place' | 'issuer' | 'title'>;

/** How far into the text the header may reach (folded characters). */
const HEADER_ZONE = 4000;

const HEADING_LINE = new RegExp(`^[ ]?(?:${alternation(DOC_TYPE_WORDS)})[ ]?$`);
/** 'ĐẢNG CỘNG SẢN VIỆT NAM' as OCR reads it too: 'PANG CQNG SAN', a vowel lost ('CNG'), a digit for one ('S4N'). */
export const PARTY_NAME = /[a-z]{0,5}[ \n]?c[a-z0-9]{0,2}ng[ \n]s[a-z0-9]{1,2}n[ \n]vi[a-z0-9]{1,2}t[ \n]nam/;
/**
 * The State's name and motto, which the mass organisations' and the Front's documents set where a Party document
 * sets the Party's (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` / `Độc lập - Tự do - Hạnh phúc`), as OCR reads them too.
 */
const STATE_MOTTO = /c[a-z0-9]{0,2}ng[ \n]h[a-z0-9]{1,2}a[ \n]x[a-z]{1,2}[ \n]h[a-z0-9¢]{1,2}i[ \n]ch[a-z0-9]{1,3}[ \n]ngh[a-z0-9]{1,2}a[ \n]vi[a-z0-9¢]{1,2}t[ \n]nam|d[a-z0-9]{1,2}c[ \n]l[a-z0-9]{1,2}p[ ]?-[ ]?t[a-z0-9]{1,2}[ \n]do/;
/** 'Bình Lư, ngày ...': the place, then where the date starts. */
const PLACE_DATE = new RegExp(String.raw`(?:^|[ \n])([^\n,]{2,40}),[ \n]?(?=${DAY_WORD_STEM}y[ \n]\d)`, 'g');

interface Line {
  start: number;
  end: number;
  text: string;
}

function headerLines(text: string, limit: number): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < limit) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > limit) end = Math.min(text.length, limit);
    lines.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return lines;
}

/** Mostly capital letters in the original: headings are set in capitals, body text is not. */
function isCapitalised(source: string): boolean {
  let upper = 0;
  let letters = 0;
  for (const ch of source) {
    const lower = ch.toLowerCase();
    if (lower === ch.toUpperCase()) continue;
    letters++;
    if (ch !== lower) upper++;
  }
  return letters > 0 && upper / letters >= 0.7;
}

function originalOf(folded: FoldedText, from: number, to: number): string {
  const span = originalSpan(folded, from, to);
  return folded.source.slice(span.start, span.end);
}

/** The type heading line near the top ('KẾ HOẠCH', 'NGHỊ QUYẾT'), if any. */
export function findTypeHeading(folded: FoldedText): TypeHeading | undefined {
  for (const line of headerLines(folded.text, Math.min(folded.text.length, HEADER_ZONE))) {
    if (line.text.length > 32) continue;
    const match = HEADING_LINE.exec(line.text);
    if (!match || !isCapitalised(originalOf(folded, line.start, line.end))) continue;
    const word = matchedWord(DOC_TYPE_WORDS, match, 1);
    if (word) return { type: word.name, start: line.start, end: line.end };
  }
  return undefined;
}

export function parseHeader(folded: FoldedText, heading: TypeHeading | undefined, references: ReferenceEntity[]): DocumentHeader {
  const header: DocumentHeader = {};
  const zoneEnd = heading ? heading.start : Math.min(folded.text.length, HEADER_ZONE / 2);
  const zoneEndOriginal = originalSpan(folded, zoneEnd, zoneEnd).start;
  if (heading) header.type = heading.type;
  const own = references.find((ref) => ref.symbol && ref.start < zoneEndOriginal);
  if (own) header.symbol = own.symbol;

  const zone = folded.text.slice(0, zoneEnd);
  PLACE_DATE.lastIndex = 0;
  let placeDate: RegExpExecArray | null;
  let date: ReturnType<typeof dateAt>;
  do placeDate = PLACE_DATE.exec(zone);
  while (placeDate && !(date = dateAt(zone, placeDate.index + placeDate[0].length)));
  if (placeDate && date) {
    header.date = date.iso;
    let placeStart = placeDate.index + placeDate[0].indexOf(placeDate[1]);
    const placeEnd = placeStart + placeDate[1].length;
    // An OCR line may hold the symbol before the place: 'Số 35-KH/ĐU Bình Lư, ngày ...'.
    if (own) {
      const placeSpan = originalSpan(folded, placeStart, placeEnd);
      if (own.end > placeSpan.start && own.end < placeSpan.end) {
        while (placeStart < placeEnd && folded.originalIndex(placeStart) < own.end) placeStart++;
      }
    }
    placeStart = placeStartIn(folded, placeStart, placeEnd);
    // the `*` under the issuer may share the place's line ('* Hà Nội, ngày ...')
    const place = cleanText(originalOf(folded, placeStart, placeEnd)).replace(/^[^\p{L}]+/u, '');
    if (place) header.place = place;
  }

  const issuer = issuerLines(folded, zone);
  if (issuer) header.issuer = issuer;
  if (heading) {
    const title = titleAfter(folded, heading.end);
    if (title) header.title = title;
  }
  return header;
}

/**
 * Where the left column of a header line stops: 'Số ...', the '*' rule, or the
 * place and date. The number after 'Số' ends before any letter: 'S4N' is OCR's
 * 'SẢN', not 'Số 4'.
 */
const RIGHT_COLUMN = new RegExp(String.raw`(?:^|[ ])(?:s[a-z0-9§&¢]{0,2}[.:]?[ ]?\d+(?![a-z])|\*)|(?:^|[ ])([^,]{2,80}),[ ]?${DAY_WORD_STEM}y[ ]\d`);

function isAllCaps(word: string): boolean {
  return /\p{L}/u.test(word) && word === word.toUpperCase();
}

/**
 * Where the place starts in the text before ', ngày': when a PDF or OCR line
 * runs the left column into it ('ĐẢNG ỦY XÃ BÌNH LƯ Bình Lư'), after the
 * last word in capitals that a word not in capitals follows.
 */
function placeStartIn(folded: FoldedText, from: number, to: number): number {
  const { text } = folded;
  let start = from;
  let previousCaps = false;
  for (let i = from; i < to; ) {
    while (i < to && text[i] === ' ') i++;
    const wordStart = i;
    while (i < to && text[i] !== ' ') i++;
    if (wordStart === i) break;
    const caps = isAllCaps(originalOf(folded, wordStart, i));
    if (previousCaps && !caps) start = wordStart;
    previousCaps = caps;
  }
  return start;
}
/** 'ĐẢNG BỘ TỈNH ...' above the issuer names the parent organisation, not the issuer ('BỘ' as OCR reads it: 'BQ', 'B6'). */
const PARENT_BODY = /^[dpb]{1,2}ang[ ]b[a-z0-9§&¢]?[ ]/;

/** The issuing body: header lines before the symbol, minus the right-hand column. */
function issuerLines(folded: FoldedText, zone: string): string | undefined {
  const parts: { folded: string; original: string }[] = [];
  for (const line of headerLines(zone, zone.length)) {
    let end = line.end;
    const party = PARTY_NAME.exec(line.text) ?? STATE_MOTTO.exec(line.text);
    if (party) end = line.start + party.index;
    const right = RIGHT_COLUMN.exec(line.text.slice(0, end - line.start));
    if (right) {
      const rightStart = line.start + right.index + (right[0].startsWith(' ') ? 1 : 0);
      end = right[1] === undefined ? rightStart : placeStartIn(folded, rightStart, rightStart + right[1].length);
    }
    const original = cleanText(originalOf(folded, line.start, end));
    if (/\p{L}/u.test(original)) parts.push({ folded: folded.text.slice(line.start, end).trim(), original });
    if (right && /\*|\d/.test(right[0])) break;
  }
  if (parts.length > 1 && PARENT_BODY.test(parts[0].folded)) parts.shift();
  return parts.length ? parts.map((part) => part.original).join(' ') : undefined;
}

const BODY_OPENER = /^[ ]?(?:can[ ]c[a-z]{1,2}|th[a-z]{1,2}c[ ]hi[a-z]n|de[ ]|nham[ ]|qua[ ]|trong[ ]|tai[ ])/;

/** Trích yếu: the lines after the type heading up to a blank line; a 'CỦA ...' line is skipped. */
function titleAfter(folded: FoldedText, from: number): string | undefined {
  const { text } = folded;
  let pos = from + 1;
  const lines: string[] = [];
  for (let k = 0; k < 6 && pos < text.length; k++) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end);
    const original = originalOf(folded, pos, end);
    // Folding keeps one break per whitespace run; the original run tells whether a blank line followed.
    const gap = end < text.length ? folded.source.slice(folded.originalIndex(end), folded.originalIndex(end + 1)) : '';
    pos = end + 1;
    // a rule ('-----') under the title ends it, as a blank line does
    if (/^[ ]?[-*_=.]*[ ]?$/.test(line)) {
      if (lines.length > 0) break;
      continue;
    }
    if (lines.length === 0 && /^[ ]?c[a-z]{1,2}a[ ]/.test(line) && isCapitalised(original)) continue;
    if (/^[IVX]+\.|^\d+\./.test(original.trim())) break;
    // Without a blank line, the body's opening paragraph ('Căn cứ ...', 'Thực hiện ...') ends the title.
    if (lines.length > 0 && /^\p{Lu}/u.test(original.trim()) && BODY_OPENER.test(line)) break;
    lines.push(original.trim());
    if (/\n[^\S\n]*\r?\n/.test(gap)) break;
  }
  const title = cleanText(lines.join(' '));
  return title || undefined;
}
