/**
 * What the recognisers (agencies, targets, assignments) share: the tokens of a
 * folded text, an OCR-tolerant reading of each token as canonical syllables,
 * and the agency gazetteer.
 *
 * Names are kept as canonical Vietnamese (with diacritics). Matching works on
 * the folded text word by word: each canonical syllable carries, per letter,
 * the strings OCR is known to produce for it (DOMAIN.md §7: `Đ` read as
 * P/B/D, `ủ` as t/i/g/1/a, `ư` as ir/ur/w, `ô` as 6/d/b/&, vowels dropped ...),
 * and a token matches a syllable when a small weighted edit distance over those
 * alternatives stays within a budget that grows with the syllable's length.
 * The rules are about letters, not about particular documents, so unseen
 * damage of the same kind is matched too.
 */
import type { FoldedText } from './normalize';
import { canonicalName, foldDiacritics, originalSpan } from './normalize';
import type { AgencyLevel } from './types';

// ---------------------------------------------------------------------------
// Tokens: words (letters, digits, OCR junk glued to letters) and single punctuation marks, in folded offsets

const CAPITAL = 1;
const NEWLINE_BEFORE = 4;
const BLANK_LINE_BEFORE = 8;
const GLUED = 16;
const DIGITS = 32;
const PUNCTUATION_MARK = 64;

/** Characters OCR glues into words in place of damaged letters (`s&`, `Kh&`, `u'`, `s§`, `c¢`). */
const JUNK_IN_WORD = new Set(['&', '§', '¢', '@', '?', "'", '¥', '£', '©', '®', '|']);
const PUNCTUATION = new Set([',', ';', ':', '.', '(', ')', '-', '/', '"', '[', ']', '!', '*', '+', '%']);

/**
 * Char class of folded text, as bits, so the scan tests one bit per question:
 * IN_WORD a word goes on over it (letter, digit, junk); NOT_DIGIT; OWN_TOKEN
 * a punctuation mark, a token by itself; STARTS_WORD a word begins with it
 * (letter, digit; junk only glued to the token before). Separators are 0.
 */
const IN_WORD = 1;
const NOT_DIGIT = 2;
const OWN_TOKEN = 4;
const STARTS_WORD = 8;
const CHAR_CLASS = new Uint8Array(0x10000);
for (let c = 0x61; c <= 0x7a; c++) CHAR_CLASS[c] = IN_WORD | NOT_DIGIT | STARTS_WORD;
for (let c = 0x30; c <= 0x39; c++) CHAR_CLASS[c] = IN_WORD | STARTS_WORD;
for (const ch of JUNK_IN_WORD) CHAR_CLASS[ch.charCodeAt(0)] = IN_WORD | NOT_DIGIT;
for (const ch of PUNCTUATION) CHAR_CLASS[ch.charCodeAt(0)] = NOT_DIGIT | OWN_TOKEN;
/** Every character a token can begin with is below this (all the classes above are Latin-1). */
const TOKEN_CHARS = 0x100;

/** Called as `charCodeAt.call(source, i)` on the caller's text: see normalize.ts. */
const charCodeAt = String.prototype.charCodeAt;

/** Upper-case letters of the original text (the folded text has lost case). */
const IS_UPPER = new Uint8Array(0x10000);
for (let c = 0x41; c < 0x2000; c++) {
  const ch = String.fromCharCode(c);
  if (ch !== ch.toLowerCase()) IS_UPPER[c] = 1;
}

/** A letter or digit. */
function isWordChar(c: number): boolean {
  return (CHAR_CLASS[c] & STARTS_WORD) !== 0;
}

/**
 * The tokens of a folded text, stored column-wise (typed arrays, no object per
 * token), each with the id of its distinct word: recognisers touch most tokens
 * once and look their words up by id, so a word is read (the expensive,
 * OCR-tolerant part) once per document whatever its frequency.
 */
export class Tokens {
  readonly count: number;
  /**
   * Where each token starts. Where it ends, and what its one character is, are
   * its word's: per token the columns hold only what differs between two
   * tokens of a word, since a 10 MB page has millions of tokens, and the
   * memory of a column per token was a large part of what a page cost.
   */
  readonly start: Int32Array<ArrayBuffer>;
  readonly flags: Uint8Array<ArrayBuffer>;
  /** Distinct-word id of each token. */
  readonly word: Int32Array<ArrayBuffer>;
  /** Number of distinct words; ids are 0 .. wordCount - 1. */
  readonly wordCount: number;
  /** Folded offset of each word's first occurrence, and its length. */
  private readonly wordStart: Int32Array<ArrayBuffer>;
  private readonly wordLength: Int32Array<ArrayBuffer>;
  /**
   * The code of each one-character word, 0 for longer ones (no token is the
   * character 0): recognisers ask for punctuation marks at almost every step,
   * and this is cheaper to read than a token's bounds and its text.
   */
  private readonly wordChar: Uint16Array<ArrayBuffer>;

  constructor(readonly folded: FoldedText) {
    const columns = scanTokens(folded);
    this.count = columns.count;
    this.start = columns.start;
    this.flags = columns.flags;
    this.word = columns.word;
    this.wordCount = columns.wordCount;
    this.wordStart = columns.wordStart;
    this.wordLength = columns.wordLength;
    this.wordChar = columns.wordChar;
  }

  /** Folded offset after token k. */
  endOf(k: number): number {
    return this.start[k] + this.wordLength[this.word[k]];
  }

  /** Folded length of token k. */
  length(k: number): number {
    return this.wordLength[this.word[k]];
  }

  text(k: number): string {
    return k >= 0 && k < this.count ? this.folded.text.slice(this.start[k], this.endOf(k)) : '';
  }

  /** The text of distinct word `id`. */
  wordText(id: number): string {
    const from = this.wordStart[id];
    return this.folded.text.slice(from, from + this.wordLength[id]);
  }

  /** The token is exactly this one character (punctuation). */
  isChar(k: number, ch: string): boolean {
    return this.charCode(k) === ch.charCodeAt(0);
  }

  /** The code of a one-character token, -1 for longer tokens and out of range. */
  charCode(k: number): number {
    if (k < 0 || k >= this.count) return -1;
    const c = this.wordChar[this.word[k]];
    return c === 0 ? -1 : c;
  }

  /** Token k is a lone punctuation mark. */
  isPunctuation(k: number): boolean {
    return k >= 0 && k < this.count && (this.flags[k] & PUNCTUATION_MARK) !== 0;
  }

  isDigits(k: number): boolean {
    return k >= 0 && k < this.count && (this.flags[k] & DIGITS) !== 0;
  }

  /** First letter upper case in the original. */
  capital(k: number): boolean {
    return (this.flags[k] & CAPITAL) !== 0;
  }

  /** Every letter upper case in the original (abbreviations, header lines); checked on demand. */
  upper(k: number): boolean {
    if (!this.capital(k)) return false;
    const { folded } = this;
    const { text, source } = folded;
    for (let x = this.start[k], end = this.endOf(k); x < end; x++) {
      const f = text.charCodeAt(x);
      if (f >= 0x61 && f <= 0x7a && IS_UPPER[charCodeAt.call(source, folded.originalIndex(x))] !== 1) return false;
    }
    return true;
  }

  /**
   * The first token from k (k > 0) on that holds digits, begins a line or
   * follows a lone punctuation mark, or `count`: the tokens passed over are
   * plain words after plain words, which a reader looking for clauses and
   * numbers skips in one tight scan of the flags.
   */
  skipPlainWords(k: number): number {
    const { flags, count } = this;
    while (k < count && (flags[k] & (DIGITS | NEWLINE_BEFORE)) === 0 && (flags[k - 1] & PUNCTUATION_MARK) === 0) k++;
    return k;
  }

  /** The last token from k back to `floor` that begins a line (token 0 begins the first one), or -1. */
  lineStartWithin(k: number, floor: number): number {
    const { flags } = this;
    for (; k >= floor; k--) if (k === 0 || (flags[k] & NEWLINE_BEFORE) !== 0) return k;
    return -1;
  }

  /** The first token from k on that begins a line, or `count`. */
  nextLineStart(k: number): number {
    const { flags, count } = this;
    while (k < count && (flags[k] & NEWLINE_BEFORE) === 0) k++;
    return k;
  }

  newlineBefore(k: number): boolean {
    return (this.flags[k] & NEWLINE_BEFORE) !== 0;
  }

  blankLineBefore(k: number): boolean {
    return (this.flags[k] & BLANK_LINE_BEFORE) !== 0;
  }

  glued(k: number): boolean {
    return (this.flags[k] & GLUED) !== 0;
  }

  /** Token k comes right after OCR junk that began no word (`¢6 niềm tin` = cố niềm tin): both are one damaged word. */
  afterJunk(k: number): boolean {
    const at = this.start[k] - 1;
    return at >= 0 && (CHAR_CLASS[this.folded.text.charCodeAt(at)] & (IN_WORD | STARTS_WORD)) === IN_WORD;
  }
}

/**
 * Spaces in the original that part two columns laid out on one line: more
 * than justified text, a PDF's spread-out words or odd doubled spaces put
 * between two words.
 */
const COLUMN_GAP = 8;

/**
 * The original has a column's gap before token k, within its line: a tab, or a long run of spaces (a line's
 * indent, or a `\r` before its break, is none).
 */
export function columnGapBefore(tokens: Tokens, k: number): boolean {
  const { folded } = tokens;
  const from = folded.originalIndex(tokens.endOf(k - 1));
  const to = folded.originalIndex(tokens.start[k]);
  if (to === from) return false;
  const gap = folded.source.slice(from, to);
  return !gap.includes('\n') && (gap.includes('\t') || gap.length >= COLUMN_GAP);
}

/**
 * Token k as written, lower case, in the canonical writing (NFC, one tone
 * placement): for words that folding makes alike and only their marks tell
 * apart (head nouns and stop words, `đã` and `đa`, `cơ` and `có`).
 */
export function writtenWord(tokens: Tokens, k: number): string {
  const word = writtenSlice(tokens, k);
  // OCR text has mostly lost its diacritics: such a word needs no normalising
  return (ASCII_WORD.test(word) ? word : canonicalName(word)).toLowerCase();
}

/** Token k is written with diacritics (or other letters than a to z): where the text keeps its marks, a word is as written. */
export function writtenWithMarks(tokens: Tokens, k: number): boolean {
  return !ASCII_WORD.test(writtenSlice(tokens, k));
}

function writtenSlice(tokens: Tokens, k: number): string {
  const { start, end } = originalSpan(tokens.folded, tokens.start[k], tokens.endOf(k));
  return tokens.folded.source.slice(start, end);
}

const ASCII_WORD = /^[A-Za-z]*$/;

type TokenColumns = Pick<Tokens, 'count' | 'start' | 'flags' | 'word' | 'wordCount'> & {
  wordStart: Int32Array<ArrayBuffer>;
  wordLength: Int32Array<ArrayBuffer>;
  wordChar: Uint16Array<ArrayBuffer>;
};

/** What `scanInto` fills: the token columns, and the table of distinct words it interns them in. */
interface ScanState {
  start: Int32Array<ArrayBuffer>;
  flags: Uint8Array<ArrayBuffer>;
  word: Int32Array<ArrayBuffer>;
  wordCount: number;
  wordStart: Int32Array<ArrayBuffer>;
  wordLength: Int32Array<ArrayBuffer>;
  wordChar: Uint16Array<ArrayBuffer>;
  /**
   * Open addressing on the first hash, SLOT ints a slot: the first hash with USED set (0 = empty),
   * the second hash, the length, the word id. A word's key sits next to its id, so a token's
   * lookup reads one place in memory instead of a slot and then three columns indexed by it.
   */
  slots: Int32Array<ArrayBuffer>;
  /** One-character words, looked up by their character: code -> word id + 1, 0 = not seen yet. */
  oneChar: Int32Array<ArrayBuffer>;
}

const SLOT = 4;
const USED = 0x40000000;

/** The one pass over the folded text behind `Tokens`. */
function scanTokens(folded: FoldedText): TokenColumns {
  // a token comes every four folded characters or so: a third of the length leaves room, so the
  // columns are sized once and rarely grown (growing copies them all)
  const capacity = Math.floor(folded.text.length / 3) + 16;
  const state: ScanState = {
    start: new Int32Array(capacity),
    flags: new Uint8Array(capacity),
    word: new Int32Array(capacity),
    wordCount: 0,
    wordStart: new Int32Array(256),
    wordLength: new Int32Array(256),
    wordChar: new Uint16Array(256),
    slots: new Int32Array(512 * SLOT),
    oneChar: new Int32Array(TOKEN_CHARS),
  };
  const count = scanInto(folded, state);
  const { start, flags, word, wordCount, wordStart, wordLength, wordChar } = state;
  return { count, start, flags, word, wordCount, wordStart, wordLength, wordChar };
}

/**
 * The scanning loop; returns the number of tokens. It ends right after the
 * loop, for the reason given at `foldInto` in normalize.ts, and so returns
 * only a number: what else it makes (a grown column, the count of distinct
 * words) is stored in `state` where it changes, inside the loop. An object
 * built after the loop was code the compiled loop knew nothing about, and
 * threw it away again on every call.
 */
