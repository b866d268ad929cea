/** From char ranges of `PdfText.text` back to the glyphs they came from. */
import type { PdfText } from './types';

/** Chars [from, to) of text item `item` on page `page` (0-based). */
export interface ItemSlice {
  page: number;
  item: number;
  from: number;
  to: number;
}

/**
 * The item slices covering text[start, end), in text order. Inserted
 * whitespace (item -1) is skipped: it has no glyph to paint. Linear in the
 * range length.
 */
export function itemSlices(pdf: Pick<PdfText, 'map'>, start: number, end: number): ItemSlice[] {
  const { page, item, offset } = pdf.map;
  const slices: ItemSlice[] = [];
  let open: ItemSlice | null = null;
  for (let i = Math.max(0, start); i < Math.min(end, item.length); i++) {
    if (item[i] < 0) continue;
    if (open && open.page === page[i] && open.item === item[i] && open.to === offset[i]) {
      open.to++;
      continue;
    }
    open = { page: page[i], item: item[i], from: offset[i], to: offset[i] + 1 };
    slices.push(open);
  }
  return slices;
}
