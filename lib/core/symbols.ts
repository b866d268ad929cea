/**
 * Document symbols (số ký hiệu) on folded text, and their canonical form.
 *
 * Party style `21-NQ/TW`, state style `04/2015/NĐ-CP`, `1234/QĐ-TTg`. Folding
 * has already merged `Đ` into `d` and lower-cased everything, so canonical
 * codes come from tables of known codes (which also undo OCR misreadings such
 * as `QB`, `OD` for `QĐ` or `PU` for `ĐU`), and unknown codes are taken from
 * the original text as written, upper-cased.
 */

import { isCapitalLetterAt, isLowerLetterAt } from './gazetteer';
import type { FoldedText } from './normalize';
import { originalSpan } from './normalize';

/**
 * A table of codes looked up by what the text holds: without a prototype, so
 * that a code spelled like one of its members (`NĐ-constructor`) is no code.
 */
function codeTable(codes: Record<string, string>): Record<string, string> {
  return Object.assign(Object.create(null) as Record<string, string>, codes);
}

/** Party type codes, folded -> canonical (OCR variants included). */
const PARTY_TYPE_CODES = codeTable({
  nq: 'NQ', no: 'NQ', ct: 'CT', kl: 'KL', kh: 'KH', ctr: 'CTr', hd: 'HD', tb: 'TB', bc: 'BC', qc: 'QC',
  tt: 'TT', ttr: 'TTr', da: 'ĐA', bb: 'BB', cv: 'CV', bs: 'BS', gm: 'GM',
  // the joint plans of a Youth Union and a students' association (`09-KHLT/ĐTN-HSV`)
  khlt: 'KHLT',
  // Đ read as P or B (`QB`, `OB`, `PA`) is undone by `readWithoutD`; O for Q, and Đ read as two letters, are listed
  qd: 'QĐ', od: 'QĐ', obd: 'QĐ', qbd: 'QĐ',
  qdi: 'QĐi', odi: 'QĐi',
});

/** Party issuer codes, folded -> canonical (OCR variants included). */
const PARTY_ISSUER_CODES = codeTable({
  tw: 'TW', tu: 'TU', hu: 'HU', qu: 'QU', txu: 'TXU', tpu: 'TPU',
  du: 'ĐU', duk: 'ĐUK',
  btctw: 'BTCTW', btctu: 'BTCTU', btchu: 'BTCHU', vptw: 'VPTW', vptu: 'VPTU', vphu: 'VPHU',
  ubkttw: 'UBKTTW', ubkttu: 'UBKTTU', ubkthu: 'UBKTHU', ubktdu: 'UBKTĐU', btgtw: 'BTGTW', btgtu: 'BTGTU',
  bdvtw: 'BDVTW', bdvtu: 'BDVTU', btgdvtw: 'BTGDVTW', btgdvtu: 'BTGDVTU', bnctw: 'BNCTW',
  bktw: 'BKTW', bcstw: 'BCSTW', bcsd: 'BCSĐ', dd: 'ĐĐ', bcdtw: 'BCĐTW', bcd: 'BCĐ',
  'twdtn-vp': 'TWĐTN-VP', dtn: 'ĐTN',
  // the Youth Union's committees (`120-KH/TĐTN` of a Tỉnh đoàn, `58-HD/TWĐTN-BTG` of its centre and a board)
  tdtn: 'TĐTN', twdtn: 'TWĐTN', btg: 'BTG',
  // a Party Congress's own resolutions (`01-NQ/ĐH`), and the committees of the armed forces and police
  dh: 'ĐH', dunn: 'ĐUNN', duqk: 'ĐUQK', duqs: 'ĐUQS', duca: 'ĐUCA', dubp: 'ĐUBP', ducp: 'ĐUCP', duqh: 'ĐUQH', bnctu: 'BNCTU',
  // the Party committees of the Central Public Security and of the Central Military Commission
  ducatw: 'ĐUCATW', duqstw: 'ĐUQSTW',
});

