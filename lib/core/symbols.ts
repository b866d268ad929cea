/**
 * Document symbols (số ký hiệu) on folded text, and their canonical form.
 *
 * Party style `21-NQ/TW`, state style `04/2015/NĐ-CP`, `1234/QĐ-TTg`. Folding
 * has already merged `Đ` into `d` and lower-cased everything, so canonical
 * codes come from tables of known codes (which also undo OCR misreadings such
 * as `QB`, `OD` for `QĐ` or `PU` for `ĐU`), and unknown codes are taken from
 * the original text as written, upper-cased.
 */

/** Party type codes, folded -> canonical (OCR variants included). */
const PARTY_TYPE_CODES: Record<string, string> = {
  nq: 'NQ', no: 'NQ', ct: 'CT', kl: 'KL', kh: 'KH', ctr: 'CTr', hd: 'HD', tb: 'TB', bc: 'BC', qc: 'QC',
  tt: 'TT', ttr: 'TTr', da: 'ĐA', pa: 'ĐA', bb: 'BB', cv: 'CV', bs: 'BS',
  qd: 'QĐ', qb: 'QĐ', od: 'QĐ', ob: 'QĐ', obd: 'QĐ', qbd: 'QĐ',
  qdi: 'QĐi', qbi: 'QĐi', odi: 'QĐi', obi: 'QĐi',
};

/** Party issuer codes, folded -> canonical (OCR variants included). */
const PARTY_ISSUER_CODES: Record<string, string> = {
  tw: 'TW', tu: 'TU', hu: 'HU', qu: 'QU', txu: 'TXU', tpu: 'TPU',
  du: 'ĐU', pu: 'ĐU', bu: 'ĐU', duk: 'ĐUK', puk: 'ĐUK', buk: 'ĐUK',
  btctw: 'BTCTW', btctu: 'BTCTU', btchu: 'BTCHU', vptw: 'VPTW', vptu: 'VPTU', vphu: 'VPHU',
  ubkttw: 'UBKTTW', ubkttu: 'UBKTTU', ubkthu: 'UBKTHU', btgtw: 'BTGTW', btgtu: 'BTGTU',
  bdvtw: 'BDVTW', bdvtu: 'BDVTU', btgdvtw: 'BTGDVTW', btgdvtu: 'BTGDVTU', bnctw: 'BNCTW',
  bktw: 'BKTW', bcstw: 'BCSTW', bcsd: 'BCSĐ', bcsp: 'BCSĐ', dd: 'ĐĐ', bcdtw: 'BCĐTW', bcd: 'BCĐ',
  'twdtn-vp': 'TWĐTN-VP', dtn: 'ĐTN',
};

/** State type codes, folded -> canonical. */
const STATE_TYPE_CODES: Record<string, string> = {
  nd: 'NĐ', qd: 'QĐ', qb: 'QĐ', nq: 'NQ', tt: 'TT', ttlt: 'TTLT', ct: 'CT', kh: 'KH', cv: 'CV',
  tb: 'TB', bc: 'BC', hd: 'HD', qc: 'QC', ttr: 'TTr', da: 'ĐA', l: 'L',
};

/** State issuer codes whose case or letters folding loses. */
const STATE_ISSUER_CODES: Record<string, string> = {
  ttg: 'TTg', hdnd: 'HĐND', ubnd: 'UBND', cp: 'CP', ubtvqh: 'UBTVQH', btc: 'BTC', bnv: 'BNV',
  bgddt: 'BGDĐT', bldtbxh: 'BLĐTBXH', bqp: 'BQP', bca: 'BCA', vpcp: 'VPCP',
};

const TYPE_NAMES: Record<string, string> = {
  NQ: 'Nghị quyết', CT: 'Chỉ thị', KL: 'Kết luận', KH: 'Kế hoạch', CTr: 'Chương trình', HD: 'Hướng dẫn',
  TB: 'Thông báo', BC: 'Báo cáo', QC: 'Quy chế', TT: 'Thông tri', TTr: 'Tờ trình', ĐA: 'Đề án',
  BB: 'Biên bản', CV: 'Công văn', BS: 'Bản sao', QĐ: 'Quyết định', QĐi: 'Quy định',
};

const STATE_TYPE_NAMES: Record<string, string> = {
  ...TYPE_NAMES, NĐ: 'Nghị định', TT: 'Thông tư', TTLT: 'Thông tư liên tịch', L: 'Luật',
};

/**
 * One global pass over the folded text. Groups:
 *  Party: 1 leading digit group split off by OCR ('1 7-CT/TU'), 2 number,
 *         3 type code, 4 issuer code.
 *  State: 5 number, 6 year, 7 type (or issuer for laws: 'QH14'), 8 issuer after '-',
 *         9 type and 10 issuer of the yearless form ('103/KH-UBND').
 * Dashes and spaces OCR put inside a Party symbol ('06- -NQ/TU', '21- NQ/TW',
 * '213-\nQD/TW', '21-NQ/\nTW') are allowed by bounded runs, so matching stays linear.
 */
