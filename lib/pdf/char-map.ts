/** From char ranges of `PdfText.text` back to the glyphs they came from. */
import type { PdfText } from './types';

/** Chars [from, to) of text item `item` on page `page` (0-based). */
export interface ItemSlice {
  page: number;
  item: number;
  from: number;
  to: number;
}

/**
 * The item slices covering text[start, end), in text order. Inserted
 * whitespace (item -1) is skipped: it has no glyph to paint. Linear in the
 * range length.
 */
export function itemSlices(pdf: Pick<PdfText, 'map'>, start: number, end: number): ItemSlice[] {
  const { page, item, offset } = pdf.map;
  const slices: ItemSlice[] = [];
  let open: ItemSlice | null = null;
  for (let i = Math.max(0, start); i < Math.min(end, item.length); i++) {
    if (item[i] < 0) continue;
    if (open && open.page === page[i] && open.item === item[i] && open.to === offset[i]) {
      open.to++;
      continue;
    }
    open = { page: page[i], item: item[i], from: offset[i], to: offset[i] + 1 };
    slices.push(open);
  }
  return slices;
}

/** A place on a text layer: before char `offset` of text item `item` on page `page` (0-based). */
export interface GlyphPosition {
  page: number;
  item: number;
  offset: number;
}

/**
 * Where each text item's chars landed in the text, per page and item: extraction
 * puts an item's chars in one contiguous run (trimmed, or cut by a dropped
 * hyphen), or leaves the item out (blank, a running header, a page number).
 */
interface ItemRuns {
  /** Text index of the run's first char, -1 for an item left out. */
  start: Int32Array;
  /** Offset inside the item of the run's first char. */
  offset: Int32Array;
  length: Int32Array;
}

const runsCache = new WeakMap<PdfText['map'], (ItemRuns | undefined)[]>();

function itemRuns(map: PdfText['map']): (ItemRuns | undefined)[] {
  const cached = runsCache.get(map);
  if (cached) return cached;
  const { page, item, offset } = map;
  const itemCounts: number[] = [];
  for (let i = 0; i < item.length; i++) {
    if (item[i] >= 0) itemCounts[page[i]] = Math.max(itemCounts[page[i]] ?? 0, item[i] + 1);
  }
  const runs = Array.from(itemCounts, (count): ItemRuns | undefined =>
    count === undefined ? undefined : { start: new Int32Array(count).fill(-1), offset: new Int32Array(count), length: new Int32Array(count) },
  );
  for (let i = 0; i < item.length; i++) {
    const k = item[i];
    if (k < 0) continue;
    const run = runs[page[i]]!;
    if (run.start[k] < 0) {
      run.start[k] = i;
      run.offset[k] = offset[i];
    }
    run.length[k] = i - run.start[k] + 1;
  }
  runsCache.set(map, runs);
  return runs;
}

/**
 * The inverse of `itemSlices`: the text index a text-layer position stands
 * for. A position on a glyph that is not in the text (trimmed blanks, a
 * dropped header) moves to the nearest one that is, forwards for the start of
 * a selection, backwards for its end, so a selection never takes in a char it
 * did not cover. Linear in the text once per PdfText, then O(items) per call.
 */
export function textOffsetOf(pdf: Pick<PdfText, 'map' | 'pages'>, at: GlyphPosition, side: 'start' | 'end'): number {
  const runs = itemRuns(pdf.map)[at.page];
  const page = pdf.pages[at.page];
  const items = runs?.start.length ?? 0;
  const kept = (k: number): boolean => runs!.start[k] >= 0;
  if (at.item >= 0 && at.item < items && kept(at.item)) {
    const into = Math.max(0, Math.min(runs!.length[at.item], at.offset - runs!.offset[at.item]));
    return runs!.start[at.item] + into;
  }
  if (side === 'start') {
    for (let k = Math.max(0, at.item + 1); k < items; k++) if (kept(k)) return runs!.start[k];
    return page?.end ?? 0;
  }
  for (let k = Math.min(at.item - 1, items - 1); k >= 0; k--) if (kept(k)) return runs!.start[k] + runs!.length[k];
  return page?.start ?? 0;
}

/** The text index of the glyph at `at`, or null for a glyph the text left out (trimmed blanks, a dropped header). */
export function textIndexAt(pdf: Pick<PdfText, 'map'>, at: GlyphPosition): number | null {
  const runs = itemRuns(pdf.map)[at.page];
  if (!runs || at.item < 0 || at.item >= runs.start.length || runs.start[at.item] < 0) return null;
  const into = at.offset - runs.offset[at.item];
  return into >= 0 && into < runs.length[at.item] ? runs.start[at.item] + into : null;
}

/** The text a text-layer selection from `from` to `to` covers, without blanks at its ends; null when it holds no text. */
export function textRangeOf(pdf: Pick<PdfText, 'map' | 'pages' | 'text'>, from: GlyphPosition, to: GlyphPosition): { start: number; end: number } | null {
  const a = textOffsetOf(pdf, from, 'start');
  const b = textOffsetOf(pdf, to, 'end');
  // Reading order may differ from the text layer's (a header block rebuilt left column first).
  let start = Math.min(a, b);
  let end = Math.max(a, b);
  while (start < end && /\s/.test(pdf.text[start])) start++;
  while (end > start && /\s/.test(pdf.text[end - 1])) end--;
  return end > start ? { start, end } : null;
}