/** State type codes, folded -> canonical. */
const STATE_TYPE_CODES = codeTable({
  // Đ read as P or B, listed: `readWithoutD` would read the state's own `PA` (Phương án) and `CP` as ĐA and CĐ
  nd: 'NĐ', np: 'NĐ', nb: 'NĐ', qd: 'QĐ', qb: 'QĐ', qp: 'QĐ', od: 'QĐ', ob: 'QĐ', nq: 'NQ', tt: 'TT', ttlt: 'TTLT', nqlt: 'NQLT', ct: 'CT', ctr: 'CTr', kh: 'KH', cv: 'CV',
  cd: 'CĐ', tb: 'TB', bc: 'BC', hd: 'HD', qc: 'QC', ttr: 'TTr', da: 'ĐA', l: 'L', pl: 'PL',
  // an inspectorate's conclusions (`126/KL-TTr`), the joint programmes of mass organisations (`07/CTrPH-HPN-LĐLĐ`)
  kl: 'KL', ctrph: 'CTrPH',
});

/** State issuer codes: the ones folding changes ('TTg', 'Đ') and the common ones, which make a symbol known. */
const STATE_ISSUER_CODES = codeTable({
  ttg: 'TTg', hdnd: 'HĐND', ubnd: 'UBND', cp: 'CP', qh: 'QH', ubtvqh: 'UBTVQH', vpcp: 'VPCP', ttcp: 'TTCP',
  btc: 'BTC', bnv: 'BNV', btp: 'BTP', bca: 'BCA', bqp: 'BQP', bng: 'BNG', bct: 'BCT', byt: 'BYT', bxd: 'BXD',
  bgddt: 'BGDĐT', bldtbxh: 'BLĐTBXH', bkhdt: 'BKHĐT', bnnptnt: 'BNNPTNT', btnmt: 'BTNMT', bgtvt: 'BGTVT',
  btttt: 'BTTTT', bkhcn: 'BKHCN', bvhttdl: 'BVHTTDL', nhnn: 'NHNN', tandtc: 'TANDTC', vksndtc: 'VKSNDTC',
  ubtwmttqvn: 'UBTWMTTQVN', mttq: 'MTTQ', hdbcqg: 'HĐBCQG',
  // the Supreme Court's council of judges (`03/2017/NQ-HĐTP`), the Front's presidium in a joint resolution
  // (`09/2015/NQLT-UBTVQH13-CP-ĐCTUBTWMTTQVN`)
  hdtp: 'HĐTP', dctubtwmttqvn: 'ĐCTUBTWMTTQVN',
  // a province's departments (`2150/KH-SGDĐT`), and the inspectorates (`126/KL-TTr`, `45/KL-TTCP`)
  sgddt: 'SGDĐT', skhdt: 'SKHĐT', sldtbxh: 'SLĐTBXH', ttr: 'TTr',
  // a province's police and border guard (`14/QC-CAT-BĐBP`), its Youth Union in a joint programme (`05/CTrPH-TĐTN-CAT`)
  cat: 'CAT', bdbp: 'BĐBP', tdtn: 'TĐTN',
});

const TYPE_NAMES: Record<string, string> = {
  NQ: 'Nghị quyết', CT: 'Chỉ thị', KL: 'Kết luận', KH: 'Kế hoạch', CTr: 'Chương trình', HD: 'Hướng dẫn',
  TB: 'Thông báo', BC: 'Báo cáo', QC: 'Quy chế', TT: 'Thông tri', TTr: 'Tờ trình', ĐA: 'Đề án',
  BB: 'Biên bản', CV: 'Công văn', BS: 'Bản sao', QĐ: 'Quyết định', QĐi: 'Quy định', GM: 'Giấy mời', KHLT: 'Kế hoạch liên tịch',
};

const STATE_TYPE_NAMES: Record<string, string> = {
  ...TYPE_NAMES, NĐ: 'Nghị định', TT: 'Thông tư', TTLT: 'Thông tư liên tịch', NQLT: 'Nghị quyết liên tịch', CĐ: 'Công điện', L: 'Luật',
  CTrPH: 'Chương trình phối hợp',
  PL: 'Pháp lệnh',
};

/** OCR's letters for digits in a number: l and i for 1, o for 0. */
const DIGIT_OF: Record<string, string> = { l: '1', i: '1', o: '0' };

