/** Pick the painting strategy this document supports; callers only see HighlightRenderer. */
import { createCssHighlightRenderer, highlightApiOf } from './css-highlight-renderer';
import type { HighlightRenderer } from './renderer';
import { createWrapRenderer } from './wrap-renderer';

export type { HighlightGroup, HighlightKind, HighlightRenderer } from './renderer';
export { HIGHLIGHT_KINDS, highlightName } from './renderer';
export { KIND_COLOURS } from './styles';

/**
 * Create one renderer per document and keep it: its stylesheet makes the
 * browser restyle the whole page once (about 50-70 ms on a 1.5 MB page in the
 * bench), while repainting with an existing renderer costs only the paint.
 * Creating it as soon as the pre-check hits, a task before the analysis,
 * lets that restyle happen in a frame of its own.
 */
export function createHighlightRenderer(doc: Document = document): HighlightRenderer {
  const api = highlightApiOf(doc);
  return api ? createCssHighlightRenderer(doc, api) : createWrapRenderer(doc);
}
