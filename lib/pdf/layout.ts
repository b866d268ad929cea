/**
 * Reading order and lines from positioned text items, and the document text
 * with a char map. Pure: no pdf.js, so it is tested on hand-made items.
 */
import type { PdfText } from './types';

/** A text item as pdf.js places it: baseline origin (x, y), advance width, font size. */
export interface PlacedItem {
  /** Index among the page's text items (TextLayer's span index). */
  index: number;
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A run of text that is either a slice of one item or whitespace Soi inserted (item -1). */
interface Segment {
  text: string;
  item: number;
  offset: number;
}

export interface Line {
  segments: Segment[];
  text: string;
  /** Baseline, in PDF units (grows upwards). */
  y: number;
}

export interface PageLines {
  lines: Line[];
  /** The page has any non-whitespace glyph at all. */
  hasText: boolean;
}

/** Items whose baselines differ by less than this share of the font size sit on one line. */
const BASELINE_TOLERANCE = 0.5;
/** A horizontal gap wider than this share of the font size is a word space. */
const SPACE_GAP = 0.2;
/** A repeated run shifted by less than this share of the font size is overprinting, not text. */
const OVERPRINT_SHIFT = 0.25;
/** How many lines at the top and at the bottom of a page may be running headers/footers. */
const EDGE_LINES = 2;
/** A running line repeats at the same height on at least this share of the pages. */
const RUNNING_SHARE = 0.5;

const isBlank = (s: string): boolean => s.trim() === '';

function lineText(segments: Segment[]): string {
  let text = '';
  for (const s of segments) text += s.text;
  return text;
}

function buildLine(items: PlacedItem[]): Line {
  items.sort((a, b) => a.x - b.x);
  const segments: Segment[] = [];
  let prevEnd = -Infinity;
  let prevText = '';
  let prevX = -Infinity;
  for (const item of items) {
    // Some producers fake bold by printing the same run twice, a hair apart.
    if (item.str === prevText && Math.abs(item.x - prevX) < OVERPRINT_SHIFT * item.size) continue;
    const gap = item.x - prevEnd;
    const needsSpace =
      segments.length > 0 && gap > SPACE_GAP * item.size && prevText.trimEnd() === prevText && item.str.trimStart() === item.str;
    if (needsSpace) segments.push({ text: ' ', item: -1, offset: 0 });
    segments.push({ text: item.str, item: item.index, offset: 0 });
    prevEnd = Math.max(prevEnd, item.x + item.width);
    prevText = item.str;
    prevX = item.x;
  }
  return { segments, text: lineText(segments), y: items.length > 0 ? items[0].y : 0 };
}

/** Groups a page's items into lines, top to bottom, each line left to right. */
export function buildPageLines(items: PlacedItem[]): PageLines {
  const placed = items.filter((i) => i.str !== '');
  placed.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  let current: PlacedItem[] = [];
  let baseline = 0;
  let size = 0;
  for (const item of placed) {
    const tolerance = BASELINE_TOLERANCE * Math.max(1, Math.min(size || item.size, item.size || size));
    if (current.length > 0 && Math.abs(baseline - item.y) > tolerance) {
      lines.push(buildLine(current));
      current = [];
    }
    if (current.length === 0) {
      baseline = item.y;
      size = item.size;
    }
    current.push(item);
  }
  if (current.length > 0) lines.push(buildLine(current));
  const kept = lines.filter((l) => !isBlank(l.text));
  return { lines: kept, hasText: kept.length > 0 };
}

// --- running headers, footers and page numbers -----------------------------

/** `2`, `- 2 -`, `Trang 2`, `2/10`: a line that is only a page number. */
const PAGE_NUMBER = /^[\s\-–—]*(?:trang\s*)?\d{1,4}(?:\s*\/\s*\d{1,4})?[\s\-–—]*$/i;

/** A line's place and wording with its numbers blanked, plus those numbers. */
function runningShape(line: Line): { key: string; numbers: number[] } {
  const text = line.text.trim().replace(/\s+/g, ' ');
  const numbers = (text.match(/\d+/g) ?? []).map(Number);
  return { key: `${Math.round(line.y / 3)}|${text.replace(/\d+/g, '#')}`, numbers };
}

function edgeLines(page: PageLines): Line[] {
  const { lines } = page;
  if (lines.length <= 2 * EDGE_LINES) return lines;
  return [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)];
}

/**
 * Lines of one shape are a running header or footer when they sit on enough
 * pages and their numbers either never change or include a page counter (a
 * number rising with the page index): section headings that happen to start
 * several pages (`2. ...`, `4. ...`) do neither.
 */
function isRunningShape(occurrences: { page: number; numbers: number[] }[], minPages: number): boolean {
  if (occurrences.length < minPages) return false;
  const [first] = occurrences;
  return first.numbers.every((n, i) => {
    const constant = occurrences.every((o) => o.numbers[i] === n);
    const counter = occurrences.every((o) => o.numbers[i] - o.page === n - first.page);
    return constant || counter;
  });
}