/**
 * One global pass over the folded text. Groups:
 *  1 a leading digit group split off by OCR ('1 7-CT/TU', '3 5/2023/UBTVQH15', 'số 1' / '30/2020/NĐ-CP').
 *  Party: 2 number, 3 type code, 4 issuer code.
 *  State: 5 number, 6 year, 7 the codes after the year, 8 the codes of the
 *         yearless form ('103/KH-UBND'). State codes follow the grammar
 *         CODE(-CODE)*, a code being letters and an optional term number:
 *         '04/2015/NĐ-CP', '45/2019/QH14', '35/2023/UBTVQH15',
 *         '1107/NQ-UBTVQH15', '01/2014/TTLT-BNV-BTC'. OCR may break the line
 *         after a slash ('163/2016/\nNĐ-CP', '263/\nQĐ-TTg') or a code's dash
 *         ('29/2024/TT-\nBGDĐT'), and split off the
 *         National Assembly's term or its digits ('202/2025/QH 15', 'QH1 5'),
 *         or put a space inside the year ('24/20 18/QH14') or an O in it
 *         ('2O23', '2O2O'); the yearless form too breaks a line after a dash and
 *         splits a term ('1234/NQ-\nUBTVQH1 5'). A term split so is TERM, one
 *         pattern for both forms. A code after a dash and a line break is one
 *         only where it is written with a capital (`brokenBeforeWord`).
 * Dashes, spaces and line breaks OCR put inside a Party symbol ('06- -NQ/TU',
 * '21- NQ/TW', '213-\nQD/TW', '57\n-QĐ/TW', '21-NQ/\nTW') are allowed by bounded
 * runs, so matching stays linear. OCR's letters for digits (l, i for 1, o for 0)
 * may follow the first digit of a number ('1O2'); before it ('l5-NQ/TW') the
 * look-behind lets them stand and `leadingLetters` reads them, so that every
 * match still starts at a digit: a pattern that could start at any 'l', 'i' or
 * 'o' is tried at most positions of the text, several times slower.
 * `symbolParts` says which of these readings need a cue.
 * `splitCodeAfter` reads a code OCR split off the last one after a match.
 */
const TERM = String.raw`(?:(?<=qh)\d \d(?!\d)|\d{1,2}|(?<=qh) \d{2})`;
export const SYMBOL_PATTERN = new RegExp(
  String.raw`(?<![a-hj-km-np-z0-9/.-])(?:(\d{1,3})[ \n])?(?:(\d[\dlio]{0,3}[a-z]?)[ \n]?-(?:[ \n]?-)?[ \n]?([a-z]{1,4})[ \n]?\/[ \n]?([a-z]{1,8}\d{0,2}(?:-[a-z]{1,6}){0,2})` +
    String.raw`|(\d{1,5}[a-z]?)\/(?:[ \n]?(\d{4}|\d\d \d\d|2[\dol]{3})\/[ \n]?([a-z]{1,10}${TERM}?(?:-\n?[a-z]{1,14}\d{0,2}){0,3})` +
    String.raw`|\n?([a-z]{1,10}\d{0,2}-[ \n]?[a-z]{1,10}${TERM}?(?:-\n?[a-z]{1,10}${TERM}?){0,2})))(?![a-z0-9])`,
  'g',
);

/**
 * OCR's letters for digits written before a SYMBOL_PATTERN match at `index`
 * ('l' of 'l5-NQ/TW'): how many, or -1 when they end a word ('hello5-NQ/TW').
 */
export function leadingLetters(text: string, index: number): number {
  let k = 0;
  while (k < 3 && index - k > 0 && DIGIT_OF[text[index - k - 1]] !== undefined) k++;
  return k > 0 && index - k > 0 && /[a-z0-9/.-]/.test(text[index - k - 1]) ? -1 : k;
}

/** A word after a symbol, with the space, line break or spaced dash before it: maybe the rest of a code OCR split. */
const SPLIT_TAIL = /([ \n]| -[ \n]?|- )([a-z]{1,14}\d{0,2})(?![a-z0-9])/y;

/** The rest of a code OCR split off a symbol's last one: its folded letters and where it ends. */
export interface SplitCode {
  code: string;
  start: number;
  end: number;
}

/**
 * The rest of the last code of the SYMBOL_PATTERN match `match`, where OCR
 * split it off by a space or line break (`1150-CV/BTC TU`, `05-CT/T` / `W`)
 * or a spaced dash (`06/2023/TT -BNV`, `06/2020/QĐ- TTg`): a Party issuer
 * code unknown alone and known joined to it, or a state issuer after a type
 * code alone. Written with a capital (`từ` after `BTC` is a word), as codes are.
 */
