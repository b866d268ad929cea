/**
 * Agency recogniser: one left-to-right pass over the tokens, walking a trie of
 * canonical syllables (built once from the gazetteer) and keeping the longest
 * match. Tokens are read through the OCR-tolerant syllable reader, so
 * `Ban Thudng vu Pang ty` walks the same path as `Ban Thường vụ Đảng ủy`.
 * After a match, level words (`tỉnh`, `xã`) and a capitalised place name are
 * taken into the span but not into the name (corpus README conventions).
 * Where no listed name matches, a name is read by its head noun (`Cục Thuế`,
 * `Hội Nữ doanh nhân`) in clean text, taken as written.
 */
import type { FoldedText } from './normalize';
import { canonicalName, foldDiacritics, originalSpan } from './normalize';
import type { AgencyDefinition } from './gazetteer';
import {
  ABBREVIATIONS, AGENCIES, GENERIC_HEADS, LEVEL_WORDS, NAME_FINAL_PHRASES, NAME_STOP_PHRASES, NAMES_OF_NO_BODY, SyllableReader, TITLE_WORDS, TokenReadings,
  COUNCIL_COMMITTEES, UNITS, columnGapBefore, formIds, isNameWord, phraseIds, syllableFolded, syllableId, tokenize, writtenWithMarks, writtenWord,
} from './gazetteer';
import type { Tokens } from './gazetteer';
import type { AgencyEntity, AgencyLevel } from './types';

interface TrieNode {
  /** Dense id, for memo keys. */
  id: number;
  children: Map<number, TrieNode>;
  agency?: AgencyDefinition;
  /** (First words only) every name on from here is accepted only with a capital on this word. */
  capitalOnly?: boolean;
}

let nodeCount = 0;
const newNode = (): TrieNode => ({ id: nodeCount++, children: new Map() });

function insert(root: TrieNode, ids: number[], value: (node: TrieNode) => void): void {
  let node = root;
  for (const id of ids) {
    let next = node.children.get(id);
    if (!next) node.children.set(id, (next = newNode()));
    node = next;
  }
  value(node);
}

const AGENCY_TRIE = newNode();
for (const agency of AGENCIES) {
  for (const form of agency.forms) insert(AGENCY_TRIE, formIds(form), (n) => (n.agency ??= agency));
}
// a head noun begins a path of its own, so the walk stops there even when no listed name follows it
const HEAD_NOUN_NODES = new Set<TrieNode>();
for (const { head } of GENERIC_HEADS) insert(AGENCY_TRIE, head.split(' ').map(syllableId), (n) => HEAD_NOUN_NODES.add(n));

const LEVEL_TRIE = newNode();
const LEVEL_BY_NODE = new Map<TrieNode, AgencyLevel>();
/**
 * The level words in the plural: `Ban Chỉ huy Quân sự các huyện, thành phố` names each district's,
 * `Ủy ban nhân dân các xã` the communes'. Not before `ủy`, where `các tỉnh` begins the next item
 * (`Ủy ban Kiểm tra Trung ương các tỉnh ủy`).
 */
const PLURAL_LEVEL_NODES = new Set<TrieNode>();
for (const { words, level } of LEVEL_WORDS) {
  insert(LEVEL_TRIE, words.split(' ').map(syllableId), (n) => LEVEL_BY_NODE.set(n, level));
  insert(LEVEL_TRIE, `các ${words}`.split(' ').map(syllableId), (n) => {
    LEVEL_BY_NODE.set(n, level);
    PLURAL_LEVEL_NODES.add(n);
  });
}

const ABBREVIATION_IDS = new Map(Object.entries(ABBREVIATIONS).map(([abbr, words]) => [abbr, words.split(' ').map(syllableId)]));
const VIEN = syllableId('viên');
/** `ủy quyền`, `ủy thác`: to authorise, entrust (`ủy nhiệm` is no verb here: `thị ủy nhiệm kỳ` is the body's term). */
const AUTHORISE = ['quyền', 'thác'].map(syllableId);
const BI = syllableId('bí');
const THU = syllableId('thư');
const CHU = syllableId('chủ');
const TICH = syllableId('tịch');
const PRIME = syllableId('thủ');
const BO = syllableId('bộ');
const UY = syllableId('ủy');
const BAN = syllableId('ban');
const CHI = syllableId('chi');
const LAW = syllableId('luật');
/** `Khu di tích Sở Chỉ huy chiến dịch Điện Biên Phủ`: a historic site named after a body. */
const HISTORIC_SITE = ['di', 'tích'].map(syllableId);
/** Words a title in quotes follows: a body named in it names the title. */
const TITLED = TITLE_WORDS.map(phraseIds);
const MINISTER = syllableId('tướng');
const DAI = syllableId('đại');
/** Words `quan` ends: cơ quan, khách quan, chủ quan, liên quan, tham quan, bi quan, lạc quan, hải quan, trực quan. */
const QUAN_COMPOUNDS = ['cơ', 'khách', 'chủ', 'liên', 'tham', 'bi', 'lạc', 'hải', 'trực'].map(syllableId);
const BIEU = syllableId('biểu');
/**
 * Councils whose deputies (`đại biểu Hội đồng nhân dân các cấp`) name a role at every level, no one body. The
 * National Assembly is one: `bầu cử đại biểu Quốc hội khóa XVI` names it.
 */
const REPRESENTED = new Set(['Hội đồng nhân dân']);
const DANG = syllableId('đảng');
const AND_ID = syllableId('và');
const AGENCY_NAMES = new Set(AGENCIES.map((agency) => agency.name));
/** Each form of a committee's unit (and of a council's committee) as syllables, longest first (`Ban Tuyên giáo và Dân vận` before `Ban Tuyên giáo`). */
const UNIT_FORMS = [...UNITS, ...COUNCIL_COMMITTEES].flatMap(({ name, forms }) => forms.map((form) => ({ name, ids: formIds(form) }))).sort(
  (a, b) => b.ids.length - a.ids.length,
);
const DANG_UY = AGENCIES.find((a) => a.name === 'Đảng ủy')!;
const SUBORDINATE = ['trực', 'thuộc'].map(syllableId);
const RELATIVE_LEVELS = ['cấp trên', 'cấp dưới'].map(phraseIds);

/** `cấp trên`, `cấp dưới` after token k, where no amount follows that `cấp` (to grant) would give. */
function relativeLevelAfter(readings: TokenReadings, k: number): boolean {
  const p = readings.firstPhraseAt(k + 1, RELATIVE_LEVELS);
  return p >= 0 && !readings.tokens.isDigits(k + 1 + RELATIVE_LEVELS[p].length);
}

/** Abbreviations by the first syllable of their expansion: a name with an abbreviated later word (`ban tổ chức TW`) may begin in lower case. */
const EXPANSIONS_BY_FIRST = new Map<number, number[][]>();
for (const ids of ABBREVIATION_IDS.values()) EXPANSIONS_BY_FIRST.set(ids[0], [...(EXPANSIONS_BY_FIRST.get(ids[0]) ?? []), ids]);

/** The trie holds `ids` as a path from `node`'s child on. */
function pathFrom(node: TrieNode, ids: readonly number[]): boolean {
  let at: TrieNode | undefined = node;
  for (const id of ids) if (!(at = at.children.get(id))) return false;
  return true;
}

/** Every name from `node` on needs a capital on its first word (`writtenAsName`): no lower-case form, no abbreviation later on. */
function namesNeedCapital(node: TrieNode): boolean {
  if (node.agency && !node.agency.needsCapital) return false;
  for (const [id, child] of node.children) {
    if (EXPANSIONS_BY_FIRST.get(id)?.some((ids) => pathFrom(node, ids))) return false;
    if (!namesNeedCapital(child)) return false;
  }
  return true;
}
// `đảng` may begin a name in lower case when OCR lost the capital of `Đ` (`bang uy Khoi`)
for (const [id, child] of AGENCY_TRIE.children) child.capitalOnly = id !== DANG && namesNeedCapital(child);

function vocabulary(node: TrieNode, out: Set<number>): Set<number> {
  for (const [id, child] of node.children) {
    out.add(id);
    vocabulary(child, out);
  }
  return out;
}

const READER = new SyllableReader([...vocabulary(AGENCY_TRIE, new Set()), ...vocabulary(LEVEL_TRIE, new Set()), VIEN, BI, THU, CHU, TICH, PRIME, MINISTER, BO, UY, BAN, CHI, LAW, ...QUAN_COMPOUNDS, AND_ID, ...SUBORDINATE, ...RELATIVE_LEVELS.flat(), ...AUTHORISE, ...HISTORIC_SITE, ...TITLED.flat()]);
const ROMAN = /^(i{1,3}|iv|v|vi{1,3}|ix|x)$/;
const MAX_PLACE_WORDS = 3;

