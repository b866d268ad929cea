/**
 * Approximate matching of a pattern near an expected place in a long text.
 *
 * Re-anchoring must not scan a 1.5 MB page with an edit-distance table, so the
 * caller first proposes a few expected start offsets (from exact n-gram seeds)
 * and this module aligns the pattern inside a band around each: a
 * semi-global edit distance (free start and end in the text) restricted to
 * diagonals within `band` of the expected start, O(pattern × band) per place.
 */

export interface ApproximateMatch {
  start: number;
  end: number;
  /** Levenshtein distance between the pattern and text[start, end). */
  errors: number;
}

/**
 * The best alignment of `pattern` in `text` starting within `band` chars of
 * `expectedStart`, or null when every alignment needs more than `maxErrors` edits.
 */
export function matchNear(
  text: string,
  pattern: string,
  expectedStart: number,
  band: number,
  maxErrors: number,
): ApproximateMatch | null {
  const m = pattern.length;
  if (m === 0) return null;
  const lo = Math.max(0, expectedStart - band);
  const hi = Math.min(text.length, expectedStart + m + band);
  if (hi <= lo) return null;
  const width = hi - lo;
  const BIG = 1 << 29;
  // Row i holds D[i][j] for text columns j = 0..width (j = chars of the window consumed).
  let prev = new Int32Array(width + 1);
  let next = new Int32Array(width + 1);
  let prevStart = new Int32Array(width + 1);
  let nextStart = new Int32Array(width + 1);
  const centre = expectedStart - lo; // column where pattern char 0 is expected
  for (let j = 0; j <= width; j++) {
    prev[j] = Math.abs(j - centre) <= band ? 0 : BIG;
    prevStart[j] = j;
  }
  for (let i = 1; i <= m; i++) {
    const pc = pattern.charCodeAt(i - 1);
    const from = Math.max(0, centre + i - band - 1);
    const to = Math.min(width, centre + i + band);
    if (from > to) return null;
    next.fill(BIG, Math.max(0, from - 1), Math.min(width + 1, to + 2));
    let rowMin = BIG;
    for (let j = from; j <= to; j++) {
      let best = prev[j] + 1; // pattern char deleted
      let bestStart = prevStart[j];
      if (j > 0) {
        const diagonal = prev[j - 1] + (text.charCodeAt(lo + j - 1) === pc ? 0 : 1);
        if (diagonal < best || (diagonal === best && prevStart[j - 1] > bestStart)) {
          best = diagonal;
          bestStart = prevStart[j - 1];
        }
        const insertion = next[j - 1] + 1; // text char inserted
        if (j - 1 >= from && insertion < best) {
          best = insertion;
          bestStart = nextStart[j - 1];
        }
      }
      next[j] = best;
      nextStart[j] = bestStart;
      if (best < rowMin) rowMin = best;
    }
    // Ukkonen's cut-off: no cell in the band can still come under the limit.
    if (rowMin > maxErrors) return null;
    [prev, next] = [next, prev];
    [prevStart, nextStart] = [nextStart, prevStart];
  }
  // Fewest errors first; among equals, the length nearest the pattern's, so
  // 'Tỉnh ủy' matched against 'Tỉnh uỷ' takes both changed letters rather
  // than stopping before them at the same cost.
  let bestEnd = -1;
  let bestErrors = BIG;
  let bestSkew = BIG;
  const lastFrom = Math.max(0, centre + m - band - 1);
  const lastTo = Math.min(width, centre + m + band);
  for (let j = lastFrom; j <= lastTo; j++) {
    const skew = Math.abs(j - prevStart[j] - m);
    if (prev[j] < bestErrors || (prev[j] === bestErrors && skew < bestSkew)) {
      bestErrors = prev[j];
      bestSkew = skew;
      bestEnd = j;
    }
  }
  if (bestEnd < 0 || bestErrors > maxErrors) return null;
  return { start: lo + prevStart[bestEnd], end: lo + bestEnd, errors: bestErrors };
}

/** Levenshtein distance of two short strings (context snippets), O(a × b). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let row = new Int32Array(b.length + 1);
  let nextRow = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    nextRow[0] = i;
    const ac = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = row[j - 1] + (ac === b.charCodeAt(j - 1) ? 0 : 1);
      nextRow[j] = Math.min(substitution, row[j] + 1, nextRow[j - 1] + 1);
    }
    [row, nextRow] = [nextRow, row];
  }
  return row[b.length];
}
