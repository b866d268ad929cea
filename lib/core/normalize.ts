/**
 * Folding with an offset map.
 *
 * Recognisers match on a folded copy of the text: lower case, no diacritics,
 * `đ` -> `d`, odd spaces collapsed, soft hyphens and zero-width characters
 * dropped, dash and slash look-alikes unified. Because every diacritic is
 * dropped, NFC/NFD input and both tone-mark styles (`ủy`/`uỷ`, `hóa`/`hoá`)
 * fold to the same string.
 *
 * Why a hand-written table instead of `normalize('NFD')` + regex replace: one
 * pass over UTF-16 code units through a lookup table is several times faster
 * on megabyte pages and lets us record, for every folded character, where it
 * came from in the caller's string (`originalIndex`), which `normalize` cannot.
 */

/**
 * Folded chars per block of the offset map. A folded char's original index is
 * its own index plus a skew (the original chars dropped or collapsed before
 * it), which never decreases: the map keeps the skew of each block's first
 * char, and per char one byte for how far the skew has grown since (four when
 * some block grows by more than a byte's worth: a long whitespace run, a long
 * run of combining marks). A full index per char was four bytes per char,
 * and the memory a 10 MB page's map needed fresh from the system cost more
 * than all the folding itself.
 */
const SKEW_BLOCK_BITS = 6;
const SKEW_BLOCK = 1 << SKEW_BLOCK_BITS;

export class FoldedText {
  constructor(
    /**
     * The folded text. Whitespace runs become one ' ', or '\n' when the run held a line break;
     * chars outside Latin-1 become FOLDED_PLACEHOLDER.
     */
    readonly text: string,
    /** The original string, kept to resolve span ends. */
    readonly source: string,
    private readonly blockSkew: Int32Array,
    private readonly skew: Uint8Array | Uint32Array,
  ) {}

  /** Index in the original of folded char i; the original's length for i = text.length. */
  originalIndex(i: number): number {
    return i + this.blockSkew[i >> SKEW_BLOCK_BITS] + this.skew[i];
  }
}

const DROP = 0xffff;
const SPACE = 0x20;
const NEWLINE = 0x0a;
const TABLE_SIZE = 0x3100;

/**
 * What every folded char that is no Latin-1 letter or sign becomes in the text
 * the recognisers read (U+001A SUBSTITUTE). No recogniser tells such chars
 * apart: they are separators between words. A text of chars below 0x100 takes
 * one byte a char, where a single `›` or `€` of OCR made a 10 MB page's folded
 * text two; V8 decodes it without converting and runs regular expressions on it
 * faster. `foldDiacritics` and `exactFoldedUnit` give the chars themselves.
 */
const PLACEHOLDER = 0x1a;
export const FOLDED_PLACEHOLDER = String.fromCharCode(PLACEHOLDER);

/** Code unit -> folded code unit (DROP to remove it; SPACE/NEWLINE for whitespace). */
const EXACT_TABLE: Uint16Array = buildFoldTable();
/** EXACT_TABLE with PLACEHOLDER for what is not Latin-1 (and for C1 controls, which the Latin-1 decoder reads as other chars). */
const FOLD_TABLE: Uint16Array = EXACT_TABLE.map(matchingUnit);

function matchingUnit(f: number): number {
  if (f === DROP) return DROP;
  return f > 0xff || (f >= 0x80 && f <= 0x9f) ? PLACEHOLDER : f;
}

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) {
    const ch = String.fromCharCode(c);
    let folded = ch;
    if (c < 0xd800 || c > 0xdfff) {
      const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      if (base.length === 1) folded = base;
      else if (base.length === 0) folded = '';
      else folded = ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
    }
    table[c] = folded === '' ? DROP : folded.charCodeAt(0);
  }
  table[0xd0] = table[0xf0] = 0x64; // Ð ð (look-alikes of Đ đ in bad encodings)
  table[0x110] = table[0x111] = 0x64; // Đ đ
  for (let c = 0x300; c <= 0x36f; c++) table[c] = DROP; // combining marks
  for (const c of [0x09, 0x0b, 0x0c, 0x20, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) table[c] = SPACE;
  for (let c = 0x2000; c <= 0x200a; c++) table[c] = SPACE;
  for (const c of [0x0a, 0x0d, 0x85, 0x2028, 0x2029]) table[c] = NEWLINE;
  for (const c of [0xad, 0x200b, 0x200c, 0x200d, 0x2060]) table[c] = DROP;
  for (let c = 0x2010; c <= 0x2015; c++) table[c] = 0x2d; // hyphens and dashes -> '-'
  table[0x2212] = 0x2d;
  table[0x2044] = table[0x2215] = 0x2f; // fraction slash, division slash -> '/'
  table[0x2018] = table[0x2019] = table[0x201b] = 0x27; // curly single quotes -> '
  table[0x201c] = table[0x201d] = table[0x201e] = 0x22; // curly double quotes -> "
  return table;
}

