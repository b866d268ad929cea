/**
 * References to other documents: symbols (Party and state style) with the type
 * word written before them and the date, issuer, term and subject written
 * after them; short forms ('Nghị quyết 21') linked to their full mention; and
 * documents named without a symbol ('Điều lệ Đảng').
 *
 * Matching runs on the folded text: one global pass for symbols, then for each
 * hit short anchored looks at the few characters around it, so the cost stays
 * linear in the text.
 */
import { alternation, DOC_TYPE_WORDS, matchedWord, NUMBER_CUE, type DocTypeWord } from './doctypes';
import { dateAt } from './dates';
import { isCapitalLetterAt } from './gazetteer';
import type { TypeHeading } from './header';
import { cleanText, originalSpan, type FoldedText } from './normalize';
import { brokenBeforeWord, docTypeOfCode, leadingLetters, splitCodeAfter, SYMBOL_PATTERN, symbolParts } from './symbols';
import type { ReferenceEntity } from './types';

/** A reference and where its issuer phrase starts in the original text, for agency linking. */
export interface ReferenceMatch {
  entity: ReferenceEntity;
  issuerStart?: number;
}

/** Enough for the longest type word ('chương trình hành động') and 'số' before a number. */
const LOOK_BACK = 40;
const SHORT_LOOK_BACK = 32;
const LOOK_AHEAD = 320;
const SUBJECT_MAX = 220;

/** Type word and/or 'số' right before a number, anchored at the end of a short window; OCR's stray `'` may follow the word ('Quy định’ s6'). */
const BEFORE_NUMBER = new RegExp(
  `(?:(?<![a-z])(?:${alternation(DOC_TYPE_WORDS)})'?[ \\n]?)?(?:(?<![a-z0-9])(${NUMBER_CUE})[ \\n]?)?$`,
);
const CUE_GROUP = DOC_TYPE_WORDS.length + 1;
/** Earlier numbers sharing one symbol tail: 'Nghị quyết số 18, 19-NQ/TW'. */
const LISTED_NUMBER = /(?<![a-z0-9/.-])(\d{1,4}[a-z]?)(?:,[ \n]?|[ \n]va[ \n])$/;
/** What may separate two symbols listed under one type word. */
const LIST_GAP = /^[ \n]?(?:[,;][ \n]?)?(?:va[ \n])?(?:(?<![a-z0-9])s[a-z0-9§&¢]{0,2}[ \n])?$/;
/**
 * What stands between a symbol and the next one of its list where the next one's number begins with a digit OCR
 * split off: a comma, a semicolon or `và`, and then a space, nothing else (`114-QĐ/TW, 1 31-QĐ/TW`). Narrower
 * than LIST_GAP: a `số` there vouches for the digit by itself, a bare space leaves it apart, and a digit that
 * begins a line is a row's or an item's number (`21-NQ/TW;` / `2 35-KH/ĐU`).
 */
const LIST_SEPARATOR = /^[ \n]?(?:[,;]|[ \n]va) $/;

/**
 * The word 'luật' (OCR's 'lut') in the name written before a law's number, and a 'bộ' before it: the last
 * such word names the law, and with its 'bộ' it is a code (Bộ luật Hình sự, Dân sự, Lao động; OCR's 'Bô
 * lut'), unless that 'bộ' ends 'đồng bộ' in lower case ('đồng bộ Luật Khám bệnh').
 */
const LAW_WORD = /(?<![a-z])(?:(dong[ \n])?(bo)[ \n])?lu?a?t(?![a-z])/g;
function isCodeOfLaw(folded: FoldedText, from: number, to: number): boolean {
  let last: RegExpExecArray | undefined;
  for (const m of folded.text.slice(from, to).matchAll(LAW_WORD)) last = m;
  if (!last?.[2]) return false;
  return !last[1] || isCapitalLetterAt(folded, from + last.index + last[1].length);
}

/** `Pháp lệnh` in the clause before a number, its name between them. */
const ORDINANCE_BEFORE = /(?<![a-z])ph[a-z]p[ \n]l[a-z]{1,2}nh(?![a-z])[^;.]*$/;
const ORDINANCE_REACH = 90;