/** Drops page numbers and lines repeated at the same place on many pages' top or bottom edge. */
export function dropRunningLines(pages: PageLines[]): PageLines[] {
  const byShape = new Map<string, { page: number; numbers: number[] }[]>();
  pages.forEach((page, index) => {
    const seen = new Set<string>();
    for (const line of edgeLines(page)) {
      const { key, numbers } = runningShape(line);
      if (seen.has(key)) continue;
      seen.add(key);
      let occurrences = byShape.get(key);
      if (!occurrences) byShape.set(key, (occurrences = []));
      occurrences.push({ page: index, numbers });
    }
  });
  const minPages = Math.max(2, Math.ceil(pages.length * RUNNING_SHARE));
  const runningKeys = new Set([...byShape].filter(([, occ]) => isRunningShape(occ, minPages)).map(([key]) => key));
  const isRunning = (line: Line): boolean => PAGE_NUMBER.test(line.text) || runningKeys.has(runningShape(line).key);

  return pages.map((page) => {
    const { lines } = page;
    let top = 0;
    while (top < Math.min(EDGE_LINES, lines.length) && isRunning(lines[top])) top++;
    let bottom = lines.length;
    while (bottom > Math.max(top, lines.length - EDGE_LINES) && isRunning(lines[bottom - 1])) bottom--;
    return { ...page, lines: lines.slice(top, bottom) };
  });
}

// --- joining lines into the document text -----------------------------------

const SOFT_HYPHEN = '\u00ad';
const HYPHENS = new Set(['-', '\u2010', SOFT_HYPHEN]);
const isLower = (c: string): boolean => c !== c.toUpperCase() && c === c.toLowerCase();
const isWordChar = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);

type Join = 'newline' | 'direct' | 'drop-hyphen';

/**
 * How line `next` continues line `prev` (both trimmed): a word split by
 * hyphenation (`data-` / `base`) loses its hyphen; a symbol split after `-`
 * or `/` (`57-` / `QĐ/TW`, `57-QĐ/` / `TW`, `57` / `-QĐ/TW`) is glued back as
 * printed, so every char still is a real glyph; anything else is a line break.
 */
export function joinKind(prev: string, next: string): Join {
  const last = prev.charAt(prev.length - 1);
  const beforeLast = prev.charAt(prev.length - 2);
  const first = next.charAt(0);
  if (isWordChar(beforeLast) && isWordChar(first)) {
    if (last === SOFT_HYPHEN) return 'drop-hyphen';
    if (HYPHENS.has(last)) return isLower(beforeLast) && isLower(first) ? 'drop-hyphen' : 'direct';
    if (last === '/') return 'direct';
  }
  if (/\p{N}/u.test(last) && (first === '-' || first === '/') && /\p{Lu}/u.test(next.charAt(1))) return 'direct';
  return 'newline';
}

/** Concatenates the pages' lines into one text with a char -> (page, item, offset) map. */
export function assembleText(pages: PageLines[], fingerprint: string): PdfText {
  const pieces: { page: number; segment: Segment }[] = [];
  const pageStarts: number[] = [];
  const pageEnds: number[] = [];
  let length = 0;
  let prevText: string | null = null;
  const push = (page: number, segment: Segment): void => {
    if (segment.text === '') return;
    pieces.push({ page, segment });
    length += segment.text.length;
  };

  for (let pageIndex = 0; pageIndex < pages.length; pageIndex++) {
    let pageStart = -1;
    for (const line of pages[pageIndex].lines) {
      const segments = trimSegments(line.segments);
      const text = lineText(segments);
      if (text === '') continue;
      if (prevText !== null) {
        const join = joinKind(prevText, text);
        if (join === 'newline') push(pageIndex, { text: '\n', item: -1, offset: 0 });
        if (join === 'drop-hyphen') {
          // The hyphen is the last char pushed, the end of the previous line.
          const tail = pieces[pieces.length - 1].segment;
          tail.text = tail.text.slice(0, -1);
          length -= 1;
        }
      }
      if (pageStart < 0) pageStart = length;
      for (const segment of segments) push(pageIndex, segment);
      prevText = text;
    }
    pageStarts.push(pageStart < 0 ? length : pageStart);
    pageEnds.push(length);
  }

  const pageOf = new Uint16Array(length);
  const itemOf = new Int32Array(length);
  const offsetOf = new Uint32Array(length);
  const parts: string[] = [];
  let at = 0;
  for (const { page, segment } of pieces) {
    parts.push(segment.text);
    for (let k = 0; k < segment.text.length; k++, at++) {
      pageOf[at] = page;
      itemOf[at] = segment.item;
      offsetOf[at] = segment.item < 0 ? 0 : segment.offset + k;
    }
  }
  const pagesWithoutText = pages.flatMap((p, i) => (p.hasText ? [] : [i]));
  return {
    text: parts.join(''),
    fingerprint,
    pageCount: pages.length,
    pages: pages.map((_, index) => ({ index, start: pageStarts[index], end: pageEnds[index] })),
    map: { page: pageOf, item: itemOf, offset: offsetOf },
    pagesWithoutText,
    isScanned: pages.length > 0 && pagesWithoutText.length * 2 >= pages.length,
  };
}

/** Drops trailing whitespace and leading whitespace of a line, keeping offsets right. */
function trimSegments(segments: Segment[]): Segment[] {
  const out = segments.map((s) => ({ ...s }));
  while (out.length > 0) {
    const head = out[0];
    const cut = head.text.length - head.text.trimStart().length;
    head.text = head.text.slice(cut);
    head.offset += cut;
    if (head.text !== '') break;
    out.shift();
  }
  while (out.length > 0) {
    const tail = out[out.length - 1];
    tail.text = tail.text.trimEnd();
    if (tail.text !== '') break;
    out.pop();
  }
  return out;
}