interface Match {
  agency: AgencyDefinition;
  last: number;
  cost: number;
  firstId: number;
  exact: boolean;
}

/** One step down the trie: the node reached by reading a token, and what the reading cost. */
interface Step {
  node: TrieNode;
  cost: number;
  exact: boolean;
  firstId: number;
}

const NO_STEPS: Step[] = [];
const HEAD = 1;
const NOT_HEAD = 2;
const CANNOT = 1;
const CAPITAL_ONLY = 2;
const ANY = 3;
/**
 * Memo keys are nodeId * WORD_SPAN + wordId, below 2^31 so they fit the table's Int32Array (-1 marks an empty slot).
 * The trie has over 10,000 nodes: steps from a node past MAX_MEMO_NODE are computed afresh every time, so the bound
 * must stay above the node count (a test says so).
 */
const WORD_SPAN = 1 << 17;
const MAX_MEMO_NODE = 1 << 14;
/** For the test that the trie's nodes are all remembered. */
export const trieFitsMemo = (): boolean => nodeCount <= MAX_MEMO_NODE;

/**
 * Non-negative integer keys to values by open addressing in a typed array: the
 * trie walk asks for a remembered step about once per token, where a `Map`'s
 * generic hashing costs more than the rest of the step.
 */
class IntMap<V> {
  private keys = new Int32Array(1 << 10).fill(-1);
  private values: (V | undefined)[] = new Array<V | undefined>(1 << 10);
  private shift = 32 - 10;
  private size = 0;

  get(key: number): V | undefined {
    const { keys } = this;
    const mask = keys.length - 1;
    for (let slot = Math.imul(key, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & mask) {
      const at = keys[slot];
      if (at === key) return this.values[slot];
      if (at === -1) return undefined;
    }
  }

  /** Add a key not yet in the map. */
  add(key: number, value: V): void {
    if (2 * (this.size + 1) > this.keys.length) this.rehash();
    this.place(key, value);
    this.size++;
  }

  private place(key: number, value: V): void {
    const { keys } = this;
    const mask = keys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (keys[slot] !== -1) slot = (slot + 1) & mask;
    keys[slot] = key;
    this.values[slot] = value;
  }

  private rehash(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Array<V | undefined>(keys.length * 2);
    this.shift--;
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== -1) this.place(keys[slot], values[slot]!);
  }
}

/** A stray comma costs what a full edit of a letter does (in half-steps, as reading costs are counted). */
const STRAY_COMMA_COST = 2;

/**
 * Steps from a trie node over a token, remembered per (node, distinct word):
 * a document repeats the same few thousand words, so after the first pages a
 * step is one table lookup. A word spelled like an abbreviation reads two
 * ways (as its expansion where written as one, in capitals; as a plain word
 * elsewhere), so its steps are remembered apart for each reading.
 */
class TrieWalker {
  private readonly memo = new IntMap<Step[]>();
  private readonly memoExpanded = new IntMap<Step[]>();
  /** Steps from the root, by word: asked for nearly every token, so arrays (sized up front) rather than the tables. */
  private readonly fromRoot: (Step[] | undefined)[];
  private readonly fromRootExpanded: (Step[] | undefined)[];
  /** Per word: whether a name may begin with it (CANNOT, CAPITAL_ONLY, ANY; 0 until known, never set for abbreviation words). */
  private readonly startOf: Uint8Array;
  /** Per word: whether it is spelled (folded) like the first word of a head noun, 0 when not yet known. */
  private readonly headWord: Uint8Array;
  /** The best match of the current `longestMatch` search, kept in fields: the search runs for most tokens that can begin a name. */
  private bestAgency: AgencyDefinition | undefined;
  private bestLast = 0;
  private bestCost = 0;
  private bestFirstId = 0;
  private bestExact = false;
  /** The syllables of the path `syllablesOf` walks. */
  private readonly path: number[] = [];

  constructor(readonly readings: TokenReadings) {
    this.fromRoot = new Array<Step[] | undefined>(readings.tokens.wordCount);
    this.fromRootExpanded = new Array<Step[] | undefined>(readings.tokens.wordCount);
    this.startOf = new Uint8Array(readings.tokens.wordCount);
    this.headWord = new Uint8Array(readings.tokens.wordCount);
  }

  /** The head nouns whose first word token k is spelled like (folded), or undefined: asked for many tokens, answered once per word. */
  headsAt(k: number): Head[] | undefined {
    const { tokens } = this.readings;
    const w = tokens.word[k];
    if (this.headWord[w] === NOT_HEAD) return undefined;
    const heads = HEADS_BY_FIRST.get(tokens.wordText(w));
    this.headWord[w] = heads ? HEAD : NOT_HEAD;
    return heads;
  }

  /**
   * The first token from i on that may begin a name, or `count`. Most tokens
   * cannot, and after a word's first occurrence that is one byte to look at
   * (and the capital bit, for the words that begin only names written with one).
   */
  nextStart(i: number): number {
    const { tokens } = this.readings;
    const { word, count } = tokens;
    for (; i < count; i++) {
      const w = word[i];
      let start = this.startOf[w];
      if (start === 0) {
        const steps = this.steps(AGENCY_TRIE, i);
        start = steps.length === 0 ? CANNOT : steps.every((step) => step.node.capitalOnly) ? CAPITAL_ONLY : ANY;
        // an abbreviation word reads as its expansion only where written in capitals: asked again each time
        if (this.readings.isAbbreviationWord(w)) {
          if (start !== CANNOT) return i;
          continue;
        }
        this.startOf[w] = start;
      }
      if (start === ANY || (start === CAPITAL_ONLY && tokens.capital(i))) return i;
    }
    return count;
  }

  /** Longest gazetteer path starting at token `i` (depth-first: paths are short and rarely branch). */
  longestMatch(i: number): Match | undefined {
    this.bestAgency = undefined;
    // a word in lower case begins no name that needs a capital (`writtenAsName`): those paths are not walked
    this.extend(this.steps(AGENCY_TRIE, i), i, 0, -1, true, !this.readings.tokens.capital(i));
    const agency = this.bestAgency;
    return agency && { agency, last: this.bestLast, cost: this.bestCost, firstId: this.bestFirstId, exact: this.bestExact };
  }

  /**
   * A name would end on token k by an OCR-tolerant reading, where that is a
   * guess too far:
   * - k begins a line after a name that is whole without it (a footer's `Ban
   *   Tuyên giáo và Dân vận Trung ương` / `Bản quyền ...`);
   * - k is spelled as what begins other words: a listed name (`BAN CHẤP HÀNH
   *   TRUNG ƯƠNG` / `BAN TỔ CHỨC`) or a phrase that ends names (`Ủy ban Kiểm tra
   *   Trung ương ban hành`).
   * Read so, neither `Bản` nor `ban` is an OCR'd `Đoàn` of `Trung ương Đoàn`.
   */
  private endsOnGuess(k: number, agency: AgencyDefinition): boolean {
    const { tokens } = this.readings;
    if (tokens.newlineBefore(k) && this.bestAgency !== undefined && this.bestLast === k - 1) return true;
    // `Đảng ủy khi Bí thư`: a word in lower case written as a word that ends names (`khi`, when) ends none on a capital (`Khối`)
    if (!tokens.capital(k) && isCapitalCode(agency.name.charCodeAt(agency.name.lastIndexOf(' ') + 1)) && writtenAt(tokens, k, STOP_PHRASES.get(writtenWord(tokens, k)))) return true;
    return this.opensListedName(k) || foldedStopPhraseAt(tokens, k);
  }

  /** Token k and the next are spelled as the first two words of a listed name (or k as a one-word name). */
  opensListedName(k: number): boolean {
    return this.steps(AGENCY_TRIE, k).some((step) => step.exact && (step.node.agency !== undefined || this.steps(step.node, k + 1).some((next) => next.exact)));
  }

  /** The syllable each token of match `m` (from token i) was read as, or undefined: for the rare checks that need the path. */
  syllablesOf(i: number, m: Match): readonly number[] | undefined {
    // one array for every call (its callers read it before they ask again): asked for thousands of matches a page
    this.path.length = 0;
    return this.walkTo(AGENCY_TRIE, i, m) ? this.path : undefined;
  }

  private walkTo(node: TrieNode, k: number, m: Match): boolean {
    for (const step of this.steps(node, k)) {
      this.path.push(step.firstId);
      if (k === m.last ? step.node.agency === m.agency : this.walkTo(step.node, k + 1, m)) return true;
      this.path.pop();
    }
    return false;
  }