/** EXACT_TABLE's fold for the code units above it. */
function foldHighUnit(c: number): number {
  if (c === 0xfeff) return DROP;
  if (c >= 0xff01 && c <= 0xff5e) return EXACT_TABLE[c - 0xfee0]; // full-width ASCII
  if (c >= 0xfe20 && c <= 0xfe2f) return DROP; // combining half marks
  return c;
}

function exactUnit(c: number): number {
  return c < TABLE_SIZE ? EXACT_TABLE[c] : foldHighUnit(c);
}

/** Code unit c as the text the recognisers read has it. */
function foldUnit(c: number): number {
  return c < TABLE_SIZE ? FOLD_TABLE[c] : matchingUnit(foldHighUnit(c));
}

/**
 * `String.prototype.charCodeAt`, for loops over the caller's text to call as
 * `charCodeAt.call(text, i)`: `text.charCodeAt(i)` looks the method up on the
 * string, and callers pass strings of many internal shapes (literals, slices,
 * concatenations), which turns that lookup into a slow generic one on every
 * character. Not exported: V8 inlines the call only for a module's own
 * constant, not for an imported binding.
 */
const charCodeAt = String.prototype.charCodeAt;

/**
 * Fold one string without an offset map, keeping the chars that `foldText`
 * makes placeholders (for gazetteer keys, and for what a reader searches).
 * Written out here rather than read from `foldText`: loading the gazetteer
 * folds some ten thousand words and letters, and the entity list folds every
 * entity it shows, where `foldText`'s arrays and decoder, made for pages,
 * were a sixth of the time a fresh page took to load the parser. A number
 * OCR may have spelled with letters takes `foldText`'s way, which reads them.
 */
export function foldDiacritics(input: string): string {
  let out = '';
  let white = 0; // the whitespace run since the last char kept: SPACE, NEWLINE once it holds a line break, or 0
  for (let i = 0; i < input.length; i++) {
    const f = exactUnit(charCodeAt.call(input, i));
    if (f === DROP) continue;
    if (IS_WHITE[f]) {
      if (out !== '' && white !== NEWLINE) white = f;
      continue;
    }
    if (white !== 0) out += white === NEWLINE ? '\n' : ' ';
    white = 0;
    out += String.fromCharCode(f);
  }
  return HAS_DIGIT_LOOK_ALIKE.test(out) ? foldWithDigitsRead(input) : out;
}

function foldWithDigitsRead(input: string): string {
  const folded = foldText(input);
  const { text } = folded;
  if (!text.includes(FOLDED_PLACEHOLDER)) return text;
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = exactFoldedUnit(folded, i);
  return decodeUtf16(units);
}

/** Folded char i as folding writes it, where the folded text has a placeholder for it. */
export function exactFoldedUnit(folded: FoldedText, i: number): number {
  const f = folded.text.charCodeAt(i);
  return f === PLACEHOLDER ? exactUnit(charCodeAt.call(folded.source, folded.originalIndex(i))) : f;
}

/** Fold `input`, keeping a map from every folded character back to the original. */
export function foldText(input: string): FoldedText {
  const n = input.length;
  const out = new Uint8Array(n);
  const blockSkew = new Int32Array((n >> SKEW_BLOCK_BITS) + 1);
  let skew: Uint8Array | Uint32Array = new Uint8Array(n + 1);
  let o = foldInto(input, out, blockSkew, skew, 0xff);
  if (o < 0) o = foldInto(input, out, blockSkew, (skew = new Uint32Array(n + 1)), 0xffffffff);
  const mapped = skew.subarray(0, o + 1);
  const folded = new FoldedText(latin1.decode(out.subarray(0, o)), input, blockSkew, mapped);
  const text = withDigitsRead(folded);
  return text === folded.text ? folded : new FoldedText(text, input, blockSkew, mapped);
}