function scanInto(folded: FoldedText, state: ScanState): number {
  const { text, source } = folded;
  const n = text.length;
  let { start, flags: flagsOf, word, wordStart, wordLength, wordChar, slots } = state;
  const { oneChar } = state;
  let capacity = start.length;
  let count = 0;
  let wordCount = 0;
  let mask = slots.length / SLOT - 1;
  let i = 0;
  let flags = 0;
  let lastEnd = 0; // folded offset after the token before
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = CHAR_CLASS[c];
    // a separator, or junk not glued to the token before, only ends a token
    if ((cls & (STARTS_WORD | OWN_TOKEN)) === 0 && !(cls & IN_WORD && flags & GLUED)) {
      if (c === 0x0a) flags |= NEWLINE_BEFORE;
      flags &= ~GLUED;
      i++;
      continue;
    }
    let j = i + 1;
    let h = c;
    let check = c;
    let kinds = cls; // the classes of all its characters, or-ed: digits only if none has NOT_DIGIT
    if (!(cls & OWN_TOKEN)) {
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        const dc = CHAR_CLASS[d];
        if (!(dc & IN_WORD) && !(d === STOP && isLetter(text.charCodeAt(j - 1)) && isLowerLetterAt(folded, j + 1))) break;
        kinds |= dc;
        h = (Math.imul(h, 31) + d) | 0;
        check = (Math.imul(check ^ d, 0x5bd1e995) + 0x27d4eb2d) | 0;
      }
    }
    if (count === capacity) {
      capacity *= 2;
      state.start = start = grow(start, capacity);
      state.word = word = grow(word, capacity);
      state.flags = flagsOf = grow(flagsOf, capacity);
    }
    const k = count++;
    if (flags & NEWLINE_BEFORE && k > 0) {
      let breaks = 0;
      for (let x = folded.originalIndex(lastEnd - 1) + 1, to = folded.originalIndex(i); x < to && breaks < 2; x++) if (charCodeAt.call(source, x) === 0x0a) breaks++;
      if (breaks >= 2) flags |= BLANK_LINE_BEFORE;
    }
    if (c >= 0x61 && c <= 0x7a && IS_UPPER[charCodeAt.call(source, folded.originalIndex(i))] === 1) flags |= CAPITAL;
    if (!(kinds & NOT_DIGIT)) flags |= DIGITS;
    if (cls & OWN_TOKEN) flags |= PUNCTUATION_MARK;
    start[k] = i;
    flagsOf[k] = flags;
    // Intern the word. A one-character word (a punctuation mark, most of them: one token in six)
    // is found by its character; a longer one by two independent 30-bit hashes and the length,
    // which identify a word without comparing its letters.
    const length = j - i;
    let id = -1;
    let key = 0;
    let at = 0;
    if (length === 1) {
      id = oneChar[c] - 1;
    } else {
      key = (h & 0x3fffffff) | USED;
      at = (key & mask) * SLOT;
      for (let e = slots[at]; e !== 0; e = slots[at]) {
        if (e === key && slots[at + 1] === check && slots[at + 2] === length) {
          id = slots[at + 3];
          break;
        }
        at = ((at / SLOT + 1) & mask) * SLOT;
      }
    }
    if (id < 0) {
      id = wordCount++;
      state.wordCount = wordCount;
      if (id === wordStart.length) {
        state.wordStart = wordStart = grow(wordStart, id * 2);
        state.wordLength = wordLength = grow(wordLength, id * 2);
        state.wordChar = wordChar = grow(wordChar, id * 2);
      }
      wordStart[id] = i;
      wordLength[id] = length;
      if (length === 1) {
        oneChar[c] = id + 1;
        wordChar[id] = c;
      } else {
        slots[at] = key;
        slots[at + 1] = check;
        slots[at + 2] = length;
        slots[at + 3] = id;
        if (wordCount * 2 > mask + 1) {
          const old = slots;
          state.slots = slots = new Int32Array(old.length * 2);
          mask = slots.length / SLOT - 1;
          for (let from = 0; from < old.length; from += SLOT) {
            if (old[from] === 0) continue;
            let to = (old[from] & mask) * SLOT;
            while (slots[to] !== 0) to = ((to / SLOT + 1) & mask) * SLOT;
            slots.set(old.subarray(from, from + SLOT), to);
          }
        }
      }
    }
    word[k] = id;
    flags = GLUED;
    lastEnd = j;
    i = j;
  }
  return count;
}

const STOP = 0x2e;

function isLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/**
 * Folded char i is a letter written in lower case. A `.` glued between a letter
 * and a lower-case one is OCR's reading of a horn (`Thi.rcng` = Thường,
 * `phi.rong` = phường) and stays inside the word; before a capital it ends a
 * sentence written without its space, as `.` does everywhere else.
 */
export function isLowerLetterAt(folded: FoldedText, i: number): boolean {
  return i < folded.text.length && isLetter(folded.text.charCodeAt(i)) && IS_UPPER[charCodeAt.call(folded.source, folded.originalIndex(i))] !== 1;
}

/** Folded char i is a letter written as a capital (what `Tokens.capital` tells of a token's first char). */
export function isCapitalLetterAt(folded: FoldedText, i: number): boolean {
  return i < folded.text.length && isLetter(folded.text.charCodeAt(i)) && IS_UPPER[charCodeAt.call(folded.source, folded.originalIndex(i))] === 1;
}

function grow<T extends Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(a: T, length: number): T {
  const b = new (a.constructor as new (length: number) => T)(length);
  b.set(a);
  return b;
}

/** The recognisers of one analysis share one tokenisation of the folded text. */
const tokenized = new WeakMap<FoldedText, Tokens>();

/** Split folded text into tokens. Linear; one pass, done once per folded text. */
export function tokenize(folded: FoldedText): Tokens {
  let tokens = tokenized.get(folded);
  if (!tokens) tokenized.set(folded, (tokens = new Tokens(folded)));
  return tokens;
}

// ---------------------------------------------------------------------------
// OCR-tolerant syllables

/** What OCR makes of each letter of a canonical syllable ('' = the letter dropped). */
/** `g`, `q`, `y`: a dot below read as a descender (`chi dgo` = chỉ đạo); `d`: a tilde (`ldnh` = lãnh). */
const A_PLAIN = ['a', 'ea', '4', 'e', '&', '3', 'd', 'g', ''];
/** `ea`: the mark read as a separate `é` (`Chéap`, `déan`). */
const A_CIRC = ['a', 'ea', 'd', 'e', 'i', 'di', '4', 'l', 'g', ''];
const A_BREVE = ['a', 'i', 'e', 'd', '4', 'g', ''];
const E_PLAIN = ['e', '6', '&', 'a', ''];
/** `¢`: the cent sign OCR reads for `ê` (`ti¢u` = tiêu), and for `ơ` (`co s¢` = cơ sở). */
const E_CIRC = ['e', '6', '&', 'i', '¢', ''];
const I_ANY = ['i', '1', 'l', 'j', 'y', 'r', ''];
const O_PLAIN = ['o', '6', '0', 'd', 'e', 'a', ''];
/** `i`: the circumflex and the dot below read as a dotted letter (`Dâng bi` = Đảng bộ). */
const O_CIRC = ['o', '6', '0', 'd', 'b', 'q', '§', '&', '¢', 'e', 'a', 'g', 'y', 'i', ''];
const O_HORN = ['o', 'c', 'cm', 'ci', 'cc', 'cci', "o'", '&', '6', '¢', 'a', 'd', 'e', ''];
const U_PLAIN = ['u', 'ii', 'i', 'y', 'v', 'w', ''];
/** `ủ` of `ủy` is the most damaged letter of all (`ty`, `iy`, `Gy`, `1y`, `ay`, `dy`, `ñy`). */
const U_HOOK = ['u', 'ii', 'i', 't', 'g', '1', 'a', 'd', 'n', 'gt', 'ti', 'tu', 'ua'];
/** `i.r`: the horn read as a stop glued into the word (`Thi.rcng` = Thường, see `scanTokens`). */
const U_HORN = ['u', 'ir', 'ur', 'tr', 'it', 'i.r', 'w', 'uv', 'i', 'ii', 'r', 'y', "u'", ''];
/** Never dropped: a lone `u` or `1` is too common to stand for `ủy`. */
const Y_ANY = ['y', "'", "5'", 'st', 'r', "y'"];
const D_STROKE = ['d', 'p', 'b', 'dp', 'bd', 'pd', 'db', 'cl'];

function letterAlternatives(ch: string): string[] {
  const base = foldDiacritics(ch);
  const nfd = ch.normalize('NFD');
  const circ = nfd.includes('\u0302');
  const breve = nfd.includes('\u0306');
  const horn = nfd.includes('\u031b');
  const hook = nfd.includes('\u0309');
  switch (base) {
    case 'a':
      return circ ? A_CIRC : breve ? A_BREVE : A_PLAIN;
    case 'e':
      return circ ? E_CIRC : E_PLAIN;
    case 'i':
      return I_ANY;
    case 'o':
      return circ ? O_CIRC : horn ? O_HORN : O_PLAIN;
    case 'u':
      return horn ? U_HORN : hook ? U_HOOK : U_PLAIN;
    case 'y':
      return Y_ANY;
    case 'd':
      return ch === 'đ' ? D_STROKE : ['d'];
    default:
      return [base];
  }
}

/** Letter pairs that OCR merges into one glyph (`ri` -> `n`, `rn` -> `m`). */
const MERGED_PAIRS: Record<string, string> = { ri: 'n', rn: 'm', in: 'm' };

interface Syllable {
  id: number;
  /** Canonical form, lower case, NFC. */
  text: string;
  folded: string;
  alternatives: string[][];
  /** Per letter: what OCR makes of it and the next one together (`rn` for `m`), if anything. */
  mergedPairs: (string | undefined)[];
  /** Edit budget in half-steps. */
  budget: number;
}

const syllables: Syllable[] = [];
const syllableIds = new Map<string, number>();

/** Id of a canonical syllable (lower-cased NFC), created on first use. */
export function syllableId(word: string): number {
  const text = word.normalize('NFC').toLowerCase();
  const known = syllableIds.get(text);
  if (known !== undefined) return known;
  const folded = foldDiacritics(text);
  const alternatives = [...text].map(letterAlternatives);
  // short syllables get only a dropped vowel: one full edit already turns `văn` into `vì`, `về`, `và`
  const budget = folded.length <= 3 ? 1 : folded.length === 4 ? 2 : folded.length <= 6 ? 3 : 4;
  const id = syllables.length;
  const mergedPairs = [...folded].map((_, i) => MERGED_PAIRS[folded.slice(i, i + 2)]);
  syllables.push({ id, text, folded, alternatives, mergedPairs, budget });
  syllableIds.set(text, id);
  return id;
}

/** The syllable without diacritics, as it reads in folded text. */
export function syllableFolded(id: number): string {
  return syllables[id].folded;
}

let dpBuffer = new Float64Array(256);
const EXACT = 0;
const DROP = 1;
const EDIT = 2;
const JUNK_INSERT = 1;

/**
 * Cost of reading `token` as the syllable, in half-steps; Infinity when over
 * budget. A weighted edit distance where OCR alternatives cost nothing.
 */
function syllableCost(syl: Syllable, token: string): number {
  const m = syl.alternatives.length;
  const n = token.length;
  if (Math.abs(n - syl.folded.length) > syl.budget + 2) return Infinity;
  // dp over (canonical letters consumed) x (token chars consumed)
  const width = n + 1;
  const size = (m + 1) * width;
  if (dpBuffer.length < size) dpBuffer = new Float64Array(size * 2);
  const dp = dpBuffer;
  dp.fill(Infinity, 0, size);
  dp[0] = 0;
  const { budget } = syl;
  for (let i = 0; i <= m; i++) {
    for (let j = 0; j <= n; j++) {
      const here = dp[i * width + j];
      // no step costs less than nothing: a cell over the budget leads to no reading (most cells, for most syllables tried)
      if (here > budget) continue;
      if (j < n) {
        // token char OCR added
        const cost = JUNK_IN_WORD.has(token[j]) ? JUNK_INSERT : EDIT;
        relax(dp, i * width + j + 1, here + cost);
      }
      if (i === m) continue;
      const alts = syl.alternatives[i];
      for (const alt of alts) {
        if (alt === '') relax(dp, (i + 1) * width + j, here + DROP);
        else if (token.startsWith(alt, j)) relax(dp, (i + 1) * width + j + alt.length, here + EXACT);
      }
      relax(dp, (i + 1) * width + j, here + EDIT); // canonical letter lost
      if (j < n) relax(dp, (i + 1) * width + j + 1, here + EDIT); // letter misread
      const pair = syl.mergedPairs[i];
      if (pair && i + 1 < m && token.startsWith(pair, j)) relax(dp, (i + 2) * width + j + pair.length, here + EXACT);
    }
  }
  const cost = dp[m * width + n];
  return cost <= budget ? cost : Infinity;
}

