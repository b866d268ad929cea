/** Pick the painting strategy this document supports; callers only see HighlightRenderer. */
import { createCssHighlightRenderer, highlightApiOf } from './css-highlight-renderer';
import type { HighlightRenderer } from './renderer';
import { createWrapRenderer } from './wrap-renderer';

export type { HighlightGroup, HighlightKind, HighlightRenderer } from './renderer';
export { HIGHLIGHT_KINDS, highlightName } from './renderer';
export { KIND_COLOURS } from './styles';

/**
 * Create one renderer per document and keep it: creating it restyles the whole
 * page once (about 60 ms on the bench's 1.5 MB page in Chromium, inside this
 * call, since the CSS renderer reads a highlight style to choose its rules),
 * while repainting with an existing renderer costs only the paint.
 */
export function createHighlightRenderer(doc: Document = document): HighlightRenderer {
  const api = highlightApiOf(doc);
  return api ? createCssHighlightRenderer(doc, api) : createWrapRenderer(doc);
}
