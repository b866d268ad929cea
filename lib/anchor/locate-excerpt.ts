/**
 * Where an excerpt of a page (Readability's article text) lies in the page's
 * own text. Readability works on a copy of the document and hands back text
 * with its own whitespace and with some nodes dropped inside, so the two
 * strings are compared without whitespace, and only at their ends: the
 * excerpt's first and last few dozen letters, found in order.
 */

/**
 * Letters compared at each end: long enough to be unique on a page, short
 * enough that a node Readability dropped near the start is rarely inside;
 * when the long head is not found, a shorter one is tried.
 */
const EDGES = [48, 16];

function isSpace(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000 || code === 0xfeff;
}

/** `text` without whitespace, and for each kept character its offset in `text`. */
function squeeze(text: string, from = 0, to = text.length): { text: string; offsets: Uint32Array } {
  const offsets = new Uint32Array(to - from);
  const kept: string[] = [];
  let n = 0;
  let runStart = -1;
  for (let i = from; i < to; i++) {
    if (isSpace(text.charCodeAt(i))) {
      if (runStart >= 0) kept.push(text.slice(runStart, i));
      runStart = -1;
      continue;
    }
    if (runStart < 0) runStart = i;
    offsets[n++] = i;
  }
  if (runStart >= 0) kept.push(text.slice(runStart, to));
  return { text: kept.join(''), offsets: offsets.subarray(0, n) };
}

/** The span [start, end) of `pageText` that the excerpt covers, or null when its ends are not found. */
export function locateExcerpt(pageText: string, excerpt: string): { start: number; end: number } | null {
  const edges = squeeze(excerpt);
  if (edges.text.length === 0) return null;
  const page = squeeze(pageText);
  let size = 0;
  let head = -1;
  for (const edge of EDGES) {
    size = Math.min(edge, edges.text.length);
    head = page.text.indexOf(edges.text.slice(0, size));
    if (head >= 0) break;
  }
  if (head < 0) return null;
  const tailText = edges.text.slice(-size);
  // Of the tail's occurrences after the head, the one giving a stretch nearest the
  // excerpt's own length: a closing phrase may recur in a footer or a list of links.
  let best = -1;
  let bestGap = Infinity;
  for (let at = page.text.indexOf(tailText, head); at >= 0; at = page.text.indexOf(tailText, at + 1)) {
    const gap = Math.abs(at + size - head - edges.text.length);
    if (gap < bestGap) {
      best = at;
      bestGap = gap;
    }
  }
  if (best < 0) return null;
  return { start: page.offsets[head], end: page.offsets[best + size - 1] + 1 };
}
