/** Char ranges of the document text (entities, search hits) as marks on each page's text items. */
import { itemSlices } from './char-map';
import type { PdfText } from './types';

export interface MarkedRange<K extends string = string> {
  start: number;
  end: number;
  kind: K;
}

/** Chars [from, to) of one text item (TextLayer span `item`) to paint as `kind`. */
export interface PageMark<K extends string = string> {
  item: number;
  from: number;
  to: number;
  kind: K;
}

/** Groups the glyph slices of `ranges` by 0-based page. Linear in the total range length. */
export function marksByPage<K extends string>(pdf: Pick<PdfText, 'map'>, ranges: readonly MarkedRange<K>[]): Map<number, PageMark<K>[]> {
  const byPage = new Map<number, PageMark<K>[]>();
  for (const range of ranges) {
    for (const slice of itemSlices(pdf, range.start, range.end)) {
      let marks = byPage.get(slice.page);
      if (!marks) byPage.set(slice.page, (marks = []));
      marks.push({ item: slice.item, from: slice.from, to: slice.to, kind: range.kind });
    }
  }
  return byPage;
}