/**
 * Where OCR may have written a letter for a digit: a digit next to an `o` or
 * an `l`, or one of them before a digit's group (`l.500`). A regular
 * expression finds the few there are faster than a test of every character in
 * the folding loop, which cost a sixth of the loop.
 */
const DIGIT_LOOK_ALIKE = /[0-9][ol]|[ol][.,]?[0-9]/g;
const HAS_DIGIT_LOOK_ALIKE = new RegExp(DIGIT_LOOK_ALIKE.source);
/** The most digits, O's and l's a word read as a number holds (`1O.000.000`): longer runs are no OCR'd number. */
const MAX_NUMBER_WORD = 12;

const isFoldedLetterCode = (f: number) => f >= 0x61 && f <= 0x7a;
const isDigitCode = (f: number) => f >= 0x30 && f <= 0x39;

/**
 * The text of `folded` with OCR's letters for digits read as digits, in a word of a
 * number: Vietnamese writes no word with a digit in it, so in a word of digits
 * with plain O's and small l's (`9O`, `1OO`, `8O%`, `1O.000`, `2O24`,
 * `O7-QC/TU`, `l719/QĐ-TTg`, `4l2-BC/TU`, `l.500`) they are zeros and ones.
 * A letter with a mark is a letter (`1ó`), a word with a letter besides is a
 * word (`QL1A`, `hello5`), and `1o` alone is OCR's `lo`. Folding does it, once,
 * so that every recogniser reads these numbers as numbers; each char stays in
 * its place, so the offset map holds.
 */
function withDigitsRead(folded: FoldedText): string {
  const { text, source } = folded;
  let pieces: string[] | undefined;
  let copied = 0;
  DIGIT_LOOK_ALIKE.lastIndex = 0;
  for (let m = DIGIT_LOOK_ALIKE.exec(text); m !== null; m = DIGIT_LOOK_ALIKE.exec(text)) {
    let from = m.index;
    let to = m.index + m[0].length;
    // a group's `.` or `,` belongs to the number (`l.500`, `1O.000`)
    const inWord = (i: number) => {
      const f = text.charCodeAt(i);
      return isDigitCode(f) || f === 0x6f || f === 0x6c || ((f === 0x2e || f === 0x2c) && isDigitCode(text.charCodeAt(i + 1)));
    };
    // (group marks aside: `1O.000.000` is ten digits)
    const longest = 2 * MAX_NUMBER_WORD;
    while (from > 0 && to - from <= longest && inWord(from - 1)) from--;
    while (to < text.length && to - from <= longest && inWord(to)) to++;
    DIGIT_LOOK_ALIKE.lastIndex = to;
    if (to - from > longest || (from > 0 && isFoldedLetterCode(text.charCodeAt(from - 1))) || isFoldedLetterCode(text.charCodeAt(to))) continue;
    const word = text.slice(from, to);
    if (word === '1o' && charCodeAt.call(source, folded.originalIndex(from + 1)) === 0x6f) continue;
    let read = '';
    let digits = 0;
    for (let i = from; i < to; i++) {
      const f = text.charCodeAt(i);
      if (f !== 0x2e && f !== 0x2c) digits++;
      if (f !== 0x6f && f !== 0x6c) {
        read += text[i];
        continue;
      }
      // the letter as written, with no mark glued to it
      const at = folded.originalIndex(i);
      const c = charCodeAt.call(source, at);
      const bare = folded.originalIndex(i + 1) === at + 1;
      if (!bare || (f === 0x6f ? c !== 0x4f && c !== 0x6f : c !== 0x6c)) {
        read = '';
        break;
      }
      read += f === 0x6f ? '0' : '1';
    }
    if (read === '' || read === word || digits > MAX_NUMBER_WORD) continue;
    (pieces ??= []).push(text.slice(copied, from), read);
    copied = to;
  }
  if (!pieces) return text;
  pieces.push(text.slice(copied));
  return pieces.join('');
}