  /** Take each of `steps` (over token k), then the steps after it; a path mostly stops at the next token, so that is checked before recursing. */
  private extend(steps: Step[], k: number, cost: number, firstId: number, exact: boolean, lowerFirst = false): void {
    for (const step of steps) {
      const next = step.node;
      if (lowerFirst && next.capitalOnly) continue;
      const total = cost + step.cost;
      const first = firstId < 0 ? step.firstId : firstId;
      const clean = exact && step.exact;
      if (next.agency && (!this.bestAgency || k > this.bestLast || (k === this.bestLast && total < this.bestCost)) && (step.exact || !this.endsOnGuess(k, next.agency))) {
        this.bestAgency = next.agency;
        this.bestLast = k;
        this.bestCost = total;
        this.bestFirstId = first;
        this.bestExact = clean;
      }
      if (next.children.size === 0) continue;
      const further = this.steps(next, k + 1);
      if (further.length > 0) this.extend(further, k + 1, total, first, clean);
      else if (!next.agency && !HEAD_NOUN_NODES.has(next) && this.strayCommaAt(k + 1)) {
        const after = this.steps(next, k + 2);
        if (after.length > 0) this.extend(after, k + 2, total + STRAY_COMMA_COST, first, false);
      }
    }
  }

  /**
   * `Bộ Chính, tri`: a comma OCR put inside a name, glued to the word before it
   * and followed by one in lower case. Read past only where the words before it
   * name nothing on their own, not even a kind of body (`Các Hiệp hội, doanh
   * nghiệp`, `các Vụ, địa phương` are lists), and the word after it begins no
   * name (`Ban cán sự đảng, ủy ban nhân dân` is two bodies), so no list of
   * names is joined into one.
   */
  private strayCommaAt(k: number): boolean {
    const { tokens } = this.readings;
    return (
      tokens.isChar(k, ',') && tokens.glued(k) && k + 1 < tokens.count && !tokens.capital(k + 1) && !tokens.isPunctuation(k + 1) &&
      !tokens.isDigits(k + 1) && !this.opensListedName(k + 1)
    );
  }

  steps(node: TrieNode, k: number): Step[] {
    const { tokens } = this.readings;
    if (k >= tokens.count) return NO_STEPS;
    const w = tokens.word[k];
    const expanded = this.readings.isAbbreviationWord(w) && this.readings.isAbbreviation(k);
    if (node === AGENCY_TRIE) {
      const fromRoot = expanded ? this.fromRootExpanded : this.fromRoot;
      let steps = fromRoot[w];
      if (steps === undefined) fromRoot[w] = steps = this.compute(node, k);
      return steps;
    }
    if (w >= WORD_SPAN || node.id >= MAX_MEMO_NODE) return this.compute(node, k);
    const memo = expanded ? this.memoExpanded : this.memo;
    const key = node.id * WORD_SPAN + w;
    let steps = memo.get(key);
    if (steps === undefined) memo.add(key, (steps = this.compute(node, k)));
    return steps;
  }

  private compute(node: TrieNode, k: number): Step[] {
    let out: Step[] | undefined;
    for (const reading of this.readings.at(k)) {
      let next: TrieNode | undefined = node;
      for (const id of reading.ids) next = next?.children.get(id);
      if (next) (out ??= []).push({ node: next, cost: reading.cost, exact: reading.exact, firstId: reading.ids[0] });
    }
    return out ?? NO_STEPS;
  }
}

/**
 * OCR damage is spread thin: real damaged names cost about one half-step per
 * word at most, while ordinary words that happen to come close to a name
 * (`Thông báo` vs `Thành đoàn`) pay a full edit in every word.
 */
function plausible(m: Match, first: number): boolean {
  return m.cost <= m.last - first + 1;
}

/** A plausible listed name begins at token k and runs past it. */
function longerFrom(walker: TrieWalker, k: number): boolean {
  const m = walker.longestMatch(k);
  return m !== undefined && m.last > k && plausible(m, k);
}

/**
 * A name read only through OCR's letters, where the words as written say
 * otherwise: a two-word name with no word spelled as its own, whose last word
 * is spelled as another syllable (`Céng dan`: công dân, not `Công đoàn`;
 * longer names carry more evidence), or a name ending on a word written with
 * its marks as another syllable (`Thành phần`).
 */
function guessedOnly(walker: TrieWalker, i: number, m: Match): boolean {
  if (m.exact) return false;
  const { readings } = walker;
  const { tokens } = readings;
  const last = m.last;
  // (a word of the gazetteer's names: OCR's damage inside a name is read through, `Ban Quả lý dự án`, and so are its
  // marks on the wrong letters, `Tỉnh ñy`; the path is walked only for such a word, most names end on none)
  const writtenAsName = writtenWithMarks(tokens, last) && isNameWord(writtenWord(tokens, last));
  if (!writtenAsName && last - i + 1 !== 2) return false;
  const path = walker.syllablesOf(i, m);
  if (!path) return false;
  if (writtenAsName && !spelledAsSyllable(readings, last, path[last - i])) return true;
  if (last - i + 1 !== 2) return false;
  for (let k = i; k <= last; k++) if (spelledAsSyllable(readings, k, path[k - i])) return false;
  return readings.at(last).some((r) => r.exact);
}

/** Token k is spelled as syllable `id`, OCR tolerance aside. */
function spelledAsSyllable(readings: TokenReadings, k: number, id: number): boolean {
  return readings.at(k).some((r) => r.exact && r.single === id);
}

/** A common word names an agency only when written as a name (capitalised) or abbreviated. */
function writtenAsName(walker: TrieWalker, i: number, m: Match): boolean {
  const { readings } = walker;
  const { tokens } = readings;
  // `huyện ủy` names the body even in lower case, but only when written cleanly: damaged
  // lower-case pairs are mostly other words (`quan 1y` is quản lý).
  if (!m.agency.needsCapital && m.exact) return true;
  if (tokens.capital(i) || tokens.upper(i)) return true;
  let path: readonly number[] | undefined;
  for (let k = i; k <= m.last; k++) {
    if (readings.isAbbreviation(k)) return true;
    // OCR often lower-cases a damaged `Đ` or `Ủ` (`bang uy Khoi`, `- uy ban Kiem tra Tinh ủy`): a capital later in the name still counts,
    // when it is the letter of its syllable (the `G` of `déang Gy` is OCR's reading of `ủ`) and does
    // not begin a longer name of its own (`dang Uy ban nhân dân`: `Ủy ban nhân dân`); a first word written with its marks
    // is in lower case as its writer meant (`ủy ban kiểm tra Đảng ủy cơ sở`, any such committee)
    if ((m.firstId === DANG || m.firstId === UY) && k > i && tokens.capital(k) && writtenWord(tokens, i) !== (m.firstId === DANG ? 'đảng' : 'ủy')) {
      path ??= walker.syllablesOf(i, m);
      if (!path || syllableFolded(path[k - i]).charCodeAt(0) !== tokens.folded.text.charCodeAt(tokens.start[k])) continue;
      const own = walker.longestMatch(k);
      if (!own || !plausible(own, k) || own.last <= m.last) return true;
    }
  }
  return !m.agency.needsCapital && inListOfCommittees(walker, i, m);
}

/** Token k parts two items of a list of names: `,` or `và`. */
function listSeparatorAt(readings: TokenReadings, k: number): boolean {
  return readings.tokens.isChar(k, ',') || readings.spelledAs(k, AND_ID);
}

/** Items a list of committees may hold past its neighbour before one written as a name vouches for it. */
const LIST_REACH = 4;

/**
 * `Cac huyen ay, thi iy, thanh uy`: a committee that needs no capital, damaged
 * in lower case, in a list (by commas or `và`) of such committees where one
 * is written cleanly or with a capital: the list says what the damaged words
 * were, where alone they are mostly other words.
 */
function inListOfCommittees(walker: TrieWalker, i: number, m: Match): boolean {
  const { readings } = walker;
  const { tokens } = readings;
  if (writesAnotherWord(walker, i, m)) return false;
  const vouches = (item: Match, at: number) => item.exact || tokens.capital(at);
  const committee = (item: Match | undefined, at: number): item is Match => item !== undefined && !item.agency.needsCapital && plausible(item, at);
  for (let k = m.last + 1, n = 0; n < LIST_REACH && listSeparatorAt(readings, k); n++) {
    const next = walker.longestMatch(k + 1);
    if (!committee(next, k + 1)) break;
    if (vouches(next, k + 1)) return true;
    k = next.last + 1;
  }
  // the items before, each of two words (`huyện ủy`)
  for (let end = i - 2, n = 0; n < LIST_REACH && end > 0 && listSeparatorAt(readings, end + 1); n++, end -= 3) {
    const before = walker.longestMatch(end - 1);
    if (!committee(before, end - 1) || before.last !== end) break;
    if (vouches(before, end - 1)) return true;
  }
  return false;
}

