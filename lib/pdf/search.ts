/** Finding a query in the document text the way Vietnamese readers type it: no case, no diacritics needed. */
import { exactFoldedUnit, FOLDED_PLACEHOLDER, foldText, originalSpan, type FoldedText } from '../core/normalize';

/** Every non-overlapping match of `query` in the folded text, as spans of the original text. */
export function searchFolded(folded: FoldedText, query: string): { start: number; end: number }[] {
  const foldedQuery = foldText(query);
  const needle = foldedQuery.text;
  if (needle === '') return [];
  // A phrase may run over a line break; folding made every break one '\n'.
  const haystack = folded.text.replaceAll('\n', ' ');
  // Folding makes every char outside Latin-1 one placeholder: those must be the query's own.
  const placeholders: number[] = [];
  for (let i = 0; i < needle.length; i++) if (needle[i] === FOLDED_PLACEHOLDER) placeholders.push(i);
  const hits: { start: number; end: number }[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; ) {
    if (placeholders.every((i) => exactFoldedUnit(folded, at + i) === exactFoldedUnit(foldedQuery, i))) {
      hits.push(originalSpan(folded, at, at + needle.length));
      at = haystack.indexOf(needle, at + needle.length);
    } else {
      at = haystack.indexOf(needle, at + 1);
    }
  }
  return hits;
}