/** 1 for the code units folding makes white space (one table each, so the loop below tests none). */
const IS_WHITE = new Uint8Array(0x10000);
const IS_NEWLINE = new Uint8Array(0x10000);
IS_WHITE[SPACE] = IS_WHITE[NEWLINE] = IS_NEWLINE[NEWLINE] = 1;

/**
 * The folding loop; returns the folded length, or -1 when some block's skew
 * grows past `maxGrowth` (the per-char skew array's limit). A function of its
 * own, ending right after the loop: V8 compiles a long loop while it runs
 * (on-stack replacement), before the code after it has ever run, and code
 * after the loop that it knows nothing about can throw that compiled loop
 * away again on every call.
 *
 * Whitespace runs collapse without a branch on whether a character is white:
 * words and spaces alternate every few characters, so such a branch is
 * mispredicted twice a word, which cost as much as all the rest of the loop.
 * The loop's branches are on what is rare, and so well predicted: a run
 * holding a line break, a white character continuing a run, a new block.
 * Every character is written at `at`; a white one that continues a run
 * (`more`) is written over the run's character instead of after it, keeping
 * the run's start (so its skew) and turning it into a line break once the run
 * holds one. Leading whitespace is skipped before the loop, so `at` never
 * leaves the arrays.
 */
function foldInto(input: string, out: Uint8Array, blockSkew: Int32Array, skew: Uint8Array | Uint32Array, maxGrowth: number): number {
  const n = input.length;
  let i = 0;
  for (; i < n; i++) {
    const c = charCodeAt.call(input, i);
    const f = foldUnit(c);
    if (f !== DROP && !IS_WHITE[f]) break;
  }
  let o = 0; // next free slot
  let white = 0; // the last character kept was white space
  let runNewline = 0; // the current whitespace run holds a line break
  let runStart = 0; // original index where the current whitespace run began
  let base = 0; // skew of the current block's first char
  let growth = 0; // every char's skew growth within its block, or-ed
  for (; i < n; i++) {
    const c = charCodeAt.call(input, i);
    const f = foldUnit(c);
    if (f === DROP) continue;
    const ws = IS_WHITE[f];
    const more = ws & white;
    const at = o - more;
    runNewline = (runNewline & more) | IS_NEWLINE[f];
    // f itself (the table makes all white space SPACE or NEWLINE), or NEWLINE once the run holds one
    out[at] = runNewline ? NEWLINE : f;
    if (!more) runStart = i;
    // a char written over keeps its run's start, so its skew and its block's
    if ((at & (SKEW_BLOCK - 1)) === 0) blockSkew[at >> SKEW_BLOCK_BITS] = base = runStart - at;
    const d = runStart - at - base;
    skew[at] = d;
    growth |= d;
    o = at + 1;
    white = ws;
  }
  // trailing whitespace is dropped, as leading whitespace is; the slot after the text maps to the original's end
  if (white) o--;
  if ((o & (SKEW_BLOCK - 1)) === 0) blockSkew[o >> SKEW_BLOCK_BITS] = base = n - o;
  const d = n - o - base;
  skew[o] = d;
  growth |= d;
  return growth > maxGrowth ? -1 : o;
}

const utf16 = new TextDecoder('utf-16le');
/** Bytes 0x80 to 0x9f aside (the table has none), the bytes as the chars U+0000 to U+00FF. */
const latin1 = new TextDecoder('latin1');

function decodeUtf16(units: Uint16Array): string {
  // TextDecoder is much faster than String.fromCharCode over millions of units.
  return utf16.decode(new Uint8Array(units.buffer, units.byteOffset, units.byteLength));
}

/** Runs of white space other than a lone space: the only ones `replace(/\s+/g, ' ')` changes. */
const WHITE_RUN = /[^\S ]\s*| \s+/g;