/**
 * 'Quy định số 205-QĐ/TW, ngày ... của Bộ Chính trị và số 37-QĐ/TW': 'và', ',' or ';', with or without 'số',
 * (items that say what each is about) adds a number of the same type ('ngày 11/7/2023 và 131-QĐ/TW').
 */
const SAME_TYPE_JOINER = /(?:[,;](?:[ \n]va)?|[ \n]va)[ \n]?$/;
/** Within one sentence only, the joiner aside: a new sentence or clause may cite another type. */
const CLAUSE_END = /[.;:](?:[ \n]|$)/;
const LIST_SPAN_MAX = 400;

function continuesListOfType(text: string, previousEnd: number, cueStart: number): boolean {
  if (cueStart - previousEnd > LIST_SPAN_MAX) return false;
  const joiner = SAME_TYPE_JOINER.exec(text.slice(Math.max(previousEnd, cueStart - 6), cueStart));
  return joiner !== null && !CLAUSE_END.test(text.slice(previousEnd, cueStart - joiner[0].length));
}

const DATE_LEAD = /[ \n]?[,(]?[ \n]?/y;
/** 'của' and its OCR forms (cua, ctia, ciia, cia, cta, cna). */
const OF_WORD = /[ \n]?,?[ \n]?c[a-z]{0,2}a[ \n]/y;
const ISSUER_STOP = /[,;.()":]|[ \n](?:kh[a-z]{1,3}[ \n]?[xvil1]{1,6}(?![a-z0-9])|ve[ \n]|ye[ \n]|va[ \n]|ngay[ \n]|tai[ \n]|theo[ \n])/;
const TERM = /[ \n]?\(?kh[a-z]{1,3}[ \n]?([xvil1]{1,6})(?![a-z0-9])\)?/y;
const ABOUT_WORD = /[ \n]?,?[ \n]?(?:ve|ye)[ \n]/y;
const SUBJECT_STOP = /[;()]|\.(?:[ \n]|$)|[ \n](?:va|cua)[ \n](?=[a-z ]{0,24}s[a-z0-9§&¢]{0,2} \d)/;

const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

/** Roman numeral of a term ('khóa XIII'), undoing OCR's 1 and l for I. */
function romanNumeral(folded: string): string | undefined {
  const roman = folded.toUpperCase().replace(/[1L]/g, 'I');
  return roman !== '' && ROMAN.test(roman) ? roman : undefined;
}

export function recognizeReferences(folded: FoldedText, heading?: TypeHeading): ReferenceMatch[] {
  const { text } = folded;
  const hits: RegExpExecArray[] = [];
  const pattern = new RegExp(SYMBOL_PATTERN.source, 'dg');
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) hits.push(match);
  const writtenAt = (from: number, to: number): string => {
    const span = originalSpan(folded, from, to);
    return folded.source.slice(span.start, span.end);
  };

  const results: ReferenceMatch[] = [];
  let previous: { end: number; docType?: string; typeCode?: string } | undefined;
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h];
    const indices = hit.indices!;
    const nextStart = h + 1 < hits.length ? hits[h + 1].index : text.length;
    const floor = previous ? previous.end : 0;
    const originalOf = (group: number): string => writtenAt(...indices[group]!);

    const lead = leadingLetters(text, hit.index);
    if (lead < 0) continue;
    const numberGroup = hit[2] !== undefined ? 2 : 5;
    // An OCR-split number ('1 7-CT/TU') is only joined when 'số' or a type word vouches for it, or it goes on a
    // list of symbols ('Quy định số 114-QĐ/TW, 1 31-QĐ/TW').
    let numberStart = lead > 0 ? hit.index - lead : indices[numberGroup]![0];
    let before = lookBefore(text, Math.max(floor, numberStart - LOOK_BACK), numberStart);
    let mergeLeading = false;
    // a number left at the end of a line holding other text, one digit (`Nghị định số 1` / `30/2020/NĐ-CP`), or two
    // right after `số` (`Quyết định số 11` / `97-QĐ/TU`): a number alone on its line is a page's
    const leadingStart = hit[1] !== undefined ? indices[1]![0] : -1;
    const beforeLeading = hit[1] !== undefined && lead === 0 ? lookBefore(text, Math.max(floor, leadingStart - LOOK_BACK), leadingStart) : undefined;
    const leadingAcrossLine = hit[1] !== undefined && text.charCodeAt(indices[1]![1]) === 0x0a;
    const leadingApart =
      leadingAcrossLine && ((hit[1].length > 1 && !(hit[1].length === 2 && beforeLeading?.cue)) || leadingStart === 0 || text.charCodeAt(leadingStart - 1) === 0x0a);
    if (beforeLeading && !leadingApart) {
      // one digit split off, as OCR does; two are a number of their own (`21-KL/TW, 10 12-KL/TW`)
      const listed = previous !== undefined && hit[1].length === 1 && LIST_SEPARATOR.test(text.slice(previous.end, leadingStart));
      if (beforeLeading.typeWord || beforeLeading.cue || listed) {
        mergeLeading = true;
        numberStart = leadingStart;
        before = beforeLeading;
      }
    }
    if (brokenBeforeWord(folded, hit)) continue;
    const split = splitCodeAfter(folded, hit);
    const parts = symbolParts(hit, originalOf, mergeLeading, text.slice(hit.index - lead, hit.index), split && { code: split.code, written: writtenAt(split.start, split.end) });
    if (!parts.plausible) continue;
    if (parts.needsCue && !(parts.known && (before.typeWord || before.cue))) continue;

    // Numbers listed before this one share its tail.
    const listed: { number: string; start: number; end: number }[] = [];
    let listHead = before.start;
    if (!before.typeWord && !before.cue) {
      for (let k = 0; k < 8; k++) {
        const window = text.slice(Math.max(floor, listHead - 16), listHead);
        const item = LISTED_NUMBER.exec(window);
        if (!item) break;
        const itemStart = listHead - window.length + item.index;
        listed.unshift({ number: item[1], start: itemStart, end: itemStart + item[1].length });
        listHead = itemStart;
      }
      if (listed.length) before = lookBefore(text, Math.max(floor, listHead - LOOK_BACK), listHead);
    }

    let docType = before.typeWord?.name;
    let confidence = parts.known ? (parts.repaired ? 0.85 : 0.95) : 0.7;
    // A number listed after another of the same code is of the type written before the first.
    if (!docType && previous?.docType && previous.typeCode === parts.typeCode) {
      const gap = text.slice(previous.end, before.start);
      if ((gap.length <= 8 && LIST_GAP.test(gap)) || continuesListOfType(text, previous.end, before.start)) docType = previous.docType;
    }
    // the document's own symbol above its type line, not the grounds (`Căn cứ …`) above a decision's operative
    // `QUYẾT ĐỊNH`, which stands for the heading when OCR lost the real one
    if (!docType && heading && hit.index < heading.start && !inGrounds(text, hit.index)) docType = heading.type;
    if (!docType) {
      docType = docTypeOfCode(parts);
      // A code (QH) says a law; 'Bộ luật Lao động số 45/2019/QH14' says which kind.
      const nameStart = Math.max(floor, numberStart - LOOK_BACK);
      if (docType === 'Luật' && isCodeOfLaw(folded, nameStart, numberStart)) docType = 'Bộ luật';
      // the Assembly's Standing Committee numbers ordinances and resolutions alike (`02/2020/UBTVQH14`): an
      // ordinance's type word stands before its name (`Pháp lệnh Ưu đãi người có công với cách mạng số …`)
      if (docType === undefined && parts.issuerCode?.startsWith('UBTVQH') && ORDINANCE_BEFORE.test(text.slice(Math.max(floor, numberStart - ORDINANCE_REACH), numberStart))) {
        docType = 'Pháp lệnh';
      }
      confidence -= 0.1;
    }

    const symbolEnd = split ? split.end : hit.index + hit[0].length;
    const nextEnd = h + 1 < hits.length ? hits[h + 1].index + hits[h + 1][0].length : text.length;
    const fields = readFields(folded, symbolEnd, Math.min(nextStart, symbolEnd + LOOK_AHEAD), nextEnd);
    const make = (from: number, to: number, symbol: string, number: string): ReferenceMatch => {
      const span = originalSpan(folded, from, to);
      const entity: ReferenceEntity = {
        id: `reference-${span.start}-${span.end}`,
        kind: 'reference',
        start: span.start,
        end: span.end,
        text: folded.source.slice(span.start, span.end),
        confidence: Math.max(0.3, Math.min(1, confidence)),
        docType,
        symbol,
        number,
        typeCode: parts.typeCode,
        issuerCode: parts.issuerCode,
        ...fields.values,
      };
      return { entity, issuerStart: fields.issuerStart };
    };
    listed.forEach((item, k) => {
      const symbol = parts.symbol.replace(/^[^-/]+/, item.number);
      results.push(make(k === 0 ? before.start : item.start, item.end, symbol, item.number));
    });
    // the type word kept apart from its number by a blank line (`Hướng dẫn số` / / `12-HD/BTCTW`) gives the type, and
    // the span begins where the symbol does
    const spanStart = listed.length || blankLineBetween(folded, before.start, numberStart) ? numberStart : before.start;
    results.push(make(spanStart, symbolEnd, parts.symbol, parts.number));
    previous = { end: symbolEnd, docType, typeCode: parts.typeCode };
  }

  const shortForms = recognizeShortForms(folded, results.map((r) => r.entity));
  const named = recognizeNamedDocuments(folded);
  return mergeSorted(results, [...shortForms, ...named].sort((a, b) => a.entity.start - b.entity.start));
}

