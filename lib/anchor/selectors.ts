/**
 * W3C Web Annotation selectors over a plain string: `describe` a span as a
 * TextQuoteSelector + TextPositionSelector pair, `anchor` such a pair back to
 * a span in a (possibly changed) text. Pure string code: web pages pass the
 * text of their TextIndex, PDFs the text of their character map.
 *
 * Anchoring tries the cheapest trustworthy method first (as the Hypothesis
 * client does): the old position when the text there still equals the quote;
 * then the exact quote, the occurrence whose context and place fit best; then
 * a fuzzy search, scored on quote, prefix, suffix and distance.
 */
import { editDistance, matchNear } from './approximate-match';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface SelectorPair {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface AnchoredSpan {
  start: number;
  end: number;
  method: AnchorMethod;
}

/** Context kept on each side of a quote (the Hypothesis client keeps 32 too). */
export const CONTEXT_LENGTH = 32;

export function describe(text: string, start: number, end: number): SelectorPair {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(from, to),
      prefix: text.slice(Math.max(0, from - CONTEXT_LENGTH), from),
      suffix: text.slice(to, to + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start: from, end: to },
  };
}

/** Where the selectors point in `text` now, or null: an orphan the caller keeps. */
export function anchor(
  text: string,
  selectors: { quote: TextQuoteSelector; position?: TextPositionSelector },
): AnchoredSpan | null {
  const { quote, position } = selectors;
  if (quote.exact.length === 0) return null;
  if (position && text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end, method: 'position' };
  }
  const hint = position?.start ?? null;
  const exact = bestExactMatch(text, quote, hint);
  if (exact >= 0) return { start: exact, end: exact + quote.exact.length, method: 'quote' };
  const fuzzy = bestFuzzyMatch(text, quote, hint);
  return fuzzy ? { ...fuzzy, method: 'fuzzy' } : null;
}

/** Occurrences of an exact quote weighed this many at most (a common word can occur thousands of times). */
const MAX_EXACT_OCCURRENCES = 2000;

function bestExactMatch(text: string, quote: TextQuoteSelector, hint: number | null): number {
  let best = -1;
  let bestScore = -Infinity;
  let seen = 0;
  for (let at = text.indexOf(quote.exact); at >= 0 && seen < MAX_EXACT_OCCURRENCES; at = text.indexOf(quote.exact, at + 1)) {
    seen++;
    const score = scoreCandidate(text, quote, hint, at, at + quote.exact.length, 0);
    if (score > bestScore) {
      bestScore = score;
      best = at;
    }
  }
  return best;
}

// Weights of the fuzzy score, as in the Hypothesis client's text-quote matcher.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

function scoreCandidate(
  text: string,
  quote: TextQuoteSelector,
  hint: number | null,
  start: number,
  end: number,
  errors: number,
): number {
  const quoteScore = 1 - errors / quote.exact.length;
  const prefixScore = contextSimilarity(quote.prefix, text.slice(Math.max(0, start - quote.prefix.length), start));
  const suffixScore = contextSimilarity(quote.suffix, text.slice(end, end + quote.suffix.length));
  const positionScore = hint === null ? 1 : 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length));
  return (
    (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore) /
    (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT)
  );
}

function contextSimilarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  return 1 - Math.min(1, editDistance(expected, actual) / expected.length);
}

/** Fuzzy matches may differ from the quote in this share of its characters. */
const MAX_ERROR_RATE = 0.25;
/** Seeds occurring more often than this say nothing about where the quote went. */
const MAX_SEED_OCCURRENCES = 64;
const MAX_SEEDS = 48;
const MAX_CANDIDATES = 16;

/**
 * Fuzzy search in bounded work: exact seeds (slices of the quote, the end of
 * the prefix, the start of the suffix) vote for where the quote would start;
 * the best-voted places (and the old position) are aligned with a banded edit
 * distance; the best-scoring alignment within the error limit wins.
 */
function bestFuzzyMatch(text: string, quote: TextQuoteSelector, hint: number | null): { start: number; end: number } | null {
  const exact = quote.exact;
  const m = exact.length;
  const maxErrors = Math.floor(m * MAX_ERROR_RATE);
  if (maxErrors === 0) return null;
  const votes = collectSeedVotes(text, quote, maxErrors);
  const candidates = clusterVotes(votes, maxErrors);
  if (hint !== null) candidates.push(hint);
  let best: { start: number; end: number } | null = null;
  let bestScore = -Infinity;
  const band = maxErrors + 2;
  for (const expected of candidates) {
    const match = matchNear(text, exact, expected, band, maxErrors);
    if (!match) continue;
    const score = scoreCandidate(text, quote, hint, match.start, match.end, match.errors);
    if (score > bestScore) {
      bestScore = score;
      best = { start: match.start, end: match.end };
    }
  }
  return best;
}

/** Expected quote starts implied by every occurrence of every seed. */
function collectSeedVotes(text: string, quote: TextQuoteSelector, maxErrors: number): number[] {
  const exact = quote.exact;
  const m = exact.length;
  // With k errors, one of k+1 disjoint slices survives intact (pigeonhole);
  // slices shorter than 4 chars match everywhere, so that is the floor.
  const seedLength = Math.max(4, Math.floor(m / (maxErrors + 1)));
  const seeds: { value: string; shift: number }[] = [];
  const sliceCount = Math.floor(m / seedLength);
  const step = Math.max(1, Math.floor(sliceCount / MAX_SEEDS));
  for (let s = 0; s < sliceCount; s += step) seeds.push({ value: exact.slice(s * seedLength, (s + 1) * seedLength), shift: s * seedLength });
  const contextSeed = Math.min(seedLength, 8);
  if (quote.prefix.length >= contextSeed) seeds.push({ value: quote.prefix.slice(-contextSeed), shift: -contextSeed });
  if (quote.suffix.length >= contextSeed) seeds.push({ value: quote.suffix.slice(0, contextSeed), shift: m });

  const votes: number[] = [];
  const found: number[] = [];
  for (const seed of seeds) {
    found.length = 0;
    for (let at = text.indexOf(seed.value); at >= 0; at = text.indexOf(seed.value, at + 1)) {
      found.push(at - seed.shift);
      if (found.length > MAX_SEED_OCCURRENCES) break;
    }
    if (found.length <= MAX_SEED_OCCURRENCES) votes.push(...found);
  }
  return votes;
}

/** Merge votes within `spread` of each other; the most-voted clusters' medians, best first. */
function clusterVotes(votes: number[], spread: number): number[] {
  if (votes.length === 0) return [];
  votes.sort((a, b) => a - b);
  const clusters: { at: number; count: number }[] = [];
  let first = 0;
  for (let i = 1; i <= votes.length; i++) {
    if (i === votes.length || votes[i] - votes[i - 1] > spread) {
      clusters.push({ at: votes[(first + i - 1) >> 1], count: i - first });
      first = i;
    }
  }
  clusters.sort((a, b) => b.count - a.count);
  return clusters.slice(0, MAX_CANDIDATES).map((cluster) => cluster.at);
}