/**
 * A word of the match not spelled as the name's syllable is written with its
 * diacritics: a text that keeps its marks wrote another word there (`huyện
 * ấy`, that district), where OCR's damage strips them (`huyen ay`).
 */
function writesAnotherWord(walker: TrieWalker, i: number, m: Match): boolean {
  const { readings } = walker;
  const path = walker.syllablesOf(i, m);
  if (!path) return false;
  for (let k = i; k <= m.last; k++) {
    if (writtenWithMarks(readings.tokens, k) && !spelledAsSyllable(readings, k, path[k - i])) return true;
  }
  return false;
}

/**
 * A line in capitals (a heading, a header line) ends at its line break: a
 * name read across it from a word in capitals to one that is not
 * (`THỰC HIỆN\nỦy ban` is no `Huyện ủy`) is two lines' words, not one name.
 */
function crossesHeadingLine(readings: TokenReadings, i: number, last: number): boolean {
  const { tokens } = readings;
  for (let k = i + 1; k <= last; k++) {
    if (!tokens.newlineBefore(k) || readings.isAbbreviation(k - 1)) continue;
    const above = tokens.length(k - 1) > 1 && tokens.upper(k - 1);
    if (above && !tokens.upper(k)) return true;
  }
  return false;
}

/** The name from token i to `last` is a title in quotes: one it opens after a word of what it names (`Đề án "Đồn Biên
 * phòng ...`), or one it ends. */
function titleInQuotesAt(readings: TokenReadings, i: number, last: number): boolean {
  const { tokens } = readings;
  if (tokens.isChar(i - 1, '"')) return TITLED.some((words) => readings.phraseEndsAt(i - 2, words));
  // the end of a name in quotes of a thing (`xây 12 "Mái ấm Công đoàn"`: a house the union builds)
  if (!tokens.isChar(last + 1, '"')) return false;
  for (let b = i - 2; b >= Math.max(0, i - QUOTED_WORDS_BEFORE - 1); b--) {
    if (tokens.isChar(b, '"')) return true;
    if (tokens.isPunctuation(b) || tokens.newlineBefore(b + 1)) return false;
  }
  return false;
}

/** Words a name in quotes may hold before a body's name that ends it. */
const QUOTED_WORDS_BEFORE = 3;

/** `Bí thư Thường trực`, `Phó Chủ tịch Thường trực`: a person's title, not the body. */
function titleOfPerson(readings: TokenReadings, i: number): boolean {
  return (readings.readsAs(i - 1, THU, 1) && readings.readsAs(i - 2, BI, 1)) || (readings.readsAs(i - 1, TICH, 1) && readings.readsAs(i - 2, CHU, 1));
}

/** A level word right after the name: returns its last token and level. */
function levelWordAfter(readings: TokenReadings, k: number): { last: number; level: AgencyLevel; plural: boolean } | undefined {
  const m = longestLevelPath(readings, k);
  return m ? { last: m.last, level: LEVEL_BY_NODE.get(m.node)!, plural: PLURAL_LEVEL_NODES.has(m.node) } : undefined;
}

/**
 * The last level word of a run that ends in a colon (`các xã, phường và thị trấn:`), from level word `last` on,
 * or -1: the kinds of body a list after the colon names.
 */
function levelWordsBeforeColon(readings: TokenReadings, last: number): number {
  const { tokens } = readings;
  for (let k = last + 1; k < tokens.count; ) {
    if (tokens.isChar(k, ':')) return last;
    if (!tokens.isChar(k, ',') && !readings.spelledAs(k, AND_ID)) return -1;
    const more = levelWordAfter(readings, k + 1);
    if (!more) return -1;
    last = more.last;
    k = last + 1;
  }
  return -1;
}

function longestLevelPath(readings: TokenReadings, i: number): { last: number; node: TrieNode } | undefined {
  let node: TrieNode | undefined = LEVEL_TRIE;
  let best: { last: number; node: TrieNode } | undefined;
  for (let k = i; k < readings.tokens.count && node; k++) {
    let next: TrieNode | undefined;
    // a word written with its marks as another is that word (`diễn tập phòng thủ`, no `phường`); OCR's damage strips them
    const guessable = !writtenWithMarks(readings.tokens, k);
    for (const r of readings.at(k)) {
      if (r.single >= 0 && r.cost <= 1 && (r.exact || guessable)) next ??= node.children.get(r.single);
    }
    node = next;
    if (node && LEVEL_BY_NODE.has(node) && !(PLURAL_LEVEL_NODES.has(node) && readings.readsAs(k + 1, UY, 1))) best = { last: k, node };
  }
  return best;
}

/**
 * Capitalised words after a name are a place name (`Lai Châu`, `Quảng Ngãi`),
 * all written in one case: where a PDF line runs a header name in capitals
 * into the place line beside it (`ĐẢNG ỦY XÃ BÌNH LƯ Bình Lư, ngày ...`), the
 * change of case is where the place name ends.
 */
function placeNameAfter(walker: TrieWalker, k: number): number {
  const { readings } = walker;
  const { tokens } = readings;
  let last = k - 1;
  let capitals: boolean | undefined;
  for (let w = 0; w < MAX_PLACE_WORDS && last + 1 < tokens.count; w++) {
    const t = last + 1;
    // a place name starts on the name's line (a capital on the next line begins a sentence)
    if ((w === 0 && tokens.newlineBefore(t)) || tokens.blankLineBefore(t) || !tokens.capital(t) || tokens.isDigits(t) || readings.isAbbreviation(t)) break;
    // `TỈNH ỦY TUYÊN QUANG          ĐẢNG CỘNG SẢN VIỆT NAM`: a wide gap is the header's other column
    if (columnGapBefore(tokens, t)) break;
    // `các cơ quan Trung ương`: a phrase that ends names, its last word in lower case, ends the name whole
    const final = finalPhraseFrom(tokens, t);
    if (final > t && !tokens.capital(final)) {
      last = final;
      break;
    }
    // a one-letter word (`A Lưới`) is in capitals either way
    if (tokens.length(t) > 1) {
      const upper = tokens.upper(t);
      if (capitals !== undefined && upper !== capitals) break;
      capitals = upper;
    }
    const next = walker.longestMatch(t);
    if (next && plausible(next, t)) break; // the next agency of a list
    last++;
  }
  return last;
}

const PARTY_COMMITTEE = 'Đảng ủy';
/** Bodies whose Party committee is named with them. */
const BODIES_WITH_COMMITTEES = ['Bộ', 'Sở', 'Bệnh viện', 'Trường', 'Trung tâm', 'Viện', 'Học viện', 'Cục', 'Chi cục', 'Ngân hàng', 'Báo', 'Đài', 'Văn phòng', 'Tòa án', 'Viện kiểm sát'];

/** A Party committee or one of its organs (`Đảng ủy`, `Huyện ủy`, `Ban Tổ chức Tỉnh ủy`), by its name: the word `ủy` in it. */
function isPartyCommittee(name: string): boolean {
  return COMMITTEE_WORD.test(name);
}
const COMMITTEE_WORD = /(?:^| )ủy(?: |$)/;

/**
 * A body with a Party committee of its own named at token k, on the line of the
 * committee before it: listed (`Sở Y tế`) or read by its head noun (`Bệnh viện
 * Đa khoa tỉnh`), with its name and level, and its last token.
 */
function bodyNamedAt(walker: TrieWalker, k: number): { name: string; level: AgencyLevel; last: number } | undefined {
  const { tokens } = walker.readings;
  if (k >= tokens.count || tokens.newlineBefore(k) || !tokens.capital(k)) return undefined;
  const listed = walker.longestMatch(k);
  const m = listed && plausible(listed, k) ? listed : walker.headsAt(k) ? headNounName(walker, k) : undefined;
  if (!m || !BODIES_WITH_COMMITTEES.some((head) => m.agency.name.startsWith(`${head} `))) return undefined;
  return { name: m.agency.name, level: m.agency.level, last: m.last };
}

/** Token k, the second of a listed name whose second word has a capital, is a verb written in lower case with its marks. */
function verbForFieldAt(tokens: Tokens, k: number, name: string): boolean {
  const second = name.indexOf(' ') + 1;
  return second > 0 && isCapitalCode(name.charCodeAt(second)) && !tokens.capital(k) && writtenWithMarks(tokens, k) && stopPhraseAt(tokens, k);
}

const OWN_BODY_WORDS = new Map([['bộ', 'Bộ'], ['sở', 'Sở']]);

/** Token k is `Bộ` or `Sở` standing for a ministry or department named before (written so, no name in capitals after it): the word. */
function ownBodyWordAt(tokens: Tokens, k: number): string | undefined {
  if (k >= tokens.count || tokens.newlineBefore(k) || !tokens.capital(k) || tokens.upper(k) || (tokens.capital(k + 1) && !tokens.newlineBefore(k + 1))) return undefined;
  return OWN_BODY_WORDS.get(writtenWord(tokens, k));
}