interface Before {
  /** Folded offset where the reference mention starts (type word, 'số', or the number). */
  start: number;
  typeWord?: DocTypeWord;
  cue?: string;
}

function lookBefore(text: string, from: number, to: number): Before {
  const window = text.slice(from, to);
  const match = BEFORE_NUMBER.exec(window);
  if (!match || match[0] === '') return { start: to };
  return { start: from + match.index, typeWord: matchedWord(DOC_TYPE_WORDS, match, 1), cue: match[CUE_GROUP] };
}

interface Fields {
  values: Pick<ReferenceEntity, 'date' | 'issuer' | 'term' | 'subject'>;
  issuerStart?: number;
}

/**
 * Date, issuer, term and subject written after a symbol, up to `limit` (the
 * next symbol's number); `nextEnd` is where that next symbol ends.
 */
function readFields(folded: FoldedText, from: number, limit: number, nextEnd: number): Fields {
  const { text, source } = folded;
  const values: Fields['values'] = {};
  // Local offsets into a short window, so no regex ever looks at the rest of the text.
  const window = text.slice(from, limit);
  const original = (start: number, end: number): { start: number; end: number; text: string } => {
    const span = originalSpan(folded, from + start, from + end);
    return { ...span, text: cleanText(source.slice(span.start, span.end)) };
  };
  let pos = 0;

  DATE_LEAD.lastIndex = pos;
  DATE_LEAD.test(window);
  const date = dateAt(window, DATE_LEAD.lastIndex);
  if (date) {
    values.date = date.iso;
    pos = date.end;
    if (window[pos] === ')') pos++;
  }

  let issuerStart: number | undefined;
  OF_WORD.lastIndex = pos;
  if (OF_WORD.test(window)) {
    const start = OF_WORD.lastIndex;
    const stop = ISSUER_STOP.exec(window.slice(start, start + 100));
    const end = Math.min(window.length, start + (stop ? stop.index : 100));
    if (end > start + 2) {
      const issuer = original(start, end);
      values.issuer = issuer.text;
      issuerStart = issuer.start;
      pos = end;
    }
  }

  TERM.lastIndex = pos;
  const term = TERM.exec(window);
  const roman = term ? romanNumeral(term[1]) : undefined;
  if (roman) {
    values.term = roman;
    pos = TERM.lastIndex;
  }

  ABOUT_WORD.lastIndex = pos;
  if (ABOUT_WORD.test(window)) {
    const start = ABOUT_WORD.lastIndex;
    const rest = window.slice(start, start + SUBJECT_MAX);
    const stop = SUBJECT_STOP.exec(rest);
    let end = start + (stop ? stop.index : rest.length);
    if (!stop && rest.length === SUBJECT_MAX) end = start + Math.max(1, rest.lastIndexOf(' '));
    if (!stop && end === window.length && limit < nextEnd) {
      // Running into the next reference: a sibling ('... và Hướng dẫn số 12-HD/BTCTW') ends the
      // subject before it; one the subject is about ('về thực hiện Nghị quyết số 21') keeps it.
      const mention = lookBefore(window, start, end).start;
      const sibling = mention === start || SIBLING_JOINER.test(window.slice(Math.max(start, mention - 8), mention));
      end = sibling ? trimTrailing(window, start, mention) : nextEnd - from;
    }
    if (end > start) {
      const subject = original(start, end).text.replace(/^["“]|["”]$/g, '');
      if (subject) values.subject = subject;
    }
  }
  return { values, issuerStart };
}

