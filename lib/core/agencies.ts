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
/** Memo keys are nodeId * WORD_SPAN + wordId, kept below 2^30 so V8 stores them as small integers. */
const WORD_SPAN = 1 << 17;
const MAX_MEMO_NODE = 1 << 13;

/**
 * Steps from a trie node over a token, remembered per (node, distinct word):
 * a document repeats the same few thousand words, so after the first pages a
 * step is one map lookup. Abbreviations are never remembered (their reading
 * depends on case and context).
 */
class TrieWalker {
  private readonly memo = new Map<number, Step[]>();
  /** Steps from the root, by word: asked for nearly every token, so an array rather than the map. */
  private readonly fromRoot: (Step[] | undefined)[] = [];

  constructor(readonly readings: TokenReadings) {}

  steps(node: TrieNode, k: number): Step[] {
    const { tokens } = this.readings;
    if (k >= tokens.count) return NO_STEPS;
    const w = tokens.word[k];
    if (this.readings.isAbbreviationWord(w)) return this.compute(node, k);
    if (node === AGENCY_TRIE) {
      let steps = this.fromRoot[w];
      if (steps === undefined) this.fromRoot[w] = steps = this.compute(node, k);
      return steps;
    }
    if (w >= WORD_SPAN || node.id >= MAX_MEMO_NODE) return this.compute(node, k);
    const key = node.id * WORD_SPAN + w;
    let steps = this.memo.get(key);
    if (steps === undefined) this.memo.set(key, (steps = this.compute(node, k)));
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

/** Longest gazetteer path starting at token `i` (depth-first: paths are short and rarely branch). */
function longestMatch(walker: TrieWalker, i: number, root: TrieNode): Match | undefined {
  const search: Search = { walker, best: undefined };
  extend(search, root, i, 0, -1, true);
  return search.best;
}

interface Search {
  walker: TrieWalker;
  best: Match | undefined;
}

function extend(search: Search, node: TrieNode, k: number, cost: number, firstId: number, exact: boolean): void {
  for (const step of search.walker.steps(node, k)) {
    const next = step.node;
    const total = cost + step.cost;
    const first = firstId < 0 ? step.firstId : firstId;
    const clean = exact && step.exact;
    const best = search.best;
    if (next.agency && (!best || k > best.last || (k === best.last && total < best.cost))) {
      search.best = { agency: next.agency, last: k, cost: total, firstId: first, exact: clean };
    }
    if (next.children.size > 0) extend(search, next, k + 1, total, first, clean);
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
      if (r.ids.length === 1 && r.cost <= 1) next ??= node.children.get(r.ids[0]);
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
    const next = longestMatch(walker, t, AGENCY_TRIE);
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
  for (let i = 0; i < tokens.count; i++) {
    // most tokens cannot begin a name: known per word after its first occurrence
    if (walker.steps(AGENCY_TRIE, i).length === 0) continue;
    const m = longestMatch(walker, i, AGENCY_TRIE);
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
    out.push({
      id: `agency-${start}-${end}`,
      kind: 'agency',
      start,
      end,
      text: folded.source.slice(start, end),
      confidence: Math.max(0.5, 1 - m.cost / (2 * (m.last - i + 1) + 2)),
      name,
      ...(abbreviation ? { abbreviation } : {}),
      level,
    });
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