/**
 * Where the body's own name ends, for a listed name ending in a head noun
 * (`Đảng ủy Tổng công ty`, `Ủy ban Kiểm tra Đảng ủy Tập đoàn`): the company's
 * name after it (`Công nghiệp mỏ Việt Bắc`) is read as the head-noun rule
 * reads one, lower-case words and all, where the place reader would stop at
 * the first of them. Undefined when no such name is written there.
 */
function namedBodyEnd(walker: TrieWalker, i: number, last: number): number | undefined {
  const { tokens } = walker.readings;
  for (let k = last; k > i && k > last - MAX_HEAD_WORDS; k--) {
    if (!tokens.capital(k)) continue;
    const heads = walker.headsAt(k);
    const head = heads && headWrittenAt(tokens, k, heads);
    if (!head || k + head.words.length - 1 !== last) continue;
    const read = headNounName(walker, k);
    return read && read.last > last ? read.last : undefined;
  }
  return undefined;
}

interface Head {
  /** The head's words, lower case, as written (with their diacritics) and folded. */
  words: string[];
  folded: string[];
  level: AgencyLevel;
}

/** Head nouns by the folded spelling of their first word, longer heads first (`Hội đồng` before `Hội`). */
const HEADS_BY_FIRST = new Map<string, Head[]>();
for (const { head, level } of [...GENERIC_HEADS].sort((a, b) => b.head.length - a.head.length)) {
  const words = head.toLowerCase().split(' ');
  const folded = words.map((word) => syllableFolded(syllableId(word)));
  HEADS_BY_FIRST.set(folded[0], [...(HEADS_BY_FIRST.get(folded[0]) ?? []), { words, folded, level }]);
}

const MAX_HEAD_WORDS = Math.max(...GENERIC_HEADS.map(({ head }) => head.split(' ').length));

/** Phrases by their first word, as written in lower case. */
function byFirstWord(phrases: readonly string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.toLowerCase().split(' ');
    map.set(words[0], [...(map.get(words[0]) ?? []), words]);
  }
  return map;
}

const STOP_PHRASES = byFirstWord(NAME_STOP_PHRASES);
/** The stop phrases of more than one word, folded (`ban hanh`): spelled so, OCR text still reads as them. */
const FOLDED_STOP_PHRASES = byFirstWord(NAME_STOP_PHRASES.filter((phrase) => phrase.includes(' ')).map(foldDiacritics));
/**
 * Nouns that after a name's `và` name other parties, no field of it: `Cục Quản lý thị trường và lực lượng chức năng`,
 * `Sở Y tế và các đơn vị` (`các` is a stop word already).
 */
const PARTIES_AFTER_AND = byFirstWord(['lực lượng', 'cơ quan', 'đơn vị', 'địa phương', 'doanh nghiệp', 'nhân dân', 'người', 'cán bộ', 'ngành', 'cấp ủy', 'chính quyền']);
/** Nouns that begin with a stop word (`giao` = assign) and run on in names (`Công ty cổ phần Xây dựng giao thông`). */
const NOUNS_LIKE_STOP_PHRASES = byFirstWord(['giao thông', 'phát triển']);
/**
 * Stop words that go on in a name after these words (`cần` = need, `vận động` = campaign, `về` = about):
 * `Phòng Hậu cần - Kỹ thuật`, `Ban Chỉ đạo Cuộc vận động`, the police's `Phòng Cảnh sát điều tra tội
 * phạm về ma túy` and `Phòng Cảnh sát quản lý hành chính về trật tự xã hội`.
 */
const NOUNS_ENDING_IN_STOP_WORDS = new Map([
  ['cần', ['hậu']], ['vận', ['cuộc']], ['về', ['phạm', 'chính']], ['giúp', ['trợ']],
  // `Trung tâm Dịch vụ tổng hợp`, `Phòng Người có công`, `Trung tâm Điều dưỡng người có công`
  ['tổng', ['vụ']], ['có', ['người']],
]);
const LEVELS_BY_FIRST = byFirstWord(LEVEL_WORDS.map(({ words }) => words));
const NO_BODY_BY_FIRST = byFirstWord(NAMES_OF_NO_BODY);
const FINAL_PHRASES = NAME_FINAL_PHRASES.map((phrase) => phrase.toLowerCase().split(' '));
const AND = 'và';
/** Lower-case words a name read by its head noun may run on for between capitals (`Tổ chức cơ sở đảng`). */
const MAX_LOWER_RUN = 4;
/** Lower-case words a name may run on for when a clear end follows them (`Phòng Cảnh sát quản lý hành chính về trật tự xã hội chủ trì`). */
const MAX_LOWER_RUN_TO_CLEAR_END = 10;
/** Heads of a ministry's or committee's departments, named by the fields they work in (`Vụ Báo chí, Xuất bản`). */
const DEPARTMENT_HEADS = new Set(['vụ', 'phòng']);
/** Words of one field between a comma and `và` in an office's name (`Thương binh`). */
const FIELD_WORDS = 3;
/** Tokens such a name may hold (`Ngân hàng Thương mại cổ phần Công thương Việt Nam` has 11): a bound keeps runs of capitals linear. */
const MAX_NAME_TOKENS = 16;

/** Token k is spelled (folded) `word`: compared in place, with no slice made. */
function foldedIs(tokens: Tokens, k: number, word: string): boolean {
  return k < tokens.count && tokens.length(k) === word.length && tokens.folded.text.startsWith(word, tokens.start[k]);
}