const SIBLING_JOINER = /(?:[,;]|[ \n](?:va|cua|theo))[ \n]?$/;
const TRAILING_JOINER = /(?:[ \n,;]|[ \n](?:va|cua|theo))+$/;

function trimTrailing(text: string, start: number, end: number): number {
  const tail = TRAILING_JOINER.exec(text.slice(Math.max(start, end - 12), end));
  return tail ? end - tail[0].length : end;
}

/**
 * 'Nghị quyết 21' after 'Nghị quyết số 21-NQ/TW': linked to the full mention.
 * Only numbers already cited in full are looked for, and a number-first
 * pattern keeps this pass as cheap as the symbol pass.
 */
function recognizeShortForms(folded: FoldedText, full: ReferenceEntity[]): ReferenceMatch[] {
  const { text, source } = folded;
  const byKey = new Map<string, ReferenceEntity>();
  for (const ref of full) {
    const key = `${ref.docType}|${ref.number}`;
    if (ref.docType && ref.number && !byKey.has(key)) byKey.set(key, ref);
  }
  const numbers = [...new Set(full.flatMap((ref) => (ref.number && /^\d+[a-z]?$/.test(ref.number) ? [ref.number] : [])))];
  if (numbers.length === 0) return [];
  const pattern = new RegExp(`(?<![a-z0-9/.-])(?:${numbers.join('|')})(?![0-9a-z/]| ?-[ \\n]?[a-z])`, 'g');
  const results: ReferenceMatch[] = [];
  let f = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const before = lookBefore(text, Math.max(0, match.index - SHORT_LOOK_BACK), match.index);
    if (!before.typeWord) continue;
    const target = byKey.get(`${before.typeWord.name}|${match[0]}`);
    if (!target) continue;
    const span = originalSpan(folded, before.start, match.index + match[0].length);
    while (f < full.length && full[f].end <= span.start) f++;
    if (f < full.length && full[f].start < span.end) continue; // part of a full mention
    results.push({
      entity: {
        id: `reference-${span.start}-${span.end}`,
        kind: 'reference',
        start: span.start,
        end: span.end,
        text: source.slice(span.start, span.end),
        confidence: 0.8,
        docType: before.typeWord.name,
        number: match[0],
        typeCode: target.typeCode,
        issuerCode: target.issuerCode,
        refersTo: target.id,
      },
    });
  }
  return results;
}

