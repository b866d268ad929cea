/**
 * Which painted span is under the pointer. Highlights painted with the CSS
 * Custom Highlight API have no elements to receive events, so hover and focus
 * go through the caret position at the point, its text offset, and a
 * bisection over the spans sorted by start. Web pages and the PDF viewer's
 * text layers share the pieces.
 */
import type { TextIndex } from './text-index';

export interface Span {
  start: number;
  end: number;
}

export type SpanLocator<T extends Span> = (clientX: number, clientY: number) => T | null;

/** The innermost of `spans` (any order) that covers text offset `offset`, by bisection over them sorted by start. */
export function innermostSpanFinder<T extends Span>(spans: readonly T[]): (offset: number) => T | null {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let longest = 0;
  for (const span of sorted) longest = Math.max(longest, span.end - span.start);
  return (offset) => {
    // Last span starting at or before offset, then back over all that could still cover it.
    let lo = 0;
    let hi = sorted.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start <= offset) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    let best: T | null = null;
    for (let i = last; i >= 0 && sorted[i].start > offset - longest; i--) {
      const span = sorted[i];
      if (offset < span.end && (!best || span.end - span.start < best.end - best.start)) best = span;
    }
    return best;
  };
}

/**
 * A locator over a page's text: `spanAt` gives the span covering a text
 * offset. With the wrapping renderer, build `index` after painting: the
 * wrapped text is the same, only split into more nodes.
 */
export function createSpanLocator<T extends Span>(index: TextIndex, spanAt: (offset: number) => T | null): SpanLocator<T> {
  return (clientX, clientY) => {
    const doc = index.nodes[0]?.ownerDocument;
    if (!doc) return null;
    const caret = caretAt(doc, clientX, clientY);
    if (!caret) return null;
    const offset = index.offsetOf(caret.node, caret.offset);
    // The caret sits between characters: the character under the pointer is
    // the one after it or the one before it, whichever box holds the point.
    for (const char of [offset, offset - 1]) {
      if (char < 0 || char >= index.text.length) continue;
      if (!boxHolds(index.rangeFor(char, char + 1), clientX, clientY)) continue;
      return spanAt(char);
    }
    return null;
  };
}

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position && { node: position.offsetNode, offset: position.offset };
  }
  // WebKit and older Chromium only have the non-standard caretRangeFromPoint.
  const legacy = doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  const range = legacy.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

export function boxHolds(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}