function relax(dp: Float64Array, at: number, value: number): void {
  if (value < dp[at]) dp[at] = value;
}

/** First characters a token may start with to be read as this syllable (no free initial edits). */
function initials(syl: Syllable): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < syl.alternatives.length; i++) {
    let canDrop = false;
    for (const alt of syl.alternatives[i]) {
      if (alt === '') canDrop = true;
      else out.add(alt[0]);
    }
    if (!canDrop) break;
  }
  return out;
}

const READER_MEMORY = 100_000;
/** Longest token read as one syllable, OCR junk included (`nghiêng` is 7 letters). */
const MAX_WORD = 10;

/** A reading of one token: the syllables it stands for (two when OCR glued them: `Tinhüy`). */
export interface Reading {
  ids: number[];
  /** ids[0] when the reading is one syllable, else -1: `readsAs` asks exactly this, hundreds of thousands of times a page. */
  single: number;
  cost: number;
  /** The token is the syllable's folded form, letter for letter. */
  exact: boolean;
}

const NO_READINGS: readonly Reading[] = [];

/**
 * Reads a token as canonical syllables drawn from a fixed vocabulary. One
 * reader lives as long as its recogniser and remembers what it has read:
 * documents share most of their words, so the edit-distance work is paid once
 * per distinct word, not once per document.
 */
export class SyllableReader {
  private readonly byInitial = new Map<string, Syllable[]>();
  private readonly memory = new Map<string, Reading[]>();
  /** Vocabulary syllables by their folded spelling (`tinh` -> tỉnh, tình ...). */
  private readonly byFolded = new Map<string, number[]>();

  constructor(vocabulary: Iterable<number>) {
    for (const id of new Set(vocabulary)) {
      const syl = syllables[id];
      const same = this.byFolded.get(syl.folded) ?? [];
      same.push(id);
      this.byFolded.set(syl.folded, same);
      for (const c of initials(syl)) {
        const list = this.byInitial.get(c) ?? [];
        list.push(syl);
        this.byInitial.set(c, list);
      }
    }
  }

  read(token: string): Reading[] {
    let readings = this.memory.get(token);
    if (readings === undefined) {
      // no syllable is longer than seven letters: longer runs (digits, junk) read as nothing, at no cost
      readings = token.length > MAX_WORD ? [] : this.single(token);
      if (token.length >= 4 && token.length <= 2 * MAX_WORD) readings = readings.concat(this.glued(token));
      // bounded: OCR junk makes the set of distinct words open-ended
      if (this.memory.size >= READER_MEMORY) this.memory.clear();
      this.memory.set(token, readings);
    }
    return readings;
  }

  private single(token: string): Reading[] {
    const out: Reading[] = [];
    for (const syl of this.byInitial.get(token[0]) ?? []) {
      const cost = syllableCost(syl, token);
      if (cost !== Infinity) out.push({ ids: [syl.id], single: syl.id, cost, exact: token === syl.folded });
    }
    return out;
  }

  /** Two syllables written without the space: exact first part, tolerant second part. */
  private glued(token: string): Reading[] {
    const out: Reading[] = [];
    for (let cut = 2; cut <= token.length - 1; cut++) {
      const heads = this.byFolded.get(token.slice(0, cut));
      if (!heads) continue;
      for (const tail of this.single(token.slice(cut))) {
        // only a cleanly read tail: a glued pair is already one guess
        if (tail.cost > 0 || cut > token.length - 2) continue;
        for (const head of heads) out.push({ ids: [head, ...tail.ids], single: -1, cost: 1, exact: false });
      }
    }
    return out;
  }
}

/**
 * Tokens with their OCR readings, cached per distinct word. Abbreviations
 * (written in capitals, not inside a document symbol) read as
 * their expansion.
 */
export class TokenReadings {
  /**
   * Readings of each distinct word, filled on first use; sized up front, since
   * words are first asked for in no particular order and a JS array written
   * far past its end turns into a slow dictionary.
   */
  private readonly byWord: (readonly Reading[] | undefined)[];
  /** Per distinct word: 1 when it is spelled like an abbreviation (its reading then depends on case and context). */
  private readonly abbreviationWord: Uint8Array;
  /** The expansion reading of each abbreviation word, made once. */
  private readonly expansion: (readonly Reading[] | undefined)[];

  constructor(
    readonly tokens: Tokens,
    private readonly reader: SyllableReader,
    private readonly abbreviations: Map<string, number[]> = new Map(),
  ) {
    this.byWord = new Array<readonly Reading[] | undefined>(tokens.wordCount);
    this.expansion = new Array<readonly Reading[] | undefined>(tokens.wordCount);
    this.abbreviationWord = new Uint8Array(tokens.wordCount);
    if (abbreviations.size > 0) {
      for (let w = 0; w < tokens.wordCount; w++) {
        const ids = abbreviations.get(tokens.wordText(w));
        if (!ids) continue;
        this.abbreviationWord[w] = 1;
        this.expansion[w] = [{ ids, single: ids.length === 1 ? ids[0] : -1, cost: 0, exact: true }];
      }
    }
  }

  at(k: number): readonly Reading[] {
    const { tokens } = this;
    if (k < 0 || k >= tokens.count) return NO_READINGS;
    const w = tokens.word[k];
    if (this.abbreviationWord[w] === 1 && this.isAbbreviation(k)) return this.expansion[w]!;
    let readings = this.byWord[w];
    if (readings === undefined) this.byWord[w] = readings = this.compute(tokens.wordText(w));
    return readings;
  }

  /** Distinct word `w` is spelled like an abbreviation. */
  isAbbreviationWord(w: number): boolean {
    return this.abbreviationWord[w] === 1;
  }

  isAbbreviation(k: number): boolean {
    const { tokens } = this;
    if (k < 0 || k >= tokens.count || this.abbreviationWord[tokens.word[k]] !== 1 || !tokens.upper(k)) return false;
    // `21-NQ/TW`, `02-NQ/ĐUK`: issuer codes inside document symbols are references, not agencies; so is the issuer
    // after a dash OCR spaced off it (`45/QĐ- HĐND`, read as a symbol by the references)
    if (tokens.glued(k) && (tokens.isChar(k - 1, '/') || tokens.isChar(k - 1, '-'))) return false;
    return !(tokens.isChar(k - 1, '-') && tokens.glued(k - 1) && tokens.glued(k - 2) && tokens.isChar(k - 3, '/') && tokens.glued(k - 3));
  }

  /** Token k reads as the single syllable `id` at a cost of at most `maxCost`. */
  readsAs(k: number, id: number, maxCost = Infinity): boolean {
    for (const r of this.at(k)) if (r.single === id && r.cost <= maxCost) return true;
    return false;
  }

  /** Token k is spelled exactly as the syllable `id` (folded): for short function words, where any OCR tolerance misreads. */
  spelledAs(k: number, id: number): boolean {
    for (const r of this.at(k)) if (r.single === id && r.exact) return true;
    return false;
  }

  /** Index of the last token of `phrase` read from token k on, or -1. */
  phraseAt(k: number, phrase: readonly number[], maxCost = 1): number {
    for (let p = 0; p < phrase.length; p++) if (!this.readsAs(k + p, phrase[p], maxCost)) return -1;
    return k + phrase.length - 1;
  }

  /**
   * `phrase` is read on the tokens ending at token `last` (`Khu di tích` before a body, `ít nhất` before a count):
   * the test that guards against a phrase that would start before the text, which `phraseAt(x) === last` does not.
   */
  phraseEndsAt(last: number, phrase: readonly number[], maxCost = 1): boolean {
    const from = last - phrase.length + 1;
    return from >= 0 && this.phraseAt(from, phrase, maxCost) === last;
  }

  /** Which of `phrases` is read from token k on (the first that is, as `phraseAt`): its index, or -1. */
  firstPhraseAt(k: number, phrases: readonly (readonly number[])[], maxCost = 1): number {
    for (let p = 0; p < phrases.length; p++) if (this.phraseAt(k, phrases[p], maxCost) >= 0) return p;
    return -1;
  }

  /** Token k reads as one of the single syllables `ids` (as `readsAs`); its readings looked up once, not once per id. */
  readsAsAny(k: number, ids: readonly number[], maxCost = Infinity): boolean {
    for (const r of this.at(k)) if (r.single >= 0 && r.cost <= maxCost && ids.includes(r.single)) return true;
    return false;
  }

  private compute(word: string): readonly Reading[] {
    if (word.length === 1 && !isWordChar(word.charCodeAt(0))) {
      const id = syllableIds.get(word);
      return id === undefined ? [] : [{ ids: [id], single: id, cost: 0, exact: true }];
    }
    return this.reader.read(word);
  }
}


/** Canonical phrase -> syllable ids. */
export function phraseIds(phrase: string): number[] {
  return phrase.split(' ').filter(Boolean).map(syllableId);
}

// ---------------------------------------------------------------------------
// Agencies

export interface AgencyDefinition {
  /** Canonical name as reported. */
  name: string;
  level: AgencyLevel;
  /** Written forms (canonical Vietnamese words) that all mean this agency. */
  forms: string[];
  /** Common words that name the agency only when written with a capital. */
  needsCapital: boolean;
  /** A level word after the name (tỉnh, xã ...) decides the level. */
  levelFromContext?: boolean;
  /** Numbered units (`Vụ Địa phương II`): a Roman numeral after the name belongs to it. */
  numbered?: boolean;
  /**
   * A body only with its level word after it: `Công an tỉnh` is the province's
   * police, bare `Công an` names the force (not counted, corpus README).
   */
  needsLevelWord?: boolean;
  /** A unit of a committee (`Ban Tổ chức` of `Tỉnh ủy`): the unit's name, which others listed before it share the committee with. */
  unit?: string;
}