const RESOLUTION = 'ngh[a-z1]?[ \\n]?qu[a-z]{0,3}t';
/** Documents cited by name: 'Điều lệ Đảng', 'Nghị quyết Đại hội XIII', 'Nghị quyết Trung ương 4 (khóa XII)'. */
const NAMED_DOCUMENT = new RegExp(
  '(?<![a-z])(?:' +
    '(dieu[ \\n]le[ \\n][dpb]ang)' +
    `|${RESOLUTION}[ \\n]d[a-z]i[ \\n]h[o0]i((?:[ \\n][a-z0-9]{1,6}){0,7}?)[ \\n]([xvil1]{1,5})` +
    `|${RESOLUTION}[ \\n]trung[ \\n][a-z]{1,4}g[ \\n](\\d{1,2})(?:[ \\n]?\\(?kh[a-z]{1,3}[ \\n]?([xvil1]{1,6})\\)?)?` +
    '|(hien[ \\n]phap)' +
    ')(?![a-z0-9])',
  'g',
);

const LEVEL_WORDS: Record<string, string> = { tinh: 'tỉnh', huyen: 'huyện', xa: 'xã', khoi: 'Khối', phuong: 'phường', thanh: 'thành phố' };

function recognizeNamedDocuments(folded: FoldedText): ReferenceMatch[] {
  const results: ReferenceMatch[] = [];
  const pattern = new RegExp(NAMED_DOCUMENT.source, 'g');
  for (let match = pattern.exec(folded.text); match; match = pattern.exec(folded.text)) {
    let name: string | undefined;
    let term: string | undefined;
    if (match[1]) name = 'Điều lệ Đảng';
    else if (match[6]) name = 'Hiến pháp';
    else if (match[4]) {
      term = match[5] ? romanNumeral(match[5]) : undefined;
      name = `Nghị quyết Trung ương ${Number(match[4])}${term ? ` khóa ${term}` : ''}`;
    } else {
      const roman = romanNumeral(match[3]);
      if (!roman) continue;
      const words = match[2].trim().split(/[ \n]/);
      const level = words.some((word) => /^b[o0d]$/.test(word)) ? words.map((w) => LEVEL_WORDS[w]).find(Boolean) : undefined;
      name = level ? `Nghị quyết Đại hội Đảng bộ ${level} lần thứ ${roman}` : `Nghị quyết Đại hội ${roman}`;
    }
    const span = originalSpan(folded, match.index, match.index + match[0].length);
    results.push({
      entity: {
        id: `reference-${span.start}-${span.end}`,
        kind: 'reference',
        start: span.start,
        end: span.end,
        text: folded.source.slice(span.start, span.end),
        confidence: 0.7,
        docType: name === 'Điều lệ Đảng' ? 'Điều lệ' : name === 'Hiến pháp' ? 'Hiến pháp' : 'Nghị quyết',
        name,
        term,
      },
    });
  }
  return results;
}