/** Token k is a word of letters only: OCR junk or digits in it mean the text cannot be trusted to spell a name. */
function plainWord(tokens: Tokens, k: number): boolean {
  if (k >= tokens.count || tokens.isPunctuation(k) || tokens.isDigits(k)) return false;
  const { text } = tokens.folded;
  for (let x = tokens.start[k], end = tokens.endOf(k); x < end; x++) {
    const c = text.charCodeAt(x);
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
}

/** The head noun written from token k on: its words spelled as folded (cheap, first), then as written. */
function headWrittenAt(tokens: Tokens, k: number, heads: readonly Head[]): Head | undefined {
  return heads.find(
    (head) => head.folded.every((word, p) => foldedIs(tokens, k + p, word)) && head.words.every((word, p) => writtenWord(tokens, k + p) === word),
  );
}

/**
 * A name the gazetteer does not list, read by its head noun (`Cục Thuế`,
 * `Phòng Tổ chức cơ sở đảng - đảng viên`, `Hội Nữ doanh nhân`): the head
 * written exactly and capitalised, then a capitalised word, then words up to
 * a clear end (punctuation, a level word, a function word or verb, the next
 * agency, `Việt Nam`). Only clean text is read this way: the name is taken as
 * written, and OCR damage (a head without its diacritics, junk in a word)
 * leaves it to the gazetteer, which reads damage but names only what it lists.
 * The caller has checked that token i is capitalised and spelled like a head.
 */
function headNounName(walker: TrieWalker, i: number): Match | undefined {
  const { readings } = walker;
  const { tokens } = readings;
  const head = headWrittenAt(tokens, i, walker.headsAt(i)!);
  if (!head) return undefined;
  // `thành phố Hội An`: after a level word the capitalised words are a place
  if (levelWordEndsAt(tokens, i - 1)) return undefined;
  const first = i + head.words.length;
  const department = DEPARTMENT_HEADS.has(head.words.join(' '));
  if (writtenAt(tokens, i, NO_BODY_BY_FIRST.get(writtenWord(tokens, i)))) return undefined;
  // a header line in capitals hides how the name is written (a one-letter word, `Y tế`, tells nothing of it)
  const inCapitals = tokens.upper(first) && (tokens.length(first) > 1 || tokens.upper(first + 1));
  // the name begins on its head's line (`T/M ĐOÀN CHỦ TỊCH ĐẠI HỘI` / `Hoàng Thị Minh Thư` signs a person's name)
  // (nor across the gap between a header's two columns: `BAN THƯỜNG VỤ        Độc lập - Tự do - Hạnh phúc`)
  if (!plainWord(tokens, first) || !tokens.capital(first) || inCapitals || tokens.newlineBefore(first) || !onlySpaceBefore(tokens, first) || columnGapBefore(tokens, first) || levelWordAt(tokens, first)) return undefined;
  let last = first;
  let lower = 0;
  /** The longest run of lower-case words so far. */
  let longestLower = 0;
  for (let k = first + 1; k < tokens.count && !endsWithFinal(tokens, last); k++) {
    if (k - i >= MAX_NAME_TOKENS) return undefined;
    // `Tạp chí Kiểm tra | Cập nhật`: a mark between words that makes no token (a page's separator, OCR junk) ends it
    if (tokens.blankLineBefore(k) || !onlySpaceBefore(tokens, k) || columnGapBefore(tokens, k)) break;
    let word = k;
    // `Kế hoạch và Đầu tư`, `Lao động - Thương binh`, `cơ sở đảng - đảng viên`; a comma inside a name
    // (`Văn hóa, Thể thao và Du lịch`, `cơ sở đảng, đảng viên`) is rare, and otherwise ends it
    const comma = fieldsJoinedAfter(walker, k, department, head.folded[0]) || (tokens.isChar(k, ',') && (partyMembersAfter(tokens, k) || preventAndCombatAt(tokens, k)));
    if (tokens.isChar(k, '-') || comma || (plainWord(tokens, k) && !tokens.capital(k) && writtenWord(tokens, k) === AND)) {
      word = k + 1;
      // `Phòng Kiểm tra nghiệp vụ và thi hành án`: a field in lower case after `và` where the name's own words are (not
      // a word that ends names: `Sở Tài chính và các sở`)
      const lowerField =
        !tokens.capital(word) && lower > 0 && plainWord(tokens, word) && !stopPhraseAt(tokens, word) && !writtenAt(tokens, word, PARTIES_AFTER_AND.get(writtenWord(tokens, word)));
      if (!plainWord(tokens, word) || (!tokens.isChar(k, '-') && !comma && !tokens.capital(word) && !lowerField)) break;
      lower = 0;
    }
    if (!plainWord(tokens, word) || levelWordAt(tokens, word)) break;
    if (tokens.capital(word)) {
      if (tokens.upper(word) && tokens.length(word) > 1) break; // an abbreviation
      if (startsName(walker, word)) break; // the next agency of a list
      lower = 0;
    } else {
      const written = writtenWord(tokens, word);
      const before = NOUNS_ENDING_IN_STOP_WORDS.get(written);
      const noun = writtenAt(tokens, word, NOUNS_LIKE_STOP_PHRASES.get(written)) || (before !== undefined && before.includes(writtenWord(tokens, word - 1)));
      if (stopPhraseAt(tokens, word, written) && !noun) break;
      if (++lower > MAX_LOWER_RUN_TO_CLEAR_END) return undefined; // no clear end: better no name than a wrong one
      longestLower = Math.max(longestLower, lower);
    }
    last = k = word;
  }
  // a long run of lower-case words names a body only where the name clearly ends after it
  // (or a comma before the next body: `Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Bộ Công an`)
  if (longestLower > MAX_LOWER_RUN && !clearEndAt(tokens, last + 1) && !(tokens.isChar(last + 1, ',') && tokens.capital(last + 2) && startsName(walker, last + 2))) return undefined;
  // `Hội Hữu nghị Việt Nam - Lào`: a pair of countries, the second after the dash
  if (writtenPhraseAt(tokens, last - 1, VIET_NAM) && tokens.isChar(last + 1, '-')) last = countryAfterDash(tokens, last + 1) ?? last;
  // `Phòng Nghiệp vụ 2,`: a department's number, where the name clearly ends after it
  const number = last + 1;
  if (department && tokens.isDigits(number) && tokens.length(number) <= 2 && !tokens.newlineBefore(number) && (tokens.isPunctuation(number + 1) || clearEndAt(tokens, number + 1))) last = number;
  const { start, end } = originalSpan(tokens.folded, tokens.start[i], tokens.endOf(last));
  const name = canonicalName(tokens.folded.source.slice(start, end));
  return { agency: { name, level: head.level, forms: [], needsCapital: true, levelFromContext: true }, last, cost: 0, firstId: -1, exact: true };
}

/**
 * From the comma at token k, the fields of an office named `A, B và C`
 * (`Văn hóa, Thể thao và Du lịch`, `Kinh tế, Hạ tầng và Đô thị`): capitalised
 * words up to a `và` and a capitalised word, on one line. Without that `và` the
 * comma lists names (`Công ty Điện lực, Viettel`), as it does before a word
 * beginning a listed name.
 */
/** (`head`: the first word of the name's head, folded) */
function fieldsJoinedAfter(walker: TrieWalker, k: number, department: boolean, head: string): boolean {
  const { tokens } = walker.readings;
  // `Phòng Nội vụ, Văn phòng và Thanh tra`: a word beginning a listed name begins the next body, and so does the
  // name's own head (`Phòng Báo điện tử, Phòng Chuyên đề`)
  if (!tokens.isChar(k, ',') || !tokens.capital(k + 1) || walker.opensListedName(k + 1) || foldedIs(tokens, k + 1, head)) return false;
  let x = k + 2;
  for (let reach = k + FIELD_WORDS + 1; x <= reach && !tokens.newlineBefore(x); x++) {
    // a field's dashed pair (`Phòng Tuyên truyền, Báo chí - Xuất bản`)
    if (tokens.isChar(x, '-') && plainWord(tokens, x + 1) && tokens.capital(x + 1) && !tokens.newlineBefore(x + 1)) {
      x++;
      reach += 2;
      continue;
    }
    if (!plainWord(tokens, x)) break;
    if (writtenWord(tokens, x) === AND) return plainWord(tokens, x + 1) && tokens.capital(x + 1) && !tokens.newlineBefore(x + 1);
    if (department && (tokens.capital(x) || clearEndAt(tokens, x))) return !tokens.capital(x);
  }
  // a department's last field may come without `và` (`Vụ Báo chí, Xuất bản chủ trì`), where the name clearly ends
  return department && clearEndAt(tokens, x);
}

/**
 * A name ends before token k: at the end of the text or of its line, at `)`, `.` or `;`, at a word that ends names,
 * or at a level word (`Trung tâm Trợ giúp pháp lý nhà nước tỉnh`).
 */
function clearEndAt(tokens: Tokens, k: number): boolean {
  if (k >= tokens.count || tokens.newlineBefore(k) || tokens.isChar(k, ')') || tokens.isChar(k, '.') || tokens.isChar(k, ';')) return true;
  return plainWord(tokens, k) && (writtenAt(tokens, k, STOP_PHRASES.get(writtenWord(tokens, k))) || levelWordAt(tokens, k));
}

/** `cơ sở đảng, đảng viên` from the comma at token k: the name of the organisation departments' field. */
function partyMembersAfter(tokens: Tokens, k: number): boolean {
  // spelled first (cheap), then as written
  return (
    foldedIs(tokens, k - 1, 'dang') && foldedIs(tokens, k + 1, 'dang') &&
    writtenWord(tokens, k - 3) === 'cơ' && writtenWord(tokens, k - 2) === 'sở' && writtenWord(tokens, k - 1) === 'đảng' &&
    writtenWord(tokens, k + 1) === 'đảng' && writtenWord(tokens, k + 2) === 'viên'
  );
}

/** `phòng, chống` (prevent and combat) from the comma at token k: one field of a name (`Phòng An ninh mạng và phòng, chống tội phạm …`). */
function preventAndCombatAt(tokens: Tokens, k: number): boolean {
  return foldedIs(tokens, k - 1, 'phong') && foldedIs(tokens, k + 1, 'chong') && writtenWord(tokens, k - 1) === 'phòng' && writtenWord(tokens, k + 1) === 'chống';
}

/**
 * A phrase that ends names begins at token k (`written`, its word as written): as written, or, OCR's marks being
 * unreliable, a phrase of several words however they are written.
 */
function stopPhraseAt(tokens: Tokens, k: number, written = writtenWord(tokens, k)): boolean {
  return writtenAt(tokens, k, STOP_PHRASES.get(written)) || foldedStopPhraseAt(tokens, k);
}

/** A stop phrase of more than one word is spelled from token k on, whatever its marks (`chủ tri`, `phoi hop`). */
function foldedStopPhraseAt(tokens: Tokens, k: number): boolean {
  const phrases = FOLDED_STOP_PHRASES.get(tokens.wordText(tokens.word[k]));
  return phrases !== undefined && phrases.some((words) => words.every((word, p) => p === 0 || foldedIs(tokens, k + p, word)));
}

/** A capital letter's code, Vietnamese ones included (`Đ`, `Ủ`). */
function isCapitalCode(c: number): boolean {
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

/** Only white space comes between token k and the one before it. */
function onlySpaceBefore(tokens: Tokens, k: number): boolean {
  const { text } = tokens.folded;
  for (let x = tokens.endOf(k - 1); x < tokens.start[k]; x++) {
    const c = text.charCodeAt(x);
    if (c !== 0x20 && c !== 0x0a) return false;
  }
  return true;
}

/** One of `phrases`, found by its first word (already compared), is written from token k on. */
function writtenAt(tokens: Tokens, k: number, phrases: readonly (readonly string[])[] | undefined): boolean {
  return phrases !== undefined && phrases.some((words) => words.every((word, p) => p === 0 || writtenWord(tokens, k + p) === word));
}

/** A level word written at token k (`Quân sự`, `Hải quan` are none), `xã hội` excepted. */
function levelWordAt(tokens: Tokens, k: number): boolean {
  const first = writtenWord(tokens, k);
  return writtenAt(tokens, k, LEVELS_BY_FIRST.get(first)) && !(first === 'xã' && writtenWord(tokens, k + 1) === 'hội');
}

/** A level word written ends at token `last` (`thành phố`, `tỉnh`). */
function levelWordEndsAt(tokens: Tokens, last: number): boolean {
  for (let from = Math.max(0, last - 1); from <= last; from++) {
    const phrases = LEVELS_BY_FIRST.get(writtenWord(tokens, from));
    if (phrases?.some((words) => from + words.length - 1 === last && writtenPhraseAt(tokens, from, words))) return true;
  }
  return false;
}

/** The last token of `Việt Nam`, `Hồ Chí Minh` or `Trung ương` written from token k, or -1. */
function finalPhraseFrom(tokens: Tokens, k: number): number {
  const phrase = FINAL_PHRASES.find((words) => writtenPhraseAt(tokens, k, words));
  return phrase ? k + phrase.length - 1 : -1;
}

/** The words up to token `last` end with `Việt Nam`, `Hồ Chí Minh` or `Trung ương`. */
function endsWithFinal(tokens: Tokens, last: number): boolean {
  return FINAL_PHRASES.some((words) => writtenPhraseAt(tokens, last - words.length + 1, words));
}

const VIET_NAM = ['việt', 'nam'];
/** Most words a country's name takes (`Trung Quốc`, `Hàn Quốc`). */
const COUNTRY_WORDS = 2;

/** The last token of a country's name after the dash at token k, on its line (`- Lào`, `- Trung Quốc`), if one is written there. */
function countryAfterDash(tokens: Tokens, k: number): number | undefined {
  let last: number | undefined;
  for (let t = k + 1; t <= k + COUNTRY_WORDS && t < tokens.count; t++) {
    if (tokens.newlineBefore(t) || !onlySpaceBefore(tokens, t) || !plainWord(tokens, t) || !tokens.capital(t) || levelWordAt(tokens, t)) break;
    last = t;
  }
  return last;
}

/** `words` are written from token k on. */
function writtenPhraseAt(tokens: Tokens, k: number, words: readonly string[]): boolean {
  return k >= 0 && k + words.length <= tokens.count && words.every((word, p) => writtenWord(tokens, k + p) === word);
}

/** A listed agency, or another head noun with its name, begins at token k. */
function startsName(walker: TrieWalker, k: number): boolean {
  const m = walker.longestMatch(k);
  if (m && plausible(m, k)) return true;
  // a head noun begins a name only with one (`Báo Đồng Nai`; `Báo chí` is a field)
  return walker.readings.tokens.capital(k) && walker.headsAt(k) !== undefined && headNounName(walker, k) !== undefined;
}

export function recognizeAgencies(folded: FoldedText): AgencyEntity[] {
  const tokens = tokenize(folded);
  const readings = new TokenReadings(tokens, READER, ABBREVIATION_IDS);
  const out: AgencyEntity[] = [];
  const walker = new TrieWalker(readings);
  /** The token after the last agency found: a look back for shared units stops there. */
  let afterLast = 0;
  for (let i = walker.nextStart(0); i < tokens.count; i = walker.nextStart(i + 1)) {
    const listed = walker.longestMatch(i);
    // the capital checked first: a name read by its head noun is rare, tokens that may begin a name are not
    const m =
      listed && plausible(listed, i) && !guessedOnly(walker, i, listed) && writtenAsName(walker, i, listed) && !crossesHeadingLine(readings, i, listed.last)
        ? longerByItsFields(walker, i, listed)
        : tokens.capital(i) && walker.headsAt(i) ? headNounName(walker, i) : undefined;
    if (!m) continue;
    // `Thanh tra Sở xây dựng kế hoạch`: a name's field that is a verb, written so in clean text (with its marks, in lower
    // case, where the name has a capital), is the verb after the body (here `Sở`, which names no body alone)
    if (m === listed && m.last > i && verbForFieldAt(tokens, i + 1, m.agency.name)) continue;
    // `Cơ quan Uỷ ban Kiểm tra`: a name in lower case whose last word begins a longer one is that one's first word
    if (m === listed && !tokens.capital(i) && m.last > i && tokens.capital(m.last) && longerFrom(walker, m.last)) continue;
    // `Bí thư Thường trực Tỉnh ủy`: a person's title, not the body.
    if (m.agency.name.startsWith('Thường trực') && titleOfPerson(readings, i)) continue;
    // `Chi bộ Trạm y tế`, `Chi bộ Trường Mầm non Cẩm Quan`: the body names the Party cell, which is not counted (as `Đảng bộ …` is not);
    // `Luật Công đoàn`, `Luật Mặt trận Tổ quốc Việt Nam`: it names a law
    if ((readings.readsAs(i - 1, BO, 1) && readings.readsAs(i - 2, CHI, 1) && !isPartyCommittee(m.agency.name)) || readings.spelledAs(i - 1, LAW)) continue;
    // a historic site, a title in quotes
    if (readings.phraseEndsAt(i - 1, HISTORIC_SITE) || titleInQuotesAt(readings, i, m.last)) continue;
    // `ĐẢNG BỘ TỈNH ĐIỆN BIÊN`: after `Đảng bộ` a level word and a place name the organisation (not counted), not `Tỉnh đoàn`.
    if (readings.readsAs(i - 1, BO, 1) && readings.readsAs(i - 2, DANG, 1) && levelWordAfter(readings, i)) continue;
    // `cơ quan uỷ ban kiểm tra`, `CƠ QUAN ỦY BAN`, `khách quan uy tín`: the `quan` of `cơ quan` (an office), `khách
    // quan` (objective) and the other words it ends is no `Quận ủy`
    // (and after `Ban`, `Quãn Iy` is OCR's `Quản lý` of `Ban Quản lý`); a `Quận` written with its marks is one, whatever
    // folds like those words before it (`bị Quận ủy`, `hai Quận ủy`)
    if (
      m.agency.name === 'Quận ủy' &&
      writtenWord(tokens, i) !== 'quận' &&
      (QUAN_COMPOUNDS.some((id) => readings.spelledAs(i - 1, id)) || readings.spelledAs(i - 1, BAN))
    ) continue;
    // `đại biểu Hội đồng nhân dân`: a member of a council at any level, a person's role, not a body
    if (REPRESENTED.has(m.agency.name) && readings.readsAs(i - 1, BIEU, 1) && readings.readsAs(i - 2, DAI, 1)) continue;
    // `Thủ tướng Chính phủ`: the Prime Minister, a person, not the Government.
    if (m.agency.name === 'Chính phủ' && readings.readsAs(i - 1, MINISTER, 1) && readings.readsAs(i - 2, PRIME, 1)) continue;
    // `Tỉnh ủy viên`, `Ủy viên`: a person's role, not the body.
    if (m.agency.name.endsWith(' ủy') && readings.readsAs(m.last + 1, VIEN)) {
      i = m.last;
      continue;
    }
    // `vắng mặt thì ủy quyền cho`: the verb after `thì` (then), no Thị ủy
    if (m.agency.name === 'Thị ủy' && !tokens.capital(i) && AUTHORISE.some((id) => readings.spelledAs(m.last + 1, id))) continue;
    // `các đảng ủy trực thuộc`: the committees below, not a named one (corpus README); `Đảng ủy cấp trên trực tiếp`,
    // `ủy ban kiểm tra cấp trên`: the level above, whichever body that is (a body of every level: `Chính phủ cấp trên 500
    // tỷ đồng` grants)
    if ((m.agency === DANG_UY && readings.phraseAt(m.last + 1, SUBORDINATE) >= 0) || (m.agency.levelFromContext && relativeLevelAfter(readings, m.last))) continue;
    let last = m.last;
    let level = m.agency.level;
    let name = m.agency.name;
    const levelWord = levelWordAfter(readings, last + 1);
    if (m.agency.needsLevelWord && !levelWord) continue;
    // `Đảng ủy các xã, phường`, `Ban Thường vụ Đảng ủy các xã`: the committees of a kind, as `đảng ủy trực thuộc` (corpus
    // README); not those a list names (`Đảng ủy các xã: Trịnh Tường, Bản Qua`, `Đảng ủy các xã, thị trấn: …`)
    const listedAfter = levelWord?.plural ? levelWordsBeforeColon(readings, levelWord.last) : -1;
    if (levelWord?.plural && name.endsWith(PARTY_COMMITTEE) && listedAfter < 0) continue;
    if (levelWord) {
      last = Math.max(levelWord.last, listedAfter);
      if (m.agency.levelFromContext) level = levelWord.level;
    }
    // `Đảng ủy Sở Khoa học và Công nghệ`: the Party committee of a department, a school, a hospital, and its organs,
    // named with the body (as the corpus README keeps `Ban cán sự đảng Ủy ban nhân dân`)
    const body = !levelWord && name.endsWith(PARTY_COMMITTEE) ? bodyNamedAt(walker, last + 1) : undefined;
    if (body) {
      name = `${name} ${body.name}`;
      level = body.level;
      last = levelWordAfter(readings, body.last + 1)?.last ?? body.last;
    } else if (!levelWord && name.endsWith(PARTY_COMMITTEE)) {
      // `Đảng ủy Bộ`, `Đảng ủy Sở`: the Party committee of a ministry or department named before, by `Bộ` or `Sở`
      // alone, as its office is (`Văn phòng Bộ`)
      const own = ownBodyWordAt(tokens, last + 1);
      if (own) {
        name = `${name} ${own}`;
        last++;
      }
    }
    if (m.agency.numbered && (ROMAN.test(tokens.text(last + 1)) || (tokens.isDigits(last + 1) && tokens.length(last + 1) <= 2))) {
      last++;
      name = `${name} ${tokens.text(last).toUpperCase()}`;
    }
    last = (last === m.last ? namedBodyEnd(walker, i, last) : undefined) ?? placeNameAfter(walker, last + 1);
    const { start, end } = originalSpan(folded, tokens.start[i], tokens.endOf(last));
    const abbreviation = abbreviationIn(readings, i, m.last, folded);
    const id = `agency-${start}-${end}`;
    const text = folded.source.slice(start, end);
    // a name read by its head noun is a guess about where it ends
    const confidence = m === listed ? Math.max(0.5, 1 - m.cost / (2 * (m.last - i + 1) + 2)) : 0.6;
    if (m.agency.unit) {
      const committee = name.slice(m.agency.unit.length + 1);
      for (const shared of unitsSharingCommittee(readings, i, afterLast)) {
        const sharedName = `${shared.name} ${committee}`;
        // the gazetteer leaves out pairs with another name (`Ban Chấp hành` of `Đảng ủy Khối` is `Ban Chấp hành Đảng bộ Khối`)
        if (!AGENCY_NAMES.has(sharedName)) continue;
        const span = originalSpan(folded, tokens.start[shared.first], tokens.endOf(shared.last));
        out.push({ id: `agency-${span.start}-${span.end}`, kind: 'agency', start: span.start, end: span.end, text: folded.source.slice(span.start, span.end), confidence: 0.7, name: sharedName, level });
      }
    }
    // two literals, not a conditional spread (a slow path for every entity); the key order is part of the output
    out.push(
      abbreviation
        ? { id, kind: 'agency', start, end, text, confidence, name, abbreviation, level }
        : { id, kind: 'agency', start, end, text, confidence, name, level },
    );
    i = last;
    afterLast = last + 1;
  }
  return withCityCommitteeAbbreviations(out);
}

const PROVINCE_COMMITTEE = ' Tỉnh ủy';
const CITY_COMMITTEE = ' Thành ủy';
/** A city district's committee: its city's abbreviations (`VPTU`) are the Thành ủy's, as only cities have districts called quận. */
const CITY_DISTRICT_COMMITTEE = ' Quận ủy';

/** The issuer's lines at the head of a document, where its first agency names who issued it. */
const ISSUER_REACH = 300;

/**
 * A city's documents abbreviate its Thành ủy as a province's Tỉnh ủy is
 * (`VPTU`, `BTCTU`, as in their symbols' `/TU`): where a Thành ủy or one of
 * its bodies issued the document (the first agency, in its head), or one of its
 * city districts' Quận ủy, and no Tỉnh ủy's body is written in full, an
 * abbreviation read as a Tỉnh ủy's unit is the Thành ủy's. A district's
 * (huyện's) document that names some Thành ủy keeps its province's `VPTU`.
 */
function withCityCommitteeAbbreviations(out: AgencyEntity[]): AgencyEntity[] {
  const written = (a: AgencyEntity, committee: string) => a.abbreviation === undefined && (a.name.endsWith(committee) || a.name === committee.trim());
  const issuer = out[0];
  if (issuer === undefined || issuer.start > ISSUER_REACH || !(written(issuer, CITY_COMMITTEE) || written(issuer, CITY_DISTRICT_COMMITTEE))) return out;
  if (out.some((a) => written(a, PROVINCE_COMMITTEE))) return out;
  for (const a of out) {
    if (a.abbreviation !== undefined && a.name.endsWith(PROVINCE_COMMITTEE)) a.name = a.name.slice(0, -PROVINCE_COMMITTEE.length) + CITY_COMMITTEE;
  }
  return out;
}

/**
 * A listed name followed by more fields of an office (`Phòng Văn hóa` in
 * `Phòng Văn hóa, Thông tin và Thể thao`) is that office, read by its head noun.
 */
function longerByItsFields(walker: TrieWalker, i: number, listed: Match): Match {
  const { tokens } = walker.readings;
  // `Bảo tàng Hồ Chí Minh`: a body listed to be named with its level word (`Bảo tàng tỉnh`), named otherwise, is the
  // body its head noun names
  if (listed.agency.needsLevelWord && tokens.capital(i) && walker.headsAt(i) && !levelWordAfter(walker.readings, listed.last + 1)) {
    const read = headNounName(walker, i);
    if (read && read.last > listed.last) return read;
  }
  // `Công đoàn Giáo dục Việt Nam`: a listed head whose name runs on over more words to `Việt Nam` is that
  // longer body (`Hội Chữ thập đỏ Việt Nam` is the listed body, its `Việt Nam` dropped as for the others)
  if (tokens.capital(i) && walker.headsAt(i) && tokens.capital(listed.last + 1) && finalPhraseFrom(tokens, listed.last + 1) < 0) {
    const read = headNounName(walker, i);
    if (read && read.last > listed.last + 1 && endsWithFinal(tokens, read.last)) return read;
  }
  // `Cục Thủy sản`: a listed name read through a word written with its marks as another (`Cục Thuế`) is the body the
  // head noun names, where that name runs on
  if (tokens.capital(i) && walker.headsAt(i) && !listed.exact && writesAnotherWord(walker, i, listed)) {
    const read = headNounName(walker, i);
    if (read && read.last > listed.last) return read;
  }
  const after = listed.last + 1;
  // `Phòng Dân tộc - Tôn giáo`: a listed office whose name runs on over a dash into another field is the office the head
  // noun names
  const dashed = tokens.isChar(after, '-') && tokens.capital(after + 1) && !tokens.newlineBefore(after + 1);
  if (dashed && tokens.capital(i) && walker.headsAt(i) && DEPARTMENT_HEADS.has(writtenWord(tokens, i))) {
    const read = headNounName(walker, i);
    if (read && read.last > after) return read;
  }
  if (!tokens.isChar(after, ',') || !tokens.capital(i) || !walker.headsAt(i) || !fieldsJoinedAfter(walker, after, DEPARTMENT_HEADS.has(writtenWord(tokens, i)), tokens.text(i))) return listed;
  const read = headNounName(walker, i);
  return read && read.last > listed.last + 1 ? read : listed;
}

/**
 * `Ban Tổ chức, Ban Tuyên giáo Tỉnh ủy`: units listed before one of the same
 * committee, written without it, belong to it too. They are read back from
 * token `at` (where the unit with its committee begins) over `,` and `và`, no
 * further back than token `floor`, and returned in text order.
 */
function unitsSharingCommittee(readings: TokenReadings, at: number, floor: number): { first: number; last: number; name: string }[] {
  const { tokens } = readings;
  const found: { first: number; last: number; name: string }[] = [];
  for (let separator = at - 1; separator > floor && listSeparatorAt(readings, separator); ) {
    const last = separator - 1;
    const unit = UNIT_FORMS.find(({ ids }) => last - ids.length + 1 >= floor && readings.phraseAt(last - ids.length + 1, ids) === last);
    if (!unit || !tokens.capital(last - unit.ids.length + 1)) break;
    const first = last - unit.ids.length + 1;
    found.push({ first, last, name: unit.name });
    separator = first - 1;
  }
  return found.reverse();
}

function abbreviationIn(readings: TokenReadings, from: number, to: number, folded: FoldedText): string | undefined {
  const parts: string[] = [];
  for (let k = from; k <= to; k++) {
    if (!readings.isAbbreviationWord(readings.tokens.word[k]) || !readings.isAbbreviation(k)) continue;
    const { start, end } = originalSpan(folded, readings.tokens.start[k], readings.tokens.endOf(k));
    parts.push(folded.source.slice(start, end));
  }
  return parts.length ? parts.join(' ') : undefined;
}