export function splitCodeAfter(folded: FoldedText, match: RegExpExecArray): SplitCode | undefined {
  SPLIT_TAIL.lastIndex = match.index + match[0].length;
  const tail = SPLIT_TAIL.exec(folded.text);
  if (!tail) return undefined;
  const code = tail[2];
  const start = tail.index + tail[1].length;
  if (!isCapitalLetterAt(folded, start)) return undefined;
  const dashed = tail[1].includes('-');
  const joins =
    match[2] !== undefined
      ? !dashed && knownIssuer(match[4]) === undefined && knownIssuer(match[4] + code) !== undefined
      : dashed && match[7] !== undefined && !match[7].includes('-') && (knownCode(STATE_ISSUER_CODES, code.replace(/\d+$/, '')) !== undefined || writtenInCapitals(folded, start));
  return joins ? { code, start, end: start + code.length } : undefined;
}

/**
 * Letters a code is written in: Latin ones and `Đ` (`HĐND`), or the eth `Ð` old fonts print for it; no vowel with a
 * mark (`VỀ`, `ỦY` are words of a heading).
 */
const CODE_WORD = /^[A-Za-zĐđÐð]+\d*$/;

/**
 * The word at folded offset `at` begins with two capitals (`UBDT`, `TTr`) and is written as a code is: a code, where
 * `Phê duyệt` is a title's word and `VỀ VIỆC` a heading's.
 */
function writtenInCapitals(folded: FoldedText, at: number): boolean {
  if (!isCapitalLetterAt(folded, at) || !isCapitalLetterAt(folded, at + 1)) return false;
  let end = at;
  while (end < folded.text.length && /[a-z0-9]/.test(folded.text[end])) end++;
  const { start, end: to } = originalSpan(folded, at, end);
  return CODE_WORD.test(folded.source.slice(start, to));
}

/**
 * The match runs over a line break after a dash into a word written in lower
 * case (`Nghị quyết số 1234/NQ-` / `ngày 12/6/2024`): the symbol lost its
 * issuer, and the next line's word is none.
 */
export function brokenBeforeWord(folded: FoldedText, match: RegExpExecArray): boolean {
  const { text } = folded;
  const end = match.index + match[0].length;
  // a state symbol without a year (a Party symbol's spaced dash, `21- NQ/TW`, is OCR's and needs no capital)
  const yearless = match[8] !== undefined;
  // within the match only: an `indexOf` from it would search the rest of the text for every symbol
  for (let at = match.index; at < end - 1; at++) {
    if (text.charCodeAt(at) !== 0x2d) continue;
    const after = text.charCodeAt(at + 1);
    if (after === 0x0a && isLowerLetterAt(folded, at + 2)) return true;
    // `612/QĐ- UBDT`: a code after a spaced dash is one where its first two letters are capitals (`45/KH- các` is not)
    if (after === 0x20 && yearless && !writtenInCapitals(folded, at + 2)) return true;
  }
  return false;
}

export interface SymbolParts {
  style: 'party' | 'state';
  number: string;
  year?: string;
  typeCode?: string;
  issuerCode?: string;
  /** Canonical symbol. */
  symbol: string;
  /** True when a code was an OCR misreading or unknown, or a part was restored. */
  repaired: boolean;
  /** Both codes are known ones. */
  known: boolean;
  /** At least one code is known: '5-ngày/tuần' has the shape of a symbol but is none. */
  plausible: boolean;
  /**
   * Read through OCR damage that ordinary text also shows (letters for digits in
   * the number, a line break before the dash): a symbol only when 'số' or a type
   * word is written before it and both codes are known.
   */
  needsCue: boolean;
}

/** `original` is the caller's text of the same part, for codes no table knows. */
type OriginalOf = (group: number) => string;

/** The code a table knows, or, where none does, the code as written, upper-cased. */
function canonicalCode(known: string | undefined, original: string): { code: string; known: boolean } {
  return known ? { code: known, known: true } : { code: original.replace(/\s+/g, '').toUpperCase(), known: false };
}

