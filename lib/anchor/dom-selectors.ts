/**
 * The selector pair bound to the DOM: a Range in, selectors out, and back.
 * All the matching happens in ./selectors on the index's text.
 */
import { anchor, describe, type AnchorMethod, type SelectorPair, type TextPositionSelector, type TextQuoteSelector } from './selectors';
import type { TextIndex } from './text-index';

export function describeRange(index: TextIndex, range: Range): SelectorPair {
  const start = index.offsetOf(range.startContainer, range.startOffset);
  const end = index.offsetOf(range.endContainer, range.endOffset);
  return describe(index.text, start, Math.max(start, end));
}

export interface AnchoredRange {
  range: Range;
  start: number;
  end: number;
  method: AnchorMethod;
}

/** The Range the selectors point to in the indexed page now, or null (an orphan). */
export function anchorRange(
  index: TextIndex,
  selectors: { quote: TextQuoteSelector; position?: TextPositionSelector },
): AnchoredRange | null {
  const span = anchor(index.text, selectors);
  return span && { ...span, range: index.rangeFor(span.start, span.end) };
}