function mergeSorted(a: ReferenceMatch[], b: ReferenceMatch[]): ReferenceMatch[] {
  const out: ReferenceMatch[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].entity.start <= b[j].entity.start)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

/** Replace an issuer phrase with the canonical agency recognised at the same place. */
export function linkIssuers(matches: ReferenceMatch[], agencies: { start: number; name: string }[]): ReferenceEntity[] {
  // only the agencies some issuer phrase starts at: a page names far more agencies than it cites documents
  const wanted = new Set<number>();
  for (const { issuerStart } of matches) if (issuerStart !== undefined) wanted.add(issuerStart);
  const byStart = new Map<number, string>();
  for (const agency of agencies) if (wanted.has(agency.start)) byStart.set(agency.start, agency.name);
  return matches.map(({ entity, issuerStart }) => {
    const name = issuerStart === undefined ? undefined : byStart.get(issuerStart);
    return name ? { ...entity, issuer: name } : entity;
  });
}

/** The original text between folded offsets `from` and `to` holds a blank line (two line breaks, whitespace, `\r` too, between). */
/** 'Căn cứ' (OCR's `Can cu`, `Căn cú`) earlier in the symbol's ground, which may break over lines; grounds end on `;`. */
const GROUNDS_WORD = /(?<![a-z])can[ \n]?cu(?![a-z])[^;]*$/;
function inGrounds(text: string, at: number): boolean {
  return GROUNDS_WORD.test(text.slice(Math.max(0, at - 160), at));
}

function blankLineBetween(folded: FoldedText, from: number, to: number): boolean {
  const gap = folded.source.slice(folded.originalIndex(from), folded.originalIndex(to));
  return BLANK_LINE.test(gap);
}
const BLANK_LINE = /\n[^\S\n]*\n/;