/** A Party issuer code, or the codes of a joint document's issuers (`12-QC/ĐUQS-ĐUCA`), each a known one. */
function partyIssuer(folded: string, original: string): string | undefined {
  // 'TƯ' (with its horn) is how some documents write Trung ương; folded it reads like 'TU' (Tỉnh ủy).
  if (original.replace(/\s+/g, '').toUpperCase() === 'TƯ') return 'TW';
  // a numbered steering committee's (`12-KH/BCĐ35`); after any other code, digits are a footnote's mark (`21-NQ/TW1`)
  const numbered = /^([a-z]+)(\d+)$/.exec(folded);
  if (numbered) {
    const letters = knownIssuer(numbered[1]);
    return letters && (letters === 'BCĐ' ? `${letters}${numbered[2]}` : letters);
  }
  const whole = knownIssuer(folded);
  if (whole || !folded.includes('-')) return whole;
  const parts = folded.split('-').map(knownIssuer);
  return parts.every(Boolean) ? parts.join('-') : undefined;
}

function knownIssuer(folded: string): string | undefined {
  return knownCode(PARTY_ISSUER_CODES, folded);
}

/** The code `table` knows for `folded`, as written or with one `Đ` that OCR read as P or B. */
function knownCode(table: Record<string, string>, folded: string): string | undefined {
  return table[folded] ?? readWithoutD(table, folded);
}

/**
 * OCR reads a code's `Đ` as P or B (`PU`, `BUK`, `PUCA` for ĐU, ĐUK, ĐUCA;
 * `BCPTW` for BCĐTW; `NP-CP`, `NB-CP` for NĐ-CP): the code it stands for, if
 * any. Only where the known code has a `Đ`: a P or B that stands for a plain D
 * is no misreading OCR makes. Folding keeps one char per code letter, so the
 * positions line up.
 */
function readWithoutD(table: Record<string, string>, folded: string): string | undefined {
  for (let j = 0; j < folded.length; j++) {
    if (folded[j] !== 'p' && folded[j] !== 'b') continue;
    const code = table[`${folded.slice(0, j)}d${folded.slice(j + 1)}`];
    if (code?.[j] === 'Đ') return code;
  }
  return undefined;
}

const DIGITS_ONLY = /^\d+$/;

/** A number as written ('l5', '1o2', '30a'): its digits and letter suffix, and whether letters stood for digits. */
function numberOf(written: string): { number: string; lookalike: boolean } {
  if (DIGITS_ONLY.test(written)) return { number: written, lookalike: false }; // the common case
  const suffix = /[a-hj-km-np-z]$/.test(written) ? written.slice(-1) : '';
  const body = written.slice(0, written.length - suffix.length);
  const digits = body.replace(/[lio]/g, (c) => DIGIT_OF[c]);
  return { number: digits + suffix, lookalike: digits !== body };
}

/**
 * Canonical parts of a SYMBOL_PATTERN match; `lead` holds OCR's letters for
 * digits written before it ('l' of 'l5-NQ/TW'), `mergeLeading` joins an
 * OCR-split number, `split` is the rest of a split code (`splitCodeAfter`) and
 * how it is written.
 */
