/** Finding a query in the document text the way Vietnamese readers type it: no case, no diacritics needed. */
import { foldText, originalSpan, type FoldedText } from '../core/normalize';

/** Every non-overlapping match of `query` in the folded text, as spans of the original text. */
export function searchFolded(folded: FoldedText, query: string): { start: number; end: number }[] {
  const needle = foldText(query).text.trim();
  if (needle === '') return [];
  // A phrase may run over a line break; folding made every break one '\n'.
  const haystack = folded.text.replaceAll('\n', ' ');
  const hits: { start: number; end: number }[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
    hits.push(originalSpan(folded, at, at + needle.length));
  }
  return hits;
}
