/**
 * Agency recogniser: one left-to-right pass over the tokens, walking a trie of
 * canonical syllables (built once from the gazetteer) and keeping the longest
 * match. Tokens are read through the OCR-tolerant syllable reader, so
 * `Ban Thudng vu Pang ty` walks the same path as `Ban Thường vụ Đảng ủy`.
 * After a match, level words (`tỉnh`, `xã`) and a capitalised place name are
 * taken into the span but not into the name (corpus README conventions).
 */
import type { FoldedText } from './normalize';
import { originalSpan } from './normalize';
import type { AgencyDefinition } from './gazetteer';
import { ABBREVIATIONS, AGENCIES, LEVEL_WORDS, SyllableReader, TokenReadings, formSyllables, syllableId, tokenize } from './gazetteer';
import type { AgencyEntity, AgencyLevel } from './types';

interface TrieNode {
  /** Dense id, for memo keys. */
  id: number;
  children: Map<number, TrieNode>;
  agency?: AgencyDefinition;
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
  for (const form of agency.forms) insert(AGENCY_TRIE, formSyllables(form).map(syllableId), (n) => (n.agency ??= agency));
}

const LEVEL_TRIE = newNode();
const LEVEL_BY_NODE = new Map<TrieNode, AgencyLevel>();
for (const { words, level } of LEVEL_WORDS) insert(LEVEL_TRIE, words.split(' ').map(syllableId), (n) => LEVEL_BY_NODE.set(n, level));

const ABBREVIATION_IDS = new Map(Object.entries(ABBREVIATIONS).map(([abbr, words]) => [abbr, words.split(' ').map(syllableId)]));
const VIEN = syllableId('viên');
const BI = syllableId('bí');
const THU = syllableId('thư');
const DANG = syllableId('đảng');

function vocabulary(node: TrieNode, out: Set<number>): Set<number> {
  for (const [id, child] of node.children) {
    out.add(id);
    vocabulary(child, out);
  }
  return out;
}