/** Parent committees: units below combine with them (`Ban Tổ chức` + `Tỉnh ủy`). */
const COMMITTEES: { name: string; level: AgencyLevel; forms: string[] }[] = [
  { name: 'Trung ương', level: 'central', forms: ['Trung ương', 'Trung ương Đảng'] },
  { name: 'Tỉnh ủy', level: 'province', forms: ['Tỉnh ủy'] },
  { name: 'Thành ủy', level: 'province', forms: ['Thành ủy'] },
  { name: 'Huyện ủy', level: 'district', forms: ['Huyện ủy'] },
  { name: 'Quận ủy', level: 'district', forms: ['Quận ủy'] },
  { name: 'Thị ủy', level: 'district', forms: ['Thị ủy'] },
  { name: 'Đảng ủy Khối', level: 'province', forms: ['Đảng ủy Khối', 'Đảng ủy Khối các cơ quan', 'Đảng ủy Khối cơ quan', 'Đảng ủy Khối các cơ quan và doanh nghiệp', 'Đảng ủy Khối cơ quan và doanh nghiệp', 'Đảng ủy Khối doanh nghiệp'] },
  { name: 'Đảng ủy', level: 'grassroots', forms: ['Đảng ủy'] },
  // an enterprise's Party committee, its company's name after it as a place is after a province's
  { name: 'Đảng ủy Tổng công ty', level: 'other', forms: ['Đảng ủy Tổng công ty'] },
  { name: 'Đảng ủy Tập đoàn', level: 'other', forms: ['Đảng ủy Tập đoàn'] },
  // a province's Party committees of its forces and, since 2025, of its government and its Front
  // the Party committees of the Government and the National Assembly (2025), with their own units
  { name: 'Đảng ủy Chính phủ', level: 'central', forms: ['Đảng ủy Chính phủ'] },
  { name: 'Đảng ủy Quốc hội', level: 'central', forms: ['Đảng ủy Quốc hội'] },
  // the Party organisation of Vietnamese abroad, under the Central Committee (`ĐUNN`)
  { name: 'Đảng ủy Ngoài nước', level: 'central', forms: ['Đảng ủy Ngoài nước'] },
  { name: 'Đảng ủy Quân sự', level: 'province', forms: ['Đảng ủy Quân sự'] },
  { name: 'Đảng ủy Công an', level: 'province', forms: ['Đảng ủy Công an'] },
  { name: 'Đảng ủy Bộ đội Biên phòng', level: 'province', forms: ['Đảng ủy Bộ đội Biên phòng', 'Đảng ủy Biên phòng'] },
  { name: 'Đảng ủy Ủy ban nhân dân', level: 'province', forms: ['Đảng ủy Ủy ban nhân dân'] },
  { name: 'Đảng ủy các cơ quan Đảng', level: 'province', forms: ['Đảng ủy các cơ quan Đảng'] },
  { name: 'Đảng ủy các Khu công nghiệp', level: 'province', forms: ['Đảng ủy các Khu công nghiệp', 'Đảng ủy các KCN'] },
  { name: 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể', level: 'province', forms: ['Đảng ủy Mặt trận Tổ quốc , các đoàn thể'] },
  { name: 'Tỉnh đoàn', level: 'province', forms: ['Tỉnh đoàn'] },
  { name: 'Thành đoàn', level: 'province', forms: ['Thành đoàn'] },
  { name: 'Huyện đoàn', level: 'district', forms: ['Huyện đoàn'] },
  // the Youth Union's central committee: its `Ban Bí thư` is not the Party's
  { name: 'Trung ương Đoàn', level: 'central', forms: ['Trung ương Đoàn', 'Trung ương Đoàn TNCS Hồ Chí Minh', 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh'] },
];

const COUNCIL = 'Hội đồng nhân dân';

/** The People's Council's committees, named with the council. */
export const COUNCIL_COMMITTEES: { name: string; forms: string[] }[] = [
  { name: 'Ban Kinh tế - Ngân sách', forms: ['Ban Kinh tế - Ngân sách'] },
  { name: 'Ban Pháp chế', forms: ['Ban Pháp chế'] },
  { name: 'Ban Văn hóa - Xã hội', forms: ['Ban Văn hóa - Xã hội'] },
  // also the province's office for ethnic affairs, listed on its own
  { name: 'Ban Dân tộc', forms: ['Ban Dân tộc'] },
  // a city's council's
  { name: 'Ban Đô thị', forms: ['Ban Đô thị'] },
];

/** Units of a committee; they name an agency only together with the committee. */
export const UNITS: { name: string; forms: string[] }[] = [
  { name: 'Ban Chấp hành', forms: ['Ban Chấp hành'] },
  { name: 'Ban Thường vụ', forms: ['Ban Thường vụ'] },
  { name: 'Thường trực', forms: ['Thường trực'] },
  { name: 'Ủy ban Kiểm tra', forms: ['Ủy ban Kiểm tra'] },
  { name: 'Ban Tổ chức', forms: ['Ban Tổ chức'] },
  { name: 'Ban Tuyên giáo', forms: ['Ban Tuyên giáo'] },
  { name: 'Ban Dân vận', forms: ['Ban Dân vận'] },
  { name: 'Ban Tuyên giáo và Dân vận', forms: ['Ban Tuyên giáo và Dân vận'] },
  { name: 'Ban Nội chính', forms: ['Ban Nội chính'] },
  { name: 'Ban Kinh tế', forms: ['Ban Kinh tế'] },
  { name: 'Ban Chính sách, chiến lược', forms: ['Ban Chính sách , chiến lược'] },
  { name: 'Ban Đối ngoại', forms: ['Ban Đối ngoại'] },
  { name: 'Văn phòng', forms: ['Văn phòng'] },
  // a Youth Union committee's own (`Ban Phong trào Tỉnh đoàn`)
  { name: 'Ban Phong trào', forms: ['Ban Phong trào'] },
  // a committee's steering committee for protecting the Party's ideological foundation, named with its committee
  { name: 'Ban Chỉ đạo 35', forms: ['Ban Chỉ đạo 35'] },
  // a committee's council for emulation and rewards, its archive and its guest house (the office's units)
  { name: 'Hội đồng Thi đua - Khen thưởng', forms: ['Hội đồng Thi đua - Khen thưởng', 'Hội đồng Thi đua , Khen thưởng', 'Hội đồng Thi đua Khen thưởng'] },
  { name: 'Kho Lưu trữ', forms: ['Kho Lưu trữ'] },
  { name: 'Nhà khách', forms: ['Nhà khách'] },
];

const YOUTH_UNION = 'Đoàn TNCS Hồ Chí Minh';

/** Bodies named on their own. */
const STANDALONE: AgencyDefinition[] = [
  def('Bộ Chính trị', 'central', ['Bộ Chính trị', 'Bộ Chính trị Đảng']),
  def('Ban Bí thư', 'central', ['Ban Bí thư', 'Ban Bí thư Trung ương', 'Ban Bí thư Trung ương Đảng']),
  def('Ban Bí thư Trung ương Đoàn', 'central', COMMITTEES.find((c) => c.name === 'Trung ương Đoàn')!.forms.map((c) => `Ban Bí thư ${c}`)),
  def('Văn phòng Trung ương Đảng', 'central', ['Văn phòng Trung ương Đảng', 'Văn phòng Trung ương']),
  def('Quân ủy Trung ương', 'central', ['Quân ủy Trung ương']),
  def('Đảng ủy Công an Trung ương', 'central', ['Đảng ủy Công an Trung ương']),
  def('Quốc hội', 'state', ['Quốc hội']),
  def('Ủy ban Thường vụ Quốc hội', 'state', ['Ủy ban Thường vụ Quốc hội']),
  def('Chính phủ', 'state', ['Chính phủ']),
  def('Tỉnh ủy', 'province', ['Tỉnh ủy'], false),
  def('Thành ủy', 'province', ['Thành ủy'], false),
  def('Huyện ủy', 'district', ['Huyện ủy'], false),
  def('Quận ủy', 'district', ['Quận ủy'], false),
  def('Thị ủy', 'district', ['Thị ủy'], false),
  def('Đảng ủy', 'grassroots', ['Đảng ủy'], true, true),
  def('Đảng ủy Khối', 'province', COMMITTEES.find((c) => c.name === 'Đảng ủy Khối')!.forms),
  def('Đảng ủy Tổng công ty', 'other', ['Đảng ủy Tổng công ty']),
  def('Đảng ủy Tập đoàn', 'other', ['Đảng ủy Tập đoàn']),
  def('Đảng ủy các cơ quan Đảng', 'province', ['Đảng ủy các cơ quan Đảng'], true, true),
  def('Đảng ủy Mặt trận Tổ quốc, các đoàn thể', 'province', ['Đảng ủy Mặt trận Tổ quốc , các đoàn thể'], true, true),
  def('Đảng ủy các cơ quan Đảng Trung ương', 'central', ['Đảng ủy các cơ quan Đảng Trung ương']),
  // a province's committee and union of its industrial zones' workplaces
  def('Đảng ủy các Khu công nghiệp', 'province', COMMITTEES.find((c) => c.name === 'Đảng ủy các Khu công nghiệp')!.forms, true, true),
  def('Công đoàn các Khu công nghiệp', 'province', ['Công đoàn các Khu công nghiệp', 'Công đoàn các KCN'], true, true),
  // the central Party committees set up in 2025
  def('Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương', 'central', ['Đảng ủy Mặt trận Tổ quốc , các đoàn thể Trung ương']),
  def('Đảng ủy Ngoài nước', 'central', ['Đảng ủy Ngoài nước']),
  // military regions are numbered (`Quân khu 2`): the number belongs to the name
  { ...def('Đảng ủy Quân khu', 'central', ['Đảng ủy Quân khu']), numbered: true },
  { ...def('Bộ Tư lệnh Quân khu', 'central', ['Bộ Tư lệnh Quân khu']), numbered: true },
  { ...def('Cục Chính trị Quân khu', 'central', ['Cục Chính trị Quân khu']), numbered: true },
  { ...def('Trường Quân sự Quân khu', 'central', ['Trường Quân sự Quân khu']), numbered: true },
  def('Đảng ủy Quân sự', 'province', ['Đảng ủy Quân sự'], true, true),
  def('Đảng ủy Công an', 'province', ['Đảng ủy Công an'], true, true),
  def('Đảng ủy Bộ đội Biên phòng', 'province', ['Đảng ủy Bộ đội Biên phòng', 'Đảng ủy Biên phòng'], true, true),
  // Local police and military commands: each level has its own, named with its level word.
  { ...def('Công an', 'province', ['Công an'], true, true), needsLevelWord: true },
  // a province's or commune's library and museum (`Thư viện tỉnh`, `Bảo tàng - Thư viện tỉnh`); one named otherwise
  // is read by its head noun
  { ...def('Thư viện', 'province', ['Thư viện'], true, true), needsLevelWord: true },
  { ...def('Bảo tàng', 'province', ['Bảo tàng'], true, true), needsLevelWord: true },
  { ...def('Bảo tàng - Thư viện', 'province', ['Bảo tàng - Thư viện'], true, true), needsLevelWord: true },
  { ...def('Bộ Chỉ huy Quân sự', 'province', ['Bộ Chỉ huy Quân sự'], true, true), needsLevelWord: true },
  { ...def('Ban Chỉ huy Quân sự', 'district', ['Ban Chỉ huy Quân sự'], true, true), needsLevelWord: true },
  { ...def('Bộ Chỉ huy Bộ đội Biên phòng', 'province', ['Bộ Chỉ huy Bộ đội Biên phòng', 'Bộ Chỉ huy Biên phòng'], true, true), needsLevelWord: true },
  // a province's border guard, named as its police is (`Bộ đội Biên phòng tỉnh`); without its level word, the force
  { ...def('Bộ đội Biên phòng', 'province', ['Bộ đội Biên phòng'], true, true), needsLevelWord: true },
  // the political and staff organs of the army and the police, named alike in every province: listed so
  // that OCR'd pages, where the head-noun rule reads nothing, name them too, and one body keeps one name
  def('Tổng cục Chính trị', 'central', ['Tổng cục Chính trị', 'Tổng cục Chính trị Quân đội nhân dân Việt Nam']),
  def('Cục Công tác đảng và công tác chính trị', 'central', ['Cục Công tác đảng và công tác chính trị']),
  def('Phòng Công tác đảng và công tác chính trị', 'other', ['Phòng Công tác đảng và công tác chính trị']),
  def('Phòng Chính trị', 'other', ['Phòng Chính trị']),
  def('Phòng Tham mưu', 'other', ['Phòng Tham mưu']),
  def('Phòng Hậu cần - Kỹ thuật', 'other', ['Phòng Hậu cần - Kỹ thuật']),
  // a province's or district's Youth Union committee is named as written, as a Party committee is (`Tỉnh ủy`) and as
  // its organs are (`Ban Thường vụ Tỉnh đoàn`, the corpus's): the Union itself is `Đoàn thanh niên` (corpus README)
  def('Tỉnh đoàn', 'province', ['Tỉnh đoàn']),
  def('Thành đoàn', 'province', ['Thành đoàn']),
  def('Huyện đoàn', 'district', ['Huyện đoàn']),
  def('Thị đoàn', 'district', ['Thị đoàn']),
  def('Ban Chấp hành Đảng bộ tỉnh', 'province', ['Ban Chấp hành Đảng bộ tỉnh', 'BCH Đảng bộ tỉnh']),
  def('Ban Chấp hành Đảng bộ thành phố', 'province', ['Ban Chấp hành Đảng bộ thành phố']),
  def('Ban Chấp hành Đảng bộ huyện', 'district', ['Ban Chấp hành Đảng bộ huyện']),
  def('Ban Chấp hành Đảng bộ quận', 'district', ['Ban Chấp hành Đảng bộ quận']),
  def('Ban Chấp hành Đảng bộ thị xã', 'district', ['Ban Chấp hành Đảng bộ thị xã']),
  def('Ban Chấp hành Đảng bộ xã', 'commune', ['Ban Chấp hành Đảng bộ xã']),
  def('Ban Chấp hành Đảng bộ phường', 'commune', ['Ban Chấp hành Đảng bộ phường']),
  def('Ban Chấp hành Đảng bộ thị trấn', 'commune', ['Ban Chấp hành Đảng bộ thị trấn']),
  def('Ban Chấp hành Đảng bộ đặc khu', 'commune', ['Ban Chấp hành Đảng bộ đặc khu']),
  def('Ban Chấp hành Đảng bộ Chính phủ', 'central', ['Ban Chấp hành Đảng bộ Chính phủ']),
  def('Ban Chấp hành Đảng bộ Quốc hội', 'central', ['Ban Chấp hành Đảng bộ Quốc hội']),
  // the committees of a province's Party organisations of 2025: its Party agencies', its government's, its Front's
  def('Ban Chấp hành Đảng bộ các cơ quan Đảng', 'province', ['Ban Chấp hành Đảng bộ các cơ quan Đảng'], true, true),
  def('Ban Chấp hành Đảng bộ Ủy ban nhân dân', 'province', ['Ban Chấp hành Đảng bộ Ủy ban nhân dân', 'Ban Chấp hành Đảng bộ UBND'], true, true),
  def('Ban Chấp hành Đảng bộ Mặt trận Tổ quốc, các đoàn thể', 'province', ['Ban Chấp hành Đảng bộ Mặt trận Tổ quốc , các đoàn thể'], true, true),
  def('Ban Chấp hành Đảng bộ Tổng công ty', 'other', ['Ban Chấp hành Đảng bộ Tổng công ty']),
  def('Ban Chấp hành Đảng bộ Tập đoàn', 'other', ['Ban Chấp hành Đảng bộ Tập đoàn']),
  // the committees of a province's police and military Party organisations
  def('Ban Chấp hành Đảng bộ Công an', 'province', ['Ban Chấp hành Đảng bộ Công an'], true, true),
  def('Ban Chấp hành Đảng bộ Quân sự', 'province', ['Ban Chấp hành Đảng bộ Quân sự'], true, true),
  def('Ban Chấp hành Đảng bộ Ngoài nước', 'central', ['Ban Chấp hành Đảng bộ Ngoài nước']),
  def('Ban Chấp hành Đảng bộ Khối', 'province', ['Ban Chấp hành Đảng bộ Khối', 'Ban Chấp hành Đảng bộ Khối các cơ quan', 'Ban Chấp hành Đảng bộ Khối các cơ quan và doanh nghiệp', 'Ban Chấp hành Đảng bộ Khối cơ quan và doanh nghiệp']),
  // `Ban Xây dựng Đảng Đảng ủy` is the commune's Ban Xây dựng Đảng: the committee belongs to the span, not the name
  def('Ban Xây dựng Đảng', 'commune', ['Ban Xây dựng Đảng', 'Ban Xây dựng Đảng Đảng ủy']),
  def('Trường Chính trị tỉnh', 'province', ['Trường Chính trị tỉnh']),
  def('Trung tâm Chính trị', 'district', ['Trung tâm Chính trị'], true, true),
  // the commune's one-stop office for administrative procedures (two-level local government, 2025)
  def('Trung tâm Phục vụ hành chính công', 'commune', ['Trung tâm Phục vụ hành chính công'], true, true),
  def('Hội đồng nhân dân', 'state', ['Hội đồng nhân dân', 'HĐND'], true, true),
  // a state enterprise's board, which its Party committee works with
  def('Hội đồng thành viên', 'other', ['Hội đồng thành viên']),
  def('Ủy ban nhân dân', 'state', ['Ủy ban nhân dân', 'UBND'], true, true),
  def('Mặt trận Tổ quốc Việt Nam', 'other', ['Mặt trận Tổ quốc Việt Nam', 'Mặt trận Tổ quốc', 'Ủy ban Mặt trận Tổ quốc Việt Nam', 'Ủy ban Mặt trận Tổ quốc', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'Ủy ban MTTQ', 'Ủy ban MTTQ Việt Nam', 'MTTQ', 'MTTQ Việt Nam', 'UBMTTQ', 'UBMTTQ Việt Nam'], true, true),
  // the Front's committee of a village or residential group
  def('Ban Công tác Mặt trận', 'grassroots', ['Ban Công tác Mặt trận'], true, true),
  def(YOUTH_UNION, 'other', ['Đoàn TNCS Hồ Chí Minh', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Đoàn Thanh niên', 'Đoàn TNCS HCM'], true, true),
  def('Hội Liên hiệp Phụ nữ', 'other', ['Hội Liên hiệp Phụ nữ', 'Hội Liên hiệp Phụ nữ Việt Nam', 'Hội LHPN'], true, true),
  // a province's press merged in 2025 (`Báo và Phát thanh, Truyền hình Cần Thơ`), the province after it as a place
  def('Báo và Phát thanh, Truyền hình', 'province', ['Báo và Phát thanh , Truyền hình'], true, true),
  def('Hội Nông dân', 'other', ['Hội Nông dân', 'Hội Nông dân Việt Nam'], true, true),
  def('Hội Sinh viên', 'other', ['Hội Sinh viên', 'Hội Sinh viên Việt Nam'], true, true),
  // the Front's presidium, and the bodies that joined the Front in 2025
  def('Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'central', ['Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam']),
  // a province's association of writers and artists, which the union of such associations gathers
  def('Hội Văn học nghệ thuật', 'other', ['Hội Văn học nghệ thuật', 'Hội Văn học Nghệ thuật'], true, true),
  def('Liên hiệp các Hội Văn học nghệ thuật', 'other', ['Liên hiệp các Hội Văn học nghệ thuật', 'Liên hiệp các Hội Văn học Nghệ thuật'], true, true),
  def('Liên hiệp các tổ chức hữu nghị', 'other', ['Liên hiệp các tổ chức hữu nghị', 'Liên hiệp các Tổ chức hữu nghị'], true, true),
  // the Khmer monks' association of the southern provinces
  def('Hội Đoàn kết sư sãi yêu nước', 'other', ['Hội Đoàn kết sư sãi yêu nước'], true, true),
  // a commune's bloc of the Front and the mass organisations for mass mobilisation
  def('Khối dân vận', 'commune', ['Khối dân vận'], true, true),
  def('Ban Chỉ đạo thực hiện dân chủ ở cơ sở', 'other', ['Ban Chỉ đạo thực hiện dân chủ ở cơ sở', 'Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở', 'Ban Chỉ đạo xây dựng và thực hiện Quy chế dân chủ ở cơ sở'], true, true),
  // the civil judgment enforcement agencies (a province's since 2025 without `Cục`)
  def('Thi hành án dân sự', 'province', ['Thi hành án dân sự'], true, true),
  def('Cục Thi hành án dân sự', 'province', ['Cục Thi hành án dân sự'], true, true),
  // a province's or commune's office for receiving citizens
  def('Ban Tiếp công dân', 'province', ['Ban Tiếp công dân'], true, true),
  def('Chi cục Thi hành án dân sự', 'district', ['Chi cục Thi hành án dân sự'], true, true),
  def('Hội Cựu chiến binh', 'other', ['Hội Cựu chiến binh', 'Hội Cựu chiến binh Việt Nam', 'Hội CCB'], true, true),
  def('Công đoàn', 'other', ['Công đoàn'], true, true),
  def('Công đoàn Viên chức', 'other', ['Công đoàn Viên chức', 'Công đoàn Viên chức Việt Nam'], true, true),
  def('Liên đoàn Lao động', 'other', ['Liên đoàn Lao động'], true, true),
  // press organs and the confederation keep `Việt Nam` in their names; the mass organisations above drop it
  // named without `Việt Nam`, as the other mass organisations are
  def('Tổng Liên đoàn Lao động', 'central', ['Tổng Liên đoàn Lao động Việt Nam', 'Tổng Liên đoàn Lao động']),
  def('Ban Chỉ đạo xây dựng tổ chức đảng, đoàn thể trong các đơn vị kinh tế tư nhân', 'province', ['Ban Chỉ đạo xây dựng tổ chức đảng , đoàn thể trong các đơn vị kinh tế tư nhân'], true, true),
  // steering committees are named by their task, in lower case: no head-noun rule finds where such a name ends
  def('Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực', 'central', ['Ban Chỉ đạo Trung ương về phòng , chống tham nhũng , tiêu cực', 'Ban Chỉ đạo Trung ương về phòng , chống tham nhũng']),
  def('Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực', 'province', ['Ban Chỉ đạo phòng , chống tham nhũng , tiêu cực', 'Ban Chỉ đạo phòng , chống tham nhũng'], true, true),
  // renamed in 2025 to take in waste (`lãng phí`)
  def('Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực', 'central', ['Ban Chỉ đạo Trung ương về phòng , chống tham nhũng , lãng phí , tiêu cực']),
  def('Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực', 'province', ['Ban Chỉ đạo phòng , chống tham nhũng , lãng phí , tiêu cực'], true, true),
  def('Ban Chỉ đạo các chương trình mục tiêu quốc gia', 'other', ['Ban Chỉ đạo các chương trình mục tiêu quốc gia'], true, true),
  def('Ban Chỉ đạo thực hiện các chương trình mục tiêu quốc gia', 'other', ['Ban Chỉ đạo thực hiện các chương trình mục tiêu quốc gia'], true, true),
  def('Ban Chỉ đạo chuyển đổi số', 'other', ['Ban Chỉ đạo chuyển đổi số'], true, true),
  // protecting the Party's ideological foundation (Quyết định 35-QĐ/TW): named by its number
  def('Ban Chỉ đạo 35 Trung ương', 'central', ['Ban Chỉ đạo 35 Trung ương']),
  def('Ban Chỉ đạo 35', 'province', ['Ban Chỉ đạo 35'], true, true),
  def('Ban Chỉ đạo Trung ương về phát triển kinh tế tư nhân', 'central', ['Ban Chỉ đạo Trung ương về phát triển kinh tế tư nhân']),
  // Nghị quyết 57-NQ/TW (2024): one at the centre, one in each province
  def('Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số', 'central', [
    'Ban Chỉ đạo Trung ương về phát triển khoa học , công nghệ , đổi mới sáng tạo và chuyển đổi số',
  ]),
  // (provinces name theirs both ways, with `về` as the centre's and without: each is kept as written)
  def('Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số', 'province', [
    'Ban Chỉ đạo về phát triển khoa học , công nghệ , đổi mới sáng tạo và chuyển đổi số',
  ], true, true),
  def('Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số', 'province', [
    'Ban Chỉ đạo phát triển khoa học , công nghệ , đổi mới sáng tạo và chuyển đổi số',
  ], true, true),
  { ...def('Vụ Địa phương', 'central', ['Vụ Địa phương']), numbered: true },
  def('Phòng Tổng hợp', 'other', ['Phòng Tổng hợp']),
  def('Phòng Địa phương', 'other', ['Phòng Địa phương']),
];

/**
 * State bodies, courts and procuracies, banks, press organs and other
 * organisations with a fixed national name. A level word after the name is
 * taken as for the Party's bodies (`Tòa án nhân dân thành phố`). Forms are
 * compared without case, so `Viện Kiểm sát` needs no form of its own.
 */
const STATE_BODIES: AgencyDefinition[] = [
  def('Tòa án nhân dân tối cao', 'central', ['Tòa án nhân dân tối cao']),
  def('Hội đồng Thẩm phán Tòa án nhân dân tối cao', 'central', ['Hội đồng Thẩm phán Tòa án nhân dân tối cao', 'Hội đồng Thẩm phán TAND tối cao']),
  def('Tòa án nhân dân', 'state', ['Tòa án nhân dân'], true, true),
  // a court's specialised divisions (`các Tòa chuyên trách: Tòa Hình sự, …`)
  ...['Tòa Hình sự', 'Tòa Dân sự', 'Tòa Hành chính', 'Tòa Kinh tế', 'Tòa Lao động', 'Tòa Gia đình và người chưa thành niên'].map((name) => def(name, 'other', [name])),
  def('Viện kiểm sát nhân dân tối cao', 'central', ['Viện kiểm sát nhân dân tối cao']),
  def('Viện kiểm sát nhân dân', 'state', ['Viện kiểm sát nhân dân'], true, true),
  // the regional courts and procuracies that replaced the districts' in 2025 (`Tòa án nhân dân khu vực 4`)
  def('Tòa án nhân dân khu vực', 'district', ['Tòa án nhân dân khu vực']),
  def('Viện kiểm sát nhân dân khu vực', 'district', ['Viện kiểm sát nhân dân khu vực']),
  def('Kiểm toán Nhà nước', 'central', ['Kiểm toán Nhà nước']),
  // its regional offices are numbered (`Kiểm toán Nhà nước khu vực IV`)
  { ...def('Kiểm toán Nhà nước khu vực', 'state', ['Kiểm toán Nhà nước khu vực']), numbered: true },
  // departments budget and population documents name on OCR'd pages too, where the head-noun rule reads nothing
  def('Cục Thuế', 'state', ['Cục Thuế'], true, true),
  def('Chi cục Thuế', 'district', ['Chi cục Thuế'], true, true),
  // the boards that run a province's economic zones and industrial parks (the zones themselves are no agencies)
  def('Ban Quản lý Khu kinh tế', 'province', ['Ban Quản lý Khu kinh tế'], true, true),
  def('Ban Quản lý các khu công nghiệp', 'province', ['Ban Quản lý các khu công nghiệp', 'Ban Quản lý các Khu công nghiệp'], true, true),
  // a district's offices before 2025
  // (districts wrote these names with `và`, `-` or `,`: each is its own, as written)
  def('Phòng Kinh tế và Hạ tầng', 'district', ['Phòng Kinh tế và Hạ tầng'], true, true),
  def('Phòng Kinh tế - Hạ tầng', 'district', ['Phòng Kinh tế - Hạ tầng'], true, true),
  def('Trung tâm Văn hóa - Thông tin và Thể thao', 'district', ['Trung tâm Văn hóa - Thông tin và Thể thao'], true, true),
  def('Trung tâm Văn hóa, Thông tin và Thể thao', 'district', ['Trung tâm Văn hóa , Thông tin và Thể thao'], true, true),
  def('Trung tâm Văn hóa - Thể thao và Truyền thông', 'district', ['Trung tâm Văn hóa - Thể thao và Truyền thông'], true, true),
  def('Ban Quản lý dịch vụ công ích', 'district', ['Ban Quản lý dịch vụ công ích'], true, true),
  // the boards that build a city's or district's public works, and their traffic projects
  def('Ban Quản lý dự án đầu tư xây dựng', 'district', ['Ban Quản lý dự án đầu tư xây dựng'], true, true),
  def('Ban Quản lý dự án đầu tư xây dựng các công trình giao thông', 'province', ['Ban Quản lý dự án đầu tư xây dựng các công trình giao thông'], true, true),
  def('Ban Quản lý dự án đầu tư xây dựng công trình giao thông', 'province', ['Ban Quản lý dự án đầu tư xây dựng công trình giao thông'], true, true),
  def('Ban Quản lý đường sắt đô thị', 'province', ['Ban Quản lý đường sắt đô thị'], true, true),
  def('Ban Quản lý các khu chế xuất và công nghiệp', 'province', ['Ban Quản lý các khu chế xuất và công nghiệp'], true, true),
  // a city's or district's teams for building order
  def('Đội Quản lý trật tự xây dựng đô thị', 'district', ['Đội Quản lý trật tự xây dựng đô thị'], true, true),
  def('Đội Quản lý trật tự đô thị', 'district', ['Đội Quản lý trật tự đô thị'], true, true),
  // a smart city's operations centre (IOC), under the names cities gave it
  def('Trung tâm Giám sát, điều hành đô thị thông minh', 'province', ['Trung tâm Giám sát , điều hành đô thị thông minh'], true, true),
  def('Trung tâm giám sát, điều hành thông minh', 'province', ['Trung tâm giám sát , điều hành thông minh'], true, true),
  def('Trung tâm Điều hành đô thị thông minh', 'province', ['Trung tâm Điều hành đô thị thông minh'], true, true),
  def('Trung tâm điều hành thông minh', 'province', ['Trung tâm điều hành thông minh'], true, true),
  def('Sở Quy hoạch - Kiến trúc', 'province', ['Sở Quy hoạch - Kiến trúc'], true, true),
  // disasters and the environment: the commands of every level, the centre's steering committee, a province's offices
  def('Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn', 'province', [
    'Ban Chỉ huy phòng , chống thiên tai và tìm kiếm cứu nạn', 'Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn',
    'Ban Chỉ huy phòng , chống thiên tai , tìm kiếm cứu nạn', 'Ban Chỉ huy PCTT và TKCN',
  ], true, true),
  // its name before Luật Phòng, chống thiên tai (2013)
  def('Ban Chỉ huy phòng, chống lụt, bão và tìm kiếm cứu nạn', 'province', ['Ban Chỉ huy phòng , chống lụt , bão và tìm kiếm cứu nạn'], true, true),
  def('Ban Chỉ đạo Trung ương về phòng, chống thiên tai', 'central', ['Ban Chỉ đạo Trung ương về phòng , chống thiên tai']),
  def('Chi cục Bảo vệ môi trường', 'province', ['Chi cục Bảo vệ môi trường'], true, true),
  def('Đài Khí tượng thủy văn', 'province', ['Đài Khí tượng thủy văn'], true, true),
  def('Trung tâm Nước sạch và Vệ sinh môi trường nông thôn', 'province', ['Trung tâm Nước sạch và Vệ sinh môi trường nông thôn'], true, true),
  // a defence drill's own committees
  def('Ban Chỉ đạo diễn tập khu vực phòng thủ', 'other', ['Ban Chỉ đạo diễn tập khu vực phòng thủ', 'Ban Chỉ đạo diễn tập'], true, true),
  def('Ban Chỉ huy diễn tập', 'other', ['Ban Chỉ huy diễn tập'], true, true),
  // the mass organisations' cells and the self-managed teams of a village or a neighbourhood
  def('Chi hội Phụ nữ', 'grassroots', ['Chi hội Phụ nữ'], true, true),
  def('Chi hội Nông dân', 'grassroots', ['Chi hội Nông dân'], true, true),
  def('Chi hội Cựu chiến binh', 'grassroots', ['Chi hội Cựu chiến binh'], true, true),
  def('Chi hội Người cao tuổi', 'grassroots', ['Chi hội Người cao tuổi'], true, true),
  def('Chi đoàn', 'grassroots', ['Chi đoàn', 'Chi đoàn thanh niên'], true, true),
  def('Tổ hòa giải', 'grassroots', ['Tổ hòa giải'], true, true),
  def('Tổ bảo vệ an ninh, trật tự ở cơ sở', 'grassroots', ['Tổ bảo vệ an ninh , trật tự ở cơ sở', 'Tổ bảo vệ an ninh , trật tự'], true, true),
  // a Party cell's committee, named as a body (`các chi ủy` are the committees below, as `đảng ủy trực thuộc`)
  def('Chi ủy', 'grassroots', ['Chi ủy'], true, true),
  // a school's own boards
  def('Ban Giám hiệu', 'grassroots', ['Ban Giám hiệu'], true, true),
  def('Ban đại diện cha mẹ học sinh', 'grassroots', ['Ban đại diện cha mẹ học sinh'], true, true),
  // the traffic safety committees, and the steering committee against crime (Ban Chỉ đạo 138)
  def('Ủy ban An toàn giao thông Quốc gia', 'central', ['Ủy ban An toàn giao thông Quốc gia']),
  def('Ban An toàn giao thông', 'province', ['Ban An toàn giao thông'], true, true),
  def('Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào Toàn dân bảo vệ an ninh Tổ quốc', 'province', [
    'Ban Chỉ đạo phòng , chống tội phạm , tệ nạn xã hội và xây dựng phong trào Toàn dân bảo vệ an ninh Tổ quốc',
    'Ban Chỉ đạo phòng , chống tội phạm , tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc',
  ], true, true),
  // the army's political department, and the Party's military committee as named before 2025
  def('Tổng cục Chính trị Quân đội nhân dân Việt Nam', 'central', ['Tổng cục Chính trị Quân đội nhân dân Việt Nam', 'Tổng cục Chính trị']),
  def('Đảng ủy Quân sự Trung ương', 'central', ['Đảng ủy Quân sự Trung ương']),
  def('Cục Hải quan', 'state', ['Cục Hải quan'], true, true),
  def('Cục Thống kê', 'state', ['Cục Thống kê'], true, true),
  def('Cục Dân số', 'state', ['Cục Dân số'], true, true),
  def('Cơ quan Cảnh sát điều tra', 'state', ['Cơ quan Cảnh sát điều tra', 'Cơ quan CSĐT'], true, true),
  def('Cơ quan An ninh điều tra', 'state', ['Cơ quan An ninh điều tra', 'Cơ quan ANĐT'], true, true),
  def('Ban Tôn giáo Chính phủ', 'central', ['Ban Tôn giáo Chính phủ']),
  def('Ban Tôn giáo', 'province', ['Ban Tôn giáo'], true, true),
  // the business associations a province's plans for enterprises and tourism assign tasks to
  def('Hiệp hội Doanh nghiệp', 'other', ['Hiệp hội Doanh nghiệp'], true, true),
  def('Hiệp hội Du lịch', 'other', ['Hiệp hội Du lịch'], true, true),
  def('Hội Doanh nhân trẻ', 'other', ['Hội Doanh nhân trẻ', 'Hội Doanh nhân trẻ Việt Nam'], true, true),
  // the regional academies are numbered (`Học viện Chính trị khu vực I`)
  { ...def('Học viện Chính trị khu vực', 'central', ['Học viện Chính trị khu vực']), numbered: true },
  // councils and offices named by their task, in lower case: no head-noun rule finds where such a name ends
  // the province's office that serves both its National Assembly delegation and its People's Council (2021)
  def('Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân', 'province', ['Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân'], true, true),
  // the province's committee for the health care of its officials, named by its task
  def('Ban Bảo vệ, chăm sóc sức khỏe cán bộ', 'province', ['Ban Bảo vệ , chăm sóc sức khỏe cán bộ'], true, true),
  def('Đoàn Luật sư', 'province', ['Đoàn Luật sư'], true, true),
  def('Hội đồng phối hợp phổ biến, giáo dục pháp luật', 'other', ['Hội đồng phối hợp phổ biến , giáo dục pháp luật'], true, true),
  def('Văn phòng Điều phối nông thôn mới', 'other', ['Văn phòng Điều phối nông thôn mới', 'Văn phòng Điều phối Chương trình nông thôn mới'], true, true),
  // the People's Council's committees, listed before it as a Party committee's units are (`Ban Pháp chế, Ban
  // Kinh tế - Ngân sách của HĐND tỉnh`)
  ...COUNCIL_COMMITTEES.map(({ name, forms }) => ({
    ...def(`${name} ${COUNCIL}`, 'state', forms.flatMap((form) => [`${form} ${COUNCIL}`, `${form} HĐND`, `${form} của ${COUNCIL}`, `${form} của HĐND`]), true, true),
    unit: name,
  })),
  def('Thanh tra Chính phủ', 'central', ['Thanh tra Chính phủ']),
  def('Văn phòng Chính phủ', 'central', ['Văn phòng Chính phủ']),
  def('Văn phòng Quốc hội', 'central', ['Văn phòng Quốc hội']),
  def('Văn phòng Chủ tịch nước', 'central', ['Văn phòng Chủ tịch nước']),
  def('Ủy ban Dân tộc', 'central', ['Ủy ban Dân tộc']),
  // the steering committee of the Front's movement at every level, named with the movement's title
  def('Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"', 'other', ['Ban Chỉ đạo phong trào " Toàn dân đoàn kết xây dựng đời sống văn hóa "', 'Ban Chỉ đạo Phong trào " Toàn dân đoàn kết xây dựng đời sống văn hóa "'], true, true),
  // a province's steering committee of its foreign affairs, and of its people-to-people diplomacy
  def('Ban Chỉ đạo công tác đối ngoại', 'province', ['Ban Chỉ đạo công tác đối ngoại', 'Ban Chỉ đạo Công tác đối ngoại'], true, true),
  def('Ban Chỉ đạo công tác đối ngoại nhân dân', 'province', ['Ban Chỉ đạo công tác đối ngoại nhân dân', 'Ban Chỉ đạo Công tác đối ngoại nhân dân'], true, true),
  def('Ủy ban Nhà nước về người Việt Nam ở nước ngoài', 'central', ['Ủy ban Nhà nước về người Việt Nam ở nước ngoài']),
  // the missions abroad, the country after them as a place (`Đại sứ quán Việt Nam tại Lào`)
  def('Đại sứ quán', 'other', ['Đại sứ quán'], true, true),
  def('Tổng Lãnh sự quán', 'other', ['Tổng Lãnh sự quán'], true, true),
  def('Lãnh sự quán', 'other', ['Lãnh sự quán'], true, true),
  // a province's office for ethnic affairs (`Ban Dân tộc tỉnh`), also a committee of its People's Council
  def('Ban Dân tộc', 'province', ['Ban Dân tộc'], true, true),
  def('Hạt Kiểm lâm', 'district', ['Hạt Kiểm lâm'], true, true),
  def('Ban Cơ yếu Chính phủ', 'central', ['Ban Cơ yếu Chính phủ']),
  def('Cổng Thông tin điện tử Đảng Cộng sản Việt Nam', 'central', ['Cổng Thông tin điện tử Đảng Cộng sản Việt Nam']),
  def('Đội Quản lý trật tự đô thị', 'commune', ['Đội Quản lý trật tự đô thị'], true, true),
  // `Thanh tra tỉnh`, `Thanh tra huyện`: bare `thanh tra` is the act of inspecting
  { ...def('Thanh tra', 'state', ['Thanh tra'], true, true), needsLevelWord: true },
  def('Văn phòng Đăng ký đất đai', 'province', ['Văn phòng Đăng ký đất đai'], true, true),
  def('Đồn Biên phòng', 'other', ['Đồn Biên phòng'], true, true),
  def('Trạm Y tế', 'commune', ['Trạm Y tế'], true, true),
  def('Ban Thanh tra nhân dân', 'commune', ['Ban Thanh tra nhân dân'], true, true),
  def('Hội đồng Nghĩa vụ quân sự', 'other', ['Hội đồng Nghĩa vụ quân sự'], true, true),
  def('Hội đồng Dân tộc', 'central', ['Hội đồng Dân tộc']),
  // the National Assembly's committees (2025)
  def('Ủy ban Văn hóa và Xã hội', 'central', ['Ủy ban Văn hóa và Xã hội']),
  def('Ủy ban Pháp luật và Tư pháp', 'central', ['Ủy ban Pháp luật và Tư pháp']),
  def('Ủy ban Kinh tế và Tài chính', 'central', ['Ủy ban Kinh tế và Tài chính']),
  def('Ủy ban Quốc phòng, An ninh và Đối ngoại', 'central', ['Ủy ban Quốc phòng , An ninh và Đối ngoại']),
  def('Ủy ban Khoa học, Công nghệ và Môi trường', 'central', ['Ủy ban Khoa học , Công nghệ và Môi trường']),
  def('Văn phòng Ủy ban Kiểm tra Trung ương', 'central', ['Văn phòng Ủy ban Kiểm tra Trung ương']),
  // election bodies
  def('Hội đồng bầu cử quốc gia', 'central', ['Hội đồng bầu cử quốc gia', 'Hội đồng Bầu cử Quốc gia']),
  def('Ủy ban bầu cử', 'other', ['Ủy ban bầu cử'], true, true),
  // offices and bodies set up by the 2025 reorganisation
  def('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', 'commune', ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân'], true, true),
  def('Sở Dân tộc và Tôn giáo', 'province', ['Sở Dân tộc và Tôn giáo'], true, true),
  // a defence zone's command, numbered (`Ban Chỉ huy Phòng thủ khu vực 1`)
  { ...def('Ban Chỉ huy Phòng thủ khu vực', 'other', ['Ban Chỉ huy Phòng thủ khu vực'], true, true), numbered: true },
  // the emulation and commendation board of a province's Sở Nội vụ
  def('Ban Thi đua - Khen thưởng', 'province', ['Ban Thi đua - Khen thưởng', 'Ban Thi đua , Khen thưởng'], true, true),
  // the civil defence command of a province or city (Luật Phòng thủ dân sự, 2023)
  def('Ban Chỉ huy Phòng thủ dân sự', 'province', ['Ban Chỉ huy Phòng thủ dân sự'], true, true),
  def('Liên hiệp các Hội Khoa học và Kỹ thuật', 'other', ['Liên hiệp các Hội Khoa học và Kỹ thuật', 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam'], true, true),
  // named without `Việt Nam`, as other national bodies are (a province's branch is written without it)
  def('Ngân hàng Nhà nước', 'state', ['Ngân hàng Nhà nước Việt Nam', 'Ngân hàng Nhà nước'], true, true),
  def('Kho bạc Nhà nước', 'state', ['Kho bạc Nhà nước Việt Nam', 'Kho bạc Nhà nước'], true, true),
  def('Ngân hàng Chính sách xã hội', 'other', ['Ngân hàng Chính sách xã hội'], true, true),
  // a province's social insurance, and the national agency, named with the country
  def('Bảo hiểm xã hội', 'state', ['Bảo hiểm xã hội'], true, true),
  def('Bảo hiểm xã hội Việt Nam', 'central', ['Bảo hiểm xã hội Việt Nam', 'BHXH Việt Nam']),
  def('Học viện Chính trị quốc gia Hồ Chí Minh', 'central', ['Học viện Chính trị quốc gia Hồ Chí Minh', 'Học viện Chính trị - Hành chính quốc gia Hồ Chí Minh']),
  def('Hội đồng Lý luận Trung ương', 'central', ['Hội đồng Lý luận Trung ương']),
  def('Báo Nhân Dân', 'central', ['Báo Nhân Dân']),
  def('Tạp chí Cộng sản', 'central', ['Tạp chí Cộng sản']),
  def('Báo Quân đội nhân dân', 'central', ['Báo Quân đội nhân dân']),
  def('Đài Truyền hình Việt Nam', 'central', ['Đài Truyền hình Việt Nam']),
  def('Đài Tiếng nói Việt Nam', 'central', ['Đài Tiếng nói Việt Nam']),
  def('Thông tấn xã Việt Nam', 'central', ['Thông tấn xã Việt Nam']),
  def('Phòng Thương mại và Công nghiệp Việt Nam', 'other', ['Phòng Thương mại và Công nghiệp Việt Nam']),
  // its name since 2025
  def('Liên đoàn Thương mại và Công nghiệp Việt Nam', 'other', ['Liên đoàn Thương mại và Công nghiệp Việt Nam']),
  def('Ủy ban Quản lý vốn nhà nước tại doanh nghiệp', 'state', ['Ủy ban Quản lý vốn nhà nước tại doanh nghiệp']),
  // the councils and boards every province and district sets up: their names hold lower-case words and `và`
  def('Hội đồng Giáo dục quốc phòng và an ninh', 'other', ['Hội đồng Giáo dục quốc phòng và an ninh', 'Hội đồng Giáo dục quốc phòng - an ninh'], true, true),
  def('Ban Vì sự tiến bộ của phụ nữ', 'other', ['Ban Vì sự tiến bộ của phụ nữ', 'Ban Vì sự tiến bộ phụ nữ'], true, true),
  def('Hội Cựu giáo chức', 'other', ['Hội Cựu giáo chức', 'Hội Cựu giáo chức Việt Nam'], true, true),
  def('Liên minh Hợp tác xã', 'other', ['Liên minh Hợp tác xã', 'Liên minh Hợp tác xã Việt Nam'], true, true),
  def('Hội Người cao tuổi', 'other', ['Hội Người cao tuổi', 'Hội Người cao tuổi Việt Nam'], true, true),
  def('Hội Chữ thập đỏ', 'other', ['Hội Chữ thập đỏ', 'Hội Chữ thập đỏ Việt Nam'], true, true),
  def('Hội Khuyến học', 'other', ['Hội Khuyến học', 'Hội Khuyến học Việt Nam'], true, true),
  def('Hội Cựu Thanh niên xung phong', 'other', ['Hội Cựu Thanh niên xung phong'], true, true),
  def('Hội Luật gia', 'other', ['Hội Luật gia', 'Hội Luật gia Việt Nam'], true, true),
  def('Hội Nhà báo', 'other', ['Hội Nhà báo', 'Hội Nhà báo Việt Nam'], true, true),
  def('Hội Liên hiệp Thanh niên', 'other', ['Hội Liên hiệp Thanh niên', 'Hội Liên hiệp Thanh niên Việt Nam'], true, true),
];

/**
 * The fields of state administration: a ministry (`Bộ`) at the centre, a
 * department (`Sở`) of a province and an office (`Phòng`) of a district are
 * named after the same fields (`Bộ Tư pháp`, `Sở Tư pháp`, `Phòng Tư pháp`).
 */
const STATE_SECTORS: { field: string[]; heads: ('Bộ' | 'Sở' | 'Phòng')[] }[] = [
  { field: ['Nội vụ'], heads: ['Bộ', 'Sở', 'Phòng'] },
  { field: ['Tư pháp'], heads: ['Bộ', 'Sở', 'Phòng'] },
  { field: ['Tài chính'], heads: ['Bộ', 'Sở'] },
  { field: ['Tài chính - Kế hoạch'], heads: ['Phòng'] },
  { field: ['Kế hoạch và Đầu tư'], heads: ['Bộ', 'Sở'] },
  { field: ['Công Thương'], heads: ['Bộ', 'Sở'] },
  { field: ['Nông nghiệp và Phát triển nông thôn'], heads: ['Bộ', 'Sở', 'Phòng'] },
  { field: ['Nông nghiệp và Môi trường'], heads: ['Bộ', 'Sở', 'Phòng'] },
  { field: ['Tài nguyên và Môi trường'], heads: ['Bộ', 'Sở', 'Phòng'] },
  { field: ['Giao thông vận tải', 'Giao thông - Vận tải'], heads: ['Bộ', 'Sở'] },
  { field: ['Xây dựng'], heads: ['Bộ', 'Sở'] },
  { field: ['Thông tin và Truyền thông'], heads: ['Bộ', 'Sở'] },
  { field: ['Lao động - Thương binh và Xã hội', 'Lao động, Thương binh và Xã hội'], heads: ['Bộ', 'Sở', 'Phòng'] },
  { field: ['Văn hóa, Thể thao và Du lịch', 'Văn hóa - Thể thao và Du lịch'], heads: ['Bộ', 'Sở'] },
  { field: ['Văn hóa và Thông tin', 'Văn hóa - Thông tin'], heads: ['Phòng'] },
  { field: ['Văn hóa, Khoa học và Thông tin'], heads: ['Phòng'] },
  { field: ['Khoa học và Công nghệ'], heads: ['Bộ', 'Sở'] },
  { field: ['Giáo dục và Đào tạo'], heads: ['Bộ', 'Sở', 'Phòng'] },
  { field: ['Y tế'], heads: ['Bộ', 'Sở', 'Phòng'] },
  { field: ['Dân tộc và Tôn giáo'], heads: ['Bộ', 'Sở', 'Phòng'] },
  { field: ['Quốc phòng'], heads: ['Bộ'] },
  { field: ['Công an'], heads: ['Bộ'] },
  { field: ['Ngoại giao'], heads: ['Bộ'] },
  { field: ['Ngoại vụ'], heads: ['Sở'] },
  { field: ['Du lịch'], heads: ['Sở'] },
  { field: ['Kinh tế'], heads: ['Phòng'] },
  { field: ['Kinh tế - Hạ tầng'], heads: ['Phòng'] },
  // the offices of a commune or ward under two-level local government (2025)
  { field: ['Kinh tế, Hạ tầng và Đô thị'], heads: ['Phòng'] },
  { field: ['Văn hóa - Xã hội', 'Văn hóa và Xã hội'], heads: ['Phòng'] },
  { field: ['Quản lý đô thị'], heads: ['Phòng'] },
  { field: ['Dân tộc'], heads: ['Phòng'] },
];

const SECTOR_LEVEL: Record<'Bộ' | 'Sở' | 'Phòng', AgencyLevel> = { Bộ: 'state', Sở: 'province', Phòng: 'district' };

const SECTOR_BODIES: AgencyDefinition[] = STATE_SECTORS.flatMap(({ field, heads }) =>
  heads.map((head) => def(`${head} ${field[0]}`, SECTOR_LEVEL[head], field.map((f) => `${head} ${f.replace(/,/g, ' ,')}`), true, head !== 'Bộ')),
);

/**
 * Organs named after the body they lead, sit in, represent or serve: `Đảng
 * đoàn Quốc hội`, `Ban cán sự đảng Chính phủ`, `Đảng ủy Chính phủ`, `Thường
 * trực Hội đồng nhân dân`, `Đoàn đại biểu Quốc hội`, `Văn phòng Ủy ban nhân
 * dân`. Each is an agency of its own (the corpus README keeps such compounds),
 * composed with every state or mass body and ministry the gazetteer knows.
 */
const LEADING_ORGANS = ['Đảng đoàn', 'Ban cán sự đảng', 'Đảng ủy', 'Thường trực', 'Ban Thường trực', 'Ban Thường vụ', 'Đoàn đại biểu', 'Văn phòng'];

function ledByOrgans(bodies: AgencyDefinition[]): AgencyDefinition[] {
  return organsOf(LEADING_ORGANS, bodies);
}

/** Each of `organs` of each of `bodies`, named with it (`Đảng đoàn Hội Nông dân`), organ by organ. */
function organsOf(organs: readonly string[], bodies: AgencyDefinition[]): AgencyDefinition[] {
  return organs.flatMap((organ) => bodies.map((body) => ({ ...body, name: `${organ} ${body.name}`, forms: body.forms.map((f) => `${organ} ${f}`), needsCapital: true })));
}

/** Head nouns of state and other named bodies, for names no table lists (`Cục Thuế`, `Hội Nữ doanh nhân`). */
export const GENERIC_HEADS: { head: string; level: AgencyLevel }[] = [
  { head: 'Bộ', level: 'state' },
  { head: 'Sở', level: 'province' },
  { head: 'Phòng', level: 'other' },
  { head: 'Vụ', level: 'central' },
  { head: 'Cục', level: 'state' },
  { head: 'Chi cục', level: 'province' },
  { head: 'Tổng cục', level: 'central' },
  { head: 'Viện', level: 'other' },
  { head: 'Học viện', level: 'other' },
  { head: 'Tòa án', level: 'state' },
  { head: 'Hội', level: 'other' },
  { head: 'Hội đồng', level: 'other' },
  { head: 'Ngân hàng', level: 'other' },
  { head: 'Đài', level: 'other' },
  { head: 'Báo', level: 'other' },
  // the congress's sub-committees (`Tiểu ban Văn kiện`, `Tiểu ban Nhân sự`)
  { head: 'Tiểu ban', level: 'other' },
  { head: 'Bảo tàng', level: 'other' },
  { head: 'Thư viện', level: 'other' },
  // the two in one (`Bảo tàng - Thư viện Hồ Chí Minh`), where the library's head would begin a name of its own
  { head: 'Bảo tàng - Thư viện', level: 'other' },
  { head: 'Nhà xuất bản', level: 'other' },
  { head: 'Trường', level: 'other' },
  { head: 'Trường THPT', level: 'other' },
  { head: 'Trường THCS', level: 'other' },
  { head: 'Tập đoàn', level: 'other' },
  { head: 'Ban Quản lý', level: 'other' },
  { head: 'Tạp chí', level: 'other' },
  { head: 'Ban Chỉ đạo', level: 'other' },
  // public service units a commune or district assigns tasks to (`Trung tâm Y tế`, `Trung tâm Phục vụ hành chính công`)
  { head: 'Trung tâm', level: 'other' },
  { head: 'Bệnh viện', level: 'other' },
  // enterprises whose Party committees a Đảng ủy Khối doanh nghiệp lists
  { head: 'Công ty', level: 'other' },
  { head: 'Công ty cổ phần', level: 'other' },
  { head: 'Công ty trách nhiệm hữu hạn', level: 'other' },
  { head: 'Công ty TNHH', level: 'other' },
  { head: 'Công ty TNHH MTV', level: 'other' },
  { head: 'Tổng công ty', level: 'other' },
  { head: 'Hiệp hội', level: 'other' },
  // the office of a ministry or department (`Văn phòng Bộ`, `Văn phòng Sở`); a committee's office is listed
  { head: 'Văn phòng', level: 'other' },
  // the unions of a sector (`Công đoàn Giáo dục Việt Nam`), read whole where the listed `Công đoàn` would end early
  { head: 'Công đoàn', level: 'other' },
];

/**
 * Words that end a name found by its head noun: function words and the verbs
 * that follow a body in these documents (`Sở Tư pháp chủ trì`), compared as
 * written, with their diacritics.
 */
export const NAME_STOP_PHRASES: readonly string[] = [
  ...'và với của cho về theo trong tại ở để đến từ trên dưới khi là có được bị đã đang sẽ cần phải các những mọi nhiều một hai ba'.split(' '),
  ...'này đó nào thì mà như do bởi qua vào ra lên hoặc hay cùng nhằm sau trước thuộc nơi mở đưa trình giao cấp chịu'.split(' '),
  'chủ trì', 'phối hợp', 'tham mưu', 'chỉ đạo', 'lãnh đạo', 'thực hiện', 'triển khai', 'hướng dẫn', 'tổ chức', 'xây dựng', 'chuẩn bị',
  'xin ý kiến', 'tiếp thu', 'in ấn',
  'ban hành', 'kiểm tra', 'giám sát', 'theo dõi', 'đôn đốc', 'tăng cường', 'nâng cao', 'rà soát', 'báo cáo', 'đề xuất',
  'nghiên cứu', 'bảo đảm', 'đảm bảo', 'cụ thể hóa', 'xem xét', 'quyết định', 'tiếp tục', 'trách nhiệm', 'phát huy', 'tích cực',
  'chủ động', 'tập trung', 'tuyên truyền', 'vận động', 'tham gia', 'ghi nhận', 'đánh giá', 'đẩy mạnh', 'thẩm định', 'chi nhánh',
  'đào tạo', 'phát động', 'tổng hợp', 'thẩm tra', 'hỗ trợ', 'cung cấp', 'đăng', 'phát', 'hoàn thiện', 'hoàn thành', 'bố trí', 'giúp', 'xử lý', 'bắt',
  'nâng cấp', 'cập nhật',
];

/**
 * Names whose first word is a head noun that name no body: places (`Hội An`, `Đài Loan`), and sets of things, where
 * `bộ` is a set and no ministry (`Bộ Quy tắc ứng xử trên mạng xã hội`, `Bộ Tiêu chí`, `Bộ Luật Hình sự`).
 */
export const NAMES_OF_NO_BODY = [
  'Hội An', 'Đài Loan', 'Trường Sa',
  'Bộ Quy tắc', 'Bộ Tiêu chí', 'Bộ Chỉ số', 'Bộ Luật', 'Bộ Tài liệu', 'Bộ Công cụ', 'Bộ Câu hỏi', 'Bộ Nhận diện', 'Bộ Dữ liệu',
];

/**
 * Words a title in quotes follows (`Đề án "Đồn Biên phòng gắn với dân"`, `phong trào "Dân vận khéo"`): what the title
 * names (a body, a number) belongs to the title.
 */
export const TITLE_WORDS = ['đề án', 'chương trình', 'phong trào', 'mô hình', 'cuộc vận động', 'cuộc thi', 'giải thưởng', 'dự án'];

/** Words a name found by its head noun ends with: `Việt Nam`, `Hồ Chí Minh`, `Trung ương` close it. */
export const NAME_FINAL_PHRASES = ['Việt Nam', 'Hồ Chí Minh', 'Trung ương'];

function def(name: string, level: AgencyLevel, forms: string[], needsCapital = true, levelFromContext = false): AgencyDefinition {
  return { name, level, forms, needsCapital, levelFromContext };
}

/** The Đảng bộ a committee leads, as a Ban Chấp hành is named with it (`Ban Chấp hành Đảng bộ tỉnh`, as DOMAIN.md writes it). */
const PARTY_ORGANISATION_OF: Record<string, string> = {
  'Tỉnh ủy': 'Đảng bộ tỉnh', 'Thành ủy': 'Đảng bộ thành phố', 'Huyện ủy': 'Đảng bộ huyện', 'Quận ủy': 'Đảng bộ quận', 'Thị ủy': 'Đảng bộ thị xã',
};

function unitName(unit: string, committee: string): string {
  // `Ban Chấp hành Tỉnh ủy`, as a list of organs shares its committee (`Ban Chấp hành, Ban Thường vụ Quận ủy`)
  if (unit === 'Ban Chấp hành' && PARTY_ORGANISATION_OF[committee]) return `${unit} ${PARTY_ORGANISATION_OF[committee]}`;
  return `${unit} ${committee}`;
}

/**
 * The organs of the mass organisations, named with their organisation (`Ban Tuyên giáo Hội Liên hiệp Phụ nữ`,
 * `Đoàn Chủ tịch Tổng Liên đoàn Lao động`, `Ban Tổ chức - Kiểm tra Tỉnh đoàn`), as the Party committees' units are;
 * the organs every body has (`Ban Thường vụ`, `Văn phòng`) are `ledByOrgans`'.
 */
const MASS_ORGANS = [
  'Ban Chấp hành', 'Đoàn Chủ tịch', 'Ủy ban Kiểm tra', 'Ban Tổ chức', 'Ban Tổ chức - Kiểm tra', 'Ban Tuyên giáo', 'Ban Tuyên huấn',
  'Ban Kinh tế - Xã hội', 'Ban Chính sách - Pháp luật', 'Ban Chính sách - Luật pháp', 'Ban Gia đình - Xã hội', 'Ban Dân chủ - Pháp luật',
  'Ban Phong trào', 'Ban Thanh thiếu nhi trường học',
];
const MASS_ORGANISATIONS = ['Hội Liên hiệp Phụ nữ', 'Hội Nông dân', 'Hội Cựu chiến binh', 'Liên đoàn Lao động', 'Tổng Liên đoàn Lao động', 'Tỉnh đoàn', 'Thành đoàn', 'Huyện đoàn', 'Thị đoàn'];
/**
 * The central committees of the associations (`Trung ương Hội Nông dân`, as `Trung ương Đoàn` is the Youth Union's),
 * named without `Việt Nam`, and their organs (`Ban Thường vụ Trung ương Hội Cựu chiến binh`).
 */
const ASSOCIATION_CENTRES: AgencyDefinition[] = ['Hội Nông dân', 'Hội Liên hiệp Phụ nữ', 'Hội Cựu chiến binh'].map((name) => {
  const body = STANDALONE.find((b) => b.name === name)!;
  return { ...body, name: `Trung ương ${name}`, level: 'central', forms: body.forms.flatMap((f) => [`Trung ương ${f}`, `TW ${f}`]), levelFromContext: false };
});
const MASS_ORGAN_BODIES: AgencyDefinition[] = [
  ...MASS_ORGANISATIONS.flatMap((name) => organsOf(MASS_ORGANS, [STANDALONE.find((b) => b.name === name)!])),
  ...ASSOCIATION_CENTRES,
  // (the centres are no standalone bodies, so `ledByOrgans` gives them no Ban Thường vụ)
  ...ASSOCIATION_CENTRES.flatMap((centre) => organsOf([...MASS_ORGANS, 'Ban Thường vụ'], [centre])),
  // the Young Pioneers' council of a Youth Union committee (`Hội đồng Đội tỉnh`)
  def('Hội đồng Đội', 'other', ['Hội đồng Đội'], true, true),
];

/** Every agency the recogniser knows: standalone bodies, state bodies, the organs leading them, unit x committee. */
export const AGENCIES: AgencyDefinition[] = [
  ...STANDALONE,
  ...STATE_BODIES,
  ...SECTOR_BODIES,
  ...MASS_ORGAN_BODIES,
  ...ledByOrgans([
    ...STANDALONE.filter((body) => body.level === 'state' || body.level === 'other'),
    ...STATE_BODIES,
    ...SECTOR_BODIES.filter((body) => body.level === 'state'),
  ]),
  // the Ban Chấp hành of a Đảng ủy Khối, or of a commune's Đảng ủy, is its Đảng bộ's (`Ban Chấp hành Đảng bộ xã`), listed
  ...UNITS.flatMap((unit) =>
    COMMITTEES.filter((c) => !(unit.name === 'Ban Chấp hành' && (c.name === 'Đảng ủy Khối' || c.name === 'Đảng ủy'))).map((committee) => ({
      name: unitName(unit.name, committee.name),
      level: committee.level,
      forms: unit.forms.flatMap((u) => committee.forms.map((c) => `${u} ${c}`)),
      needsCapital: true,
      levelFromContext: committee.name === 'Đảng ủy',
      unit: unit.name,
    })),
  ),
];

/**
 * Abbreviations written in capitals and the canonical words they stand for.
 * Expanded before matching, so `BTV Tỉnh ủy` and `Ban Thường vụ Tỉnh ủy` meet in the same trie path.
 */
export const ABBREVIATIONS: Record<string, string> = {
  bch: 'Ban Chấp hành',
  // a district committee's office (`Lưu VPHU`)
  vphu: 'Văn phòng Huyện ủy',
  // nông thôn mới (`Văn phòng Điều phối NTM`)
  ntm: 'nông thôn mới',
  bchtw: 'Ban Chấp hành Trung ương',
  btv: 'Ban Thường vụ',
  bct: 'Bộ Chính trị',
  bbt: 'Ban Bí thư',
  ubkt: 'Ủy ban Kiểm tra',
  ubkttw: 'Ủy ban Kiểm tra Trung ương',
  ubkttu: 'Ủy ban Kiểm tra Tỉnh ủy',
  ubnd: 'Ủy ban nhân dân',
  hdnd: 'Hội đồng nhân dân',
  // OCR reads a capital Đ as P or B (DOMAIN.md): `HPND tỉnh` is the HĐND
  hpnd: 'Hội đồng nhân dân',
  hbnd: 'Hội đồng nhân dân',
  mttq: 'Mặt trận Tổ quốc',
  ubmttq: 'Ủy ban Mặt trận Tổ quốc',
  tw: 'Trung ương',
  duk: 'Đảng ủy Khối',
  vptu: 'Văn phòng Tỉnh ủy',
  vptw: 'Văn phòng Trung ương Đảng',
  btctw: 'Ban Tổ chức Trung ương',
  btctu: 'Ban Tổ chức Tỉnh ủy',
  btgtw: 'Ban Tuyên giáo Trung ương',
  btgtu: 'Ban Tuyên giáo Tỉnh ủy',
  bdvtw: 'Ban Dân vận Trung ương',
  bdvtu: 'Ban Dân vận Tỉnh ủy',
  btgdvtw: 'Ban Tuyên giáo và Dân vận Trung ương',
  tncs: 'Thanh niên Cộng sản',
  tand: 'Tòa án nhân dân',
  tandtc: 'Tòa án nhân dân tối cao',
  vksnd: 'Viện kiểm sát nhân dân',
  vksndtc: 'Viện kiểm sát nhân dân tối cao',
  nhcsxh: 'Ngân hàng Chính sách xã hội',
  bhxh: 'Bảo hiểm xã hội',
  dbqh: 'đại biểu Quốc hội',
  hcm: 'Hồ Chí Minh',
  lhpn: 'Liên hiệp Phụ nữ',
  ccb: 'Cựu chiến binh',
};

/** Level words after a name: dropped from the name, kept in the span, and they set the level. */
export const LEVEL_WORDS: { words: string; level: AgencyLevel }[] = [
  { words: 'cấp tỉnh', level: 'province' },
  { words: 'cấp huyện', level: 'district' },
  { words: 'cấp xã', level: 'commune' },
  { words: 'tỉnh', level: 'province' },
  { words: 'thành phố', level: 'province' },
  { words: 'huyện', level: 'district' },
  { words: 'quận', level: 'district' },
  { words: 'thị xã', level: 'district' },
  { words: 'xã', level: 'commune' },
  { words: 'phường', level: 'commune' },
  { words: 'thị trấn', level: 'commune' },
  // the island special zones of the two-level local government (2025), at a commune's level
  { words: 'đặc khu', level: 'commune' },
];

/**
 * The syllable ids of each word of the forms, abbreviations expanded: the gazetteer's thousands of forms are made of
 * a few hundred words, and reading each word once instead of in every form was a tenth of loading the parser.
 */
const FORM_WORD_IDS = new Map<string, readonly number[]>();

/** A written form as canonical syllable ids, abbreviations (`UBND`, in capitals) expanded. */
export function formIds(form: string): number[] {
  const ids: number[] = [];
  for (const w of form.split(' ')) {
    if (w === '') continue;
    let wordIds = FORM_WORD_IDS.get(w);
    if (wordIds === undefined) {
      const expanded = w.length > 1 && w === w.toUpperCase() ? ABBREVIATIONS[foldDiacritics(w)] : undefined;
      FORM_WORD_IDS.set(w, (wordIds = (expanded ? expanded.split(' ') : [w]).map(syllableId)));
    }
    ids.push(...wordIds);
  }
  return ids;
}

/**
 * The words of the gazetteer's names, heads and level words, lower case in the canonical writing: a word written
 * with its marks as one of them was written so, where OCR's wrong marks (`két` for `kết`) make none of them.
 */
const NAME_WORDS: ReadonlySet<string> = (() => {
  const written = new Set<string>();
  for (const phrase of [...AGENCIES.flatMap((agency) => agency.forms), ...GENERIC_HEADS.map(({ head }) => head), ...LEVEL_WORDS.map(({ words }) => words)]) {
    for (const word of phrase.split(' ')) written.add(word);
  }
  return new Set([...written].map((word) => canonicalName(word).toLowerCase()));
})();

/** `word` (lower case, canonical writing) is a word of the gazetteer's names. */
export function isNameWord(word: string): boolean {
  return NAME_WORDS.has(word);
}