export function symbolParts(match: RegExpExecArray, originalOf: OriginalOf, mergeLeading: boolean, lead: string, split?: { code: string; written: string }): SymbolParts {
  const splitCode = split?.code ?? '';
  const splitWritten = split?.written ?? '';
  const leading = mergeLeading && match[1] !== undefined ? match[1] : '';
  if (match[2] !== undefined) {
    const { number, lookalike } = numberOf(lead + match[2]);
    const type = canonicalCode(knownCode(PARTY_TYPE_CODES, match[3]), originalOf(3));
    const issuerWritten = originalOf(4) + splitWritten;
    const issuer = canonicalCode(partyIssuer(match[4] + splitCode, issuerWritten), issuerWritten);
    const clean = !split && !lookalike && match[0].indexOf(' ') < 0 && match[0].indexOf('\n') < 0 && !/--/.test(match[0]);
    const ocrCode = type.code !== originalOf(3) || issuer.code !== issuerWritten.toUpperCase();
    return {
      style: 'party', number: leading + number, typeCode: type.code, issuerCode: issuer.code,
      symbol: `${leading}${number}-${type.code}/${issuer.code}`,
      repaired: !clean || ocrCode, known: type.known && issuer.known, plausible: type.known || issuer.known,
      needsCue: lookalike || /\n ?-/.test(match[0]),
    };
  }
  const written = numberOf(lead + match[5]);
  const number = leading + written.number;
  const { lookalike } = written;
  // OCR's space inside the year ('24/20 18/QH14'), its O for 0 ('55/2O23/TT-BTC') and l for 1 ('36/20l8/QH14')
  const year = match[6]?.replace(' ', '').replace(/[ol]/g, (c) => DIGIT_OF[c]);
  const group = year !== undefined ? 7 : 8;
  const joined = split ? '-' : '';
  const [first, ...rest] = stateCodes(match[group] + joined + splitCode, originalOf(group) + joined + splitWritten);
  const make = (typeCode: string | undefined, issuers: StateCode[], flags: Pick<SymbolParts, 'known' | 'repaired' | 'plausible'>): SymbolParts => {
    const tail = [...(typeCode ? [typeCode] : []), ...issuers.map((c) => c.code)].join('-');
    const issuerCode = issuers.length ? issuers.map((c) => c.code).join('-') : undefined;
    const spaced = split !== undefined || /\s/.test(match[group]) || /\/\s/.test(match[0]) || year !== match[6];
    return { style: 'state', number, year, typeCode, issuerCode, symbol: `${number}/${year ? `${year}/` : ''}${tail}`, ...flags, repaired: flags.repaired || leading !== '' || lookalike || spaced, needsCue: lookalike };
  };
  const type = canonicalCode(STATE_TYPE_CODES[first.folded], first.written);
  if (year !== undefined) {
    // a lone code with a term number is the issuer: a law '45/2019/QH14', a resolution '35/2023/UBTVQH15'
    if (rest.length === 0 && first.term) return make(undefined, [first], { known: first.known, repaired: false, plausible: true });
    // every Nghị định is issued by the Chính phủ; OCR sometimes drops '-CP'
    if (rest.length === 0 && type.code === 'NĐ') return make(type.code, [CHINH_PHU], { known: true, repaired: true, plausible: true });
    return make(type.code, rest, { known: type.known, repaired: !type.known, plausible: true });
  }
  // Yearless: '103/KH-UBND' (type and issuers), or a công văn's '215/UBND-VX' (issuer, then its unit).
  if (!type.known && first.known) {
    const parts = make(undefined, [first, ...rest], { known: false, repaired: false, plausible: true });
    return { ...parts, issuerCode: first.code };
  }
  return make(type.code, rest, { known: type.known && rest.every((c) => c.known), repaired: false, plausible: type.known || rest.some((c) => c.known) });
}

interface StateCode {
  /** Canonical form: the letters from the table (or as written, upper-cased), then the term number. */
  code: string;
  known: boolean;
  /** It ends in a term number ('QH14'). */
  term: boolean;
  folded: string;
  written: string;
}

const CHINH_PHU: StateCode = { code: 'CP', known: true, term: false, folded: 'cp', written: 'CP' };

/** The codes of a state symbol, each read as an issuer (the first one may be the type instead). */
function stateCodes(folded: string, original: string): StateCode[] {
  const foldedCodes = folded.replace(/\s+/g, '').split('-');
  const writtenCodes = original.replace(/\s+/g, '').split(/[-\u2010-\u2015\u2212]/);
  return foldedCodes.map((code, k) => {
    const written = writtenCodes.length === foldedCodes.length ? writtenCodes[k] : code;
    let digits = /\d*$/.exec(code)![0];
    let letters = code.slice(0, code.length - digits.length);
    let writtenLetters = written.slice(0, written.length - digits.length);
    // OCR's l for the 1 of a term ('QHl5')
    if (digits !== '' && letters.endsWith('l') && knownCode(STATE_ISSUER_CODES, letters.slice(0, -1)) !== undefined) {
      letters = letters.slice(0, -1);
      writtenLetters = writtenLetters.slice(0, -1);
      digits = `1${digits}`;
    }
    // a type after the issuer, as older symbols write it (`1895/1997/BYT-QĐ`)
    const issuer = canonicalCode(knownCode(STATE_ISSUER_CODES, letters) ?? (k > 0 ? STATE_TYPE_CODES[letters] : undefined), writtenLetters);
    return { code: issuer.code + digits, known: issuer.known, term: digits !== '', folded: code, written };
  });
}

/** The document type a code stands for when no type word is written before the symbol. */
export function docTypeOfCode(parts: SymbolParts): string | undefined {
  if (parts.style === 'state' && parts.typeCode === undefined && parts.issuerCode && /^QH/.test(parts.issuerCode)) return 'Luật';
  if (!parts.typeCode) return undefined;
  return (parts.style === 'party' ? TYPE_NAMES : STATE_TYPE_NAMES)[parts.typeCode];
}
