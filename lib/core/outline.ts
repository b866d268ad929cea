/**
 * The section outline: 'A.', 'I.', '1.', '1.1.', '2.2.3.', 'a)', '(1)' at the
 * start of a line. Levels follow the kinds of marker the document actually
 * uses, in the usual order of rank, so a plan without 'A.' sections still has
 * its Roman sections at level 1.
 */
import { cleanText, originalSpan, type FoldedText } from './normalize';
import type { OutlineItem } from './types';

type MarkerKind = 'part' | 'roman' | 'number' | 'letter' | 'paren';

/** Rank of each marker kind; nested numbers ('1.1.') sit between 'number' and 'letter'. */
const RANK: Record<MarkerKind, number> = { part: 0, roman: 1, number: 2, letter: 10, paren: 11 };

/**
 * Group 1 is the whole marker; then which kind it is: 2 part letter, 3 Roman
 * (OCR's '1' or 'l' may stand for I: 'I1.'), 4 arabic with its nested parts,
 * 5 letter item, 6 numbered item; 7 the rest of the line. Capitals are checked
 * on the original, since folding lower-cased them.
 */
const MARKER =
  /(?:^|\n)[ ]?(([a-e])\.|([ivx][ivx1l]{0,4})\.|(\d{1,2}(?:\.\d{1,2}){0,3})\.|([a-z])\)|\((\d{1,2})\))[ ]([^\n]{1,200})/g;

interface Found {
  kind: MarkerKind;
  depth: number;
  label: string;
  title: string;
  start: number;
}

function isUpper(text: string): boolean {
  return text === text.toUpperCase();
}

export function parseOutline(folded: FoldedText): OutlineItem[] {
  const { text, source } = folded;
  const found: Found[] = [];
  MARKER.lastIndex = 0;
  for (let match = MARKER.exec(text); match; match = MARKER.exec(text)) {
    // Offsets from the match itself, not the `d` flag's arrays for every group: only the
    // line break and a space come before the marker, and one space between it and the title.
    const markerFrom = match.index + match[0].indexOf(match[1]);
    const markerTo = markerFrom + match[1].length;
    const titleFrom = markerTo + 1;
    const titleTo = titleFrom + match[7].length;
    const marker = originalSpan(folded, markerFrom, markerTo);
    const label = source.slice(marker.start, marker.end);
    const titleSpan = originalSpan(folded, titleFrom, titleTo);
    // as the header's title: NFC with plain spaces, whatever the input's form
    const title = cleanText(source.slice(titleSpan.start, titleSpan.end));
    if (!/\p{L}/u.test(title)) continue;
    let kind: MarkerKind;
    let depth = 0;
    if (match[2] !== undefined) {
      // 'A. MỤC ĐÍCH': a capital letter and a title in capitals; anything else is prose.
      if (!isUpper(label) || !isUpper(title.slice(0, 16))) continue;
      kind = 'part';
    } else if (match[3] !== undefined) {
      if (!isUpper(label.charAt(0))) continue;
      kind = 'roman';
    } else if (match[4] !== undefined) {
      kind = 'number';
      depth = match[4].split('.').length - 1;
    } else kind = match[5] !== undefined ? 'letter' : 'paren';
    found.push({ kind, depth, label, title, start: marker.start });
  }

  // Levels: ranks present in this document, in order.
  const rankOf = (item: Found): number => RANK[item.kind] + item.depth;
  const ranks = [...new Set(found.map(rankOf))].sort((a, b) => a - b);
  const items: OutlineItem[] = found.map((item) => ({
    level: ranks.indexOf(rankOf(item)) + 1,
    label: item.label,
    title: item.title,
    start: item.start,
    end: source.length,
  }));
  // A section ends where the next section of the same or a higher level begins.
  const open: OutlineItem[] = [];
  for (const item of items) {
    while (open.length && open[open.length - 1].level >= item.level) open.pop()!.end = item.start;
    open.push(item);
  }
  for (const item of items) item.end = trimEnd(source, item.end);
  return items;
}

function trimEnd(source: string, end: number): number {
  while (end > 0 && /\s/.test(source[end - 1])) end--;
  return end;
}