export const SYMBOL_PATTERN =
  /(?<![a-z0-9/.-])(?:(?:(\d{1,3}) )?(\d{1,4}[a-z]?) ?-(?:[ \n]?-)?[ \n]?([a-z]{1,4})[ \n]?\/[ \n]?([a-z]{1,8}(?:-[a-z]{1,6})?)|(\d{1,5}[a-z]?)\/(?:(\d{4})\/([a-z]{1,5}\d{0,2})(?:-([a-z]{1,8}))?|([a-z]{1,5})-([a-z]{1,8})))(?![a-z0-9])/g;

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
}

/** `original` is the caller's text of the same part, for codes no table knows. */
type OriginalOf = (group: number) => string;

function canonicalCode(table: Record<string, string>, folded: string, original: string): { code: string; known: boolean } {
  const written = original.replace(/\s+/g, '').toUpperCase();
  // 'TƯ' (with its horn) is how some documents write Trung ương; folded it reads like 'TU' (Tỉnh ủy).
  if (written === 'TƯ' && table === PARTY_ISSUER_CODES) return { code: 'TW', known: true };
  const known = table[folded];
  if (known) return { code: known, known: true };
  return { code: written, known: false };
}

/** Canonical parts of a SYMBOL_PATTERN match; `mergeLeading` joins an OCR-split number. */
export function symbolParts(match: RegExpExecArray, originalOf: OriginalOf, mergeLeading: boolean): SymbolParts {
  if (match[2] !== undefined) {
    const number = (mergeLeading && match[1] ? match[1] : '') + match[2];
    const type = canonicalCode(PARTY_TYPE_CODES, match[3], originalOf(3));
    const issuer = canonicalCode(PARTY_ISSUER_CODES, match[4], originalOf(4));
    const clean = match[0].indexOf(' ') < 0 && match[0].indexOf('\n') < 0 && !/--/.test(match[0]);
    const ocrCode = type.code !== originalOf(3) || issuer.code !== originalOf(4).toUpperCase();
    return {
      style: 'party', number, typeCode: type.code, issuerCode: issuer.code,
      symbol: `${number}-${type.code}/${issuer.code}`,
      repaired: !clean || ocrCode, known: type.known && issuer.known, plausible: type.known || issuer.known,
    };
  }
  const number = match[5] ?? '';
  if (match[6] !== undefined) {
    const year = match[6];
    const law = /\d$/.test(match[7]);
    if (law) {
      const issuer = match[7].toUpperCase();
      return { style: 'state', number, year, issuerCode: issuer, symbol: `${number}/${year}/${issuer}`, repaired: false, known: true, plausible: true };
    }
    const type = canonicalCode(STATE_TYPE_CODES, match[7], originalOf(7));
    let issuerCode: string | undefined;
    let repaired = !type.known;
    if (match[8] !== undefined) issuerCode = canonicalCode(STATE_ISSUER_CODES, match[8], originalOf(8)).code;
    else if (type.code === 'NĐ') {
      issuerCode = 'CP'; // every Nghị định is issued by the Chính phủ; OCR sometimes drops '-CP'
      repaired = true;
    }
    const symbol = `${number}/${year}/${type.code}${issuerCode ? `-${issuerCode}` : ''}`;
    return { style: 'state', number, year, typeCode: type.code, issuerCode, symbol, repaired, known: type.known, plausible: true };
  }
  // Yearless: '103/KH-UBND' (type-issuer), or a công văn's '215/UBND-VX' (issuer-unit).
  const type = canonicalCode(STATE_TYPE_CODES, match[9], originalOf(9));
  const issuer = canonicalCode(STATE_ISSUER_CODES, match[10], originalOf(10));
  const issuerFirst = !type.known && match[9] in STATE_ISSUER_CODES;
  const first = issuerFirst ? STATE_ISSUER_CODES[match[9]] : type.code;
  return {
    style: 'state', number, typeCode: issuerFirst ? undefined : type.code, issuerCode: issuerFirst ? first : issuer.code,
    symbol: `${number}/${first}-${issuer.code}`, repaired: false, known: type.known && issuer.known,
    plausible: type.known || issuer.known || issuerFirst,
  };
}

/** The document type a code stands for when no type word is written before the symbol. */
export function docTypeOfCode(parts: SymbolParts): string | undefined {
  if (parts.style === 'state' && parts.typeCode === undefined && parts.issuerCode && /^QH/.test(parts.issuerCode)) return 'Luật';
  if (!parts.typeCode) return undefined;
  return (parts.style === 'party' ? TYPE_NAMES : STATE_TYPE_NAMES)[parts.typeCode];
}