/**
 * `text.replace(/\s+/g, ' ')`, matching only the runs that it changes: the
 * plain pattern matches (and rebuilds the string at) every single space
 * between words, while the original text shown with an entity (a task, a
 * subject, an issuer) has a space every few letters but only a few line
 * breaks or double spaces.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITE_RUN, ' ');
}

/**
 * Old and new tone placement in `oa`, `oe`, `uy` ending a syllable: the new
 * style marks the second vowel (`hoá`, `thuỷ`), the style the gazetteer's
 * canonical names use marks the first (`hóa`, `thủy`). NFC pairs, new -> old.
 */
const TONE_PLACEMENT = new Map<string, string>();
for (const [glide, vowel] of [['o', 'a'], ['o', 'e'], ['u', 'y']]) {
  for (const mark of ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']) {
    for (const [g, v] of [[glide, vowel], [glide.toUpperCase(), vowel], [glide.toUpperCase(), vowel.toUpperCase()]]) {
      TONE_PLACEMENT.set(`${g}${v}${mark}`.normalize('NFC'), `${g}${mark}${v}`.normalize('NFC'));
    }
  }
}
/**
 * A glide and a marked vowel (a new-style pair when it ends a word and no `q`
 * comes before: in `quý` the `u` belongs to the consonant). One character
 * class to start with, so the scan is fast where, as mostly, there is none;
 * and no `u` flag: every letter of Vietnamese is in the BMP ranges below.
 */
const NEW_TONE = new RegExp(
  `(?<![qQ])[oOuU][${[...new Set([...TONE_PLACEMENT.keys()].map((pair) => pair[1]))].join('')}](?![a-zA-Z\\u00c0-\\u024f\\u0300-\\u036f\\u1e00-\\u1eff])`,
  'g',
);
/** Combining marks: text without them is NFC already (the common case, and `normalize` costs more than this test). */
const COMBINING = /[\u0300-\u036f]/;

/**
 * Text from the caller's string as a value: NFC, one space between words.
 * Recognisers report spans of the text as written; what they report as an
 * issuer, a title, a subject is this.
 */
export function cleanText(text: string): string {
  const value = collapseWhitespace(text).trim();
  return COMBINING.test(value) ? value.normalize('NFC') : value;
}

/** `Ð` (U+00D0, eth), which old fonts and OCR print for `Đ`, and its small letter. */
const ETH = /[\u00d0\u00f0]/g;
/** Dashes and hyphens other than `-` (`Thi đua – Khen thưởng`), as folding unifies them. */
const DASH = /[\u2010-\u2015\u2212]/g;

/**
 * A name as the gazetteer writes names: `cleanText` in its tone placement, with `Đ` for the eth and `-` for any
 * dash, so one body has one name whatever the page's style.
 */
export function canonicalName(text: string): string {
  return cleanText(text).replace(NEW_TONE, (pair) => TONE_PLACEMENT.get(pair) ?? pair).replace(ETH, (eth) => (eth === '\u00d0' ? 'Đ' : 'đ')).replace(DASH, '-');
}

/**
 * The original span of folded span [from, to): the start of its first char,
 * and the end of its last char including combining marks and dropped
 * characters glued to it (never trailing whitespace).
 */
export function originalSpan(folded: FoldedText, from: number, to: number): { start: number; end: number } {
  const { source } = folded;
  if (to <= from) {
    const at = folded.originalIndex(Math.min(from, folded.text.length));
    return { start: at, end: at };
  }
  const start = folded.originalIndex(from);
  let end = folded.originalIndex(to - 1) + 1;
  // Nothing glued to the last char when the next folded char comes right after it in the
  // original (a mark would have been dropped): decided without reading the original text,
  // which is far from anything the recognisers have just read. A surrogate folds to a
  // placeholder, which takes the long way (a high one has its low one glued to it).
  const last = folded.text.charCodeAt(to - 1);
  if (folded.originalIndex(to) === end && last !== PLACEHOLDER) return { start, end };
  const c = charCodeAt.call(source, end - 1);
  if (c >= 0xd800 && c <= 0xdbff && end < source.length) end++;
  // Combining marks belong to the letter before them.
  while (end < source.length) {
    const next = charCodeAt.call(source, end);
    if ((next >= 0x300 && next <= 0x36f) || (next >= 0xfe20 && next <= 0xfe2f)) end++;
    else break;
  }
  return { start, end };
}
