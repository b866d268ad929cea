/**
 * What the reader selected on the viewer's text layers, as glyph positions
 * (page, text item, offset) that lib/pdf/char-map turns into document offsets.
 * Pages mark themselves `data-page` (1-based) and their text-layer spans
 * `data-item` (the span's index among the page's text items); a span may hold
 * several text nodes where the wrapping painter split it around <mark>s.
 */
import { boxHolds, caretAt } from '@/lib/anchor/hit-test';
import type { GlyphPosition } from '@/lib/pdf/char-map';

/** The page and item of a text node on a text layer, and how many chars of the span come before it. */
function placeOf(node: Text): (Omit<GlyphPosition, 'offset'> & { before: number }) | null {
  const span = node.parentElement?.closest<HTMLElement>('[data-item]');
  const page = span?.closest<HTMLElement>('[data-page]');
  if (!span || !page) return null;
  let before = 0;
  const walker = node.ownerDocument.createTreeWalker(span, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text && text !== node; text = walker.nextNode()) before += (text as Text).length;
  return { page: Number(page.dataset.page) - 1, item: Number(span.dataset.item), before };
}

/**
 * The first and last text-layer positions `range` covers, or null when it
 * covers no text-layer glyph (a selection in the toolbar, or of page margins).
 */
export function glyphRangeOf(range: Range): { start: GlyphPosition; end: GlyphPosition } | null {
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const nodes: Text[] = [];
  if (root.nodeType === Node.TEXT_NODE) nodes.push(root as Text);
  else {
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    // The covered text nodes are consecutive in tree order: stop after the last one.
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (range.intersectsNode(node)) nodes.push(node as Text);
      else if (nodes.length > 0) break;
    }
  }
  let start: GlyphPosition | null = null;
  let end: GlyphPosition | null = null;
  for (const node of nodes) {
    const place = placeOf(node);
    if (!place) continue;
    const { before, ...at } = place;
    start ??= { ...at, offset: before + (node === range.startContainer ? range.startOffset : 0) };
    end = { ...at, offset: before + (node === range.endContainer ? range.endOffset : node.length) };
  }
  return start && end ? { start, end } : null;
}

/**
 * The text-layer glyph under the point, or null over anything else: the
 * caret at the point, then whichever character beside it has its box there
 * (a caret is also found beside a line, over the page's margin).
 */
export function glyphAtPoint(doc: Document, x: number, y: number): GlyphPosition | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const node = caret.node as Text;
  const place = placeOf(node);
  if (!place) return null;
  const range = doc.createRange();
  for (const char of [caret.offset, caret.offset - 1]) {
    if (char < 0 || char >= node.length) continue;
    range.setStart(node, char);
    range.setEnd(node, char + 1);
    if (boxHolds(range, x, y)) return { page: place.page, item: place.item, offset: place.before + char };
  }
  return null;
}