const READER = new SyllableReader([...vocabulary(AGENCY_TRIE, new Set()), ...vocabulary(LEVEL_TRIE, new Set()), VIEN, BI, THU]);
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
/** Memo keys are nodeId * WORD_SPAN + wordId, kept below 2^30 so they fit the table's Int32Array. */
const WORD_SPAN = 1 << 17;
const MAX_MEMO_NODE = 1 << 13;

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
  /** Per word: 1 once it is known that no reading of it leads from the root (never set for abbreviation words). */
  private readonly cannotStart: Uint8Array;
  /** The best match of the current `longestMatch` search, kept in fields: the search runs for most tokens that can begin a name. */
  private bestAgency: AgencyDefinition | undefined;
  private bestLast = 0;
  private bestCost = 0;
  private bestFirstId = 0;
  private bestExact = false;

  constructor(readonly readings: TokenReadings) {
    this.fromRoot = new Array<Step[] | undefined>(readings.tokens.wordCount);
    this.fromRootExpanded = new Array<Step[] | undefined>(readings.tokens.wordCount);
    this.cannotStart = new Uint8Array(readings.tokens.wordCount);
  }

  /**
   * The first token from i on that may begin a name, or `count`. Most tokens
   * cannot, and after a word's first occurrence that is one byte to look at.
   */
  nextStart(i: number): number {
    const { word, count } = this.readings.tokens;
    for (; i < count; i++) {
      const w = word[i];
      if (this.cannotStart[w] === 1) continue;
      if (this.steps(AGENCY_TRIE, i).length > 0) return i;
      if (!this.readings.isAbbreviationWord(w)) this.cannotStart[w] = 1;
    }
    return count;
  }

  /** Longest gazetteer path starting at token `i` (depth-first: paths are short and rarely branch). */
  longestMatch(i: number): Match | undefined {
    this.bestAgency = undefined;
    this.extend(this.steps(AGENCY_TRIE, i), i, 0, -1, true);
    const agency = this.bestAgency;
    return agency && { agency, last: this.bestLast, cost: this.bestCost, firstId: this.bestFirstId, exact: this.bestExact };
  }

  /** Take each of `steps` (over token k), then the steps after it; a path mostly stops at the next token, so that is checked before recursing. */
  private extend(steps: Step[], k: number, cost: number, firstId: number, exact: boolean): void {
    for (const step of steps) {
      const next = step.node;
      const total = cost + step.cost;
      const first = firstId < 0 ? step.firstId : firstId;
      const clean = exact && step.exact;
      if (next.agency && (!this.bestAgency || k > this.bestLast || (k === this.bestLast && total < this.bestCost))) {
        this.bestAgency = next.agency;
        this.bestLast = k;
        this.bestCost = total;
        this.bestFirstId = first;
        this.bestExact = clean;
      }
      if (next.children.size === 0) continue;
      const further = this.steps(next, k + 1);
      if (further.length > 0) this.extend(further, k + 1, total, first, clean);
    }
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

/** A common word names an agency only when written as a name (capitalised) or abbreviated. */
function writtenAsName(readings: TokenReadings, i: number, m: Match): boolean {
  const { tokens } = readings;
  // `huyện ủy` names the body even in lower case, but only when written cleanly: damaged
  // lower-case pairs are mostly other words (`quan 1y` is quản lý).
  if (!m.agency.needsCapital && m.exact) return true;
  if (tokens.capital(i) || tokens.upper(i)) return true;
  for (let k = i; k <= m.last; k++) {
    if (readings.isAbbreviation(k)) return true;
    // OCR often lower-cases a damaged `Đ` (`bang uy Khoi`): a capital later in the name still counts.
    if (m.firstId === DANG && tokens.capital(k)) return true;
  }
  return false;
}

/** A level word right after the name: returns its last token and level. */
function levelWordAfter(readings: TokenReadings, k: number): { last: number; level: AgencyLevel } | undefined {
  const m = longestPath(readings, k, LEVEL_TRIE);
  return m ? { last: m.last, level: LEVEL_BY_NODE.get(m.node)! } : undefined;
}

function longestPath(readings: TokenReadings, i: number, root: TrieNode): { last: number; node: TrieNode } | undefined {
  let node: TrieNode | undefined = root;
  let best: { last: number; node: TrieNode } | undefined;
  for (let k = i; k < readings.tokens.count && node; k++) {
    let next: TrieNode | undefined;
    for (const r of readings.at(k)) {
      if (r.single >= 0 && r.cost <= 1) next ??= node.children.get(r.single);
    }
    node = next;
    if (node && LEVEL_BY_NODE.has(node)) best = { last: k, node };
  }
  return best;
}

/** Capitalised words after a name are a place name (`Lai Châu`, `Quảng Ngãi`); a numbered unit takes a Roman numeral. */
function placeNameAfter(walker: TrieWalker, k: number): number {
  const { readings } = walker;
  const { tokens } = readings;
  let last = k - 1;
  for (let w = 0; w < MAX_PLACE_WORDS && last + 1 < tokens.count; w++) {
    const t = last + 1;
    // a place name starts on the name's line (a capital on the next line begins a sentence)
    if ((w === 0 && tokens.newlineBefore(t)) || tokens.blankLineBefore(t) || !tokens.capital(t) || tokens.isDigits(t) || readings.isAbbreviation(t)) break;
    const next = walker.longestMatch(t);
    if (next && plausible(next, t)) break; // the next agency of a list
    last++;
  }
  return last;
}

export function recognizeAgencies(folded: FoldedText): AgencyEntity[] {
  const tokens = tokenize(folded);
  const readings = new TokenReadings(tokens, READER, ABBREVIATION_IDS);
  const out: AgencyEntity[] = [];
  const walker = new TrieWalker(readings);
  for (let i = walker.nextStart(0); i < tokens.count; i = walker.nextStart(i + 1)) {
    const m = walker.longestMatch(i);
    if (!m || !plausible(m, i) || !writtenAsName(readings, i, m)) continue;
    // `Bí thư Thường trực Tỉnh ủy`: a person's title, not the body.
    if (m.agency.name.startsWith('Thường trực') && readings.readsAs(i - 1, THU, 1) && readings.readsAs(i - 2, BI, 1)) continue;
    // `Tỉnh ủy viên`, `Ủy viên`: a person's role, not the body.
    if (m.agency.name.endsWith(' ủy') && readings.readsAs(m.last + 1, VIEN)) {
      i = m.last;
      continue;
    }
    let last = m.last;
    let level = m.agency.level;
    let name = m.agency.name;
    const levelWord = levelWordAfter(readings, last + 1);
    if (levelWord) {
      last = levelWord.last;
      if (m.agency.levelFromContext) level = levelWord.level;
    }
    if (m.agency.numbered && ROMAN.test(tokens.text(last + 1))) {
      last++;
      name = `${name} ${tokens.text(last).toUpperCase()}`;
    }
    last = placeNameAfter(walker, last + 1);
    const { start, end } = originalSpan(folded, tokens.start[i], tokens.end[last]);
    const abbreviation = abbreviationIn(readings, i, m.last, folded);
    const id = `agency-${start}-${end}`;
    const text = folded.source.slice(start, end);
    const confidence = Math.max(0.5, 1 - m.cost / (2 * (m.last - i + 1) + 2));
    // two literals, not a conditional spread (a slow path for every entity); the key order is part of the output
    out.push(
      abbreviation
        ? { id, kind: 'agency', start, end, text, confidence, name, abbreviation, level }
        : { id, kind: 'agency', start, end, text, confidence, name, level },
    );
    i = last;
  }
  return out;
}

function abbreviationIn(readings: TokenReadings, from: number, to: number, folded: FoldedText): string | undefined {
  const parts: string[] = [];
  for (let k = from; k <= to; k++) {
    if (!readings.isAbbreviationWord(readings.tokens.word[k]) || !readings.isAbbreviation(k)) continue;
    const { start, end } = originalSpan(folded, readings.tokens.start[k], readings.tokens.end[k]);
    parts.push(folded.source.slice(start, end));
  }
  return parts.length ? parts.join(' ') : undefined;
}
