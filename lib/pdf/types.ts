/** What PDF text extraction gives its callers (viewer, CLI, tests). */

/** Where each character of `PdfText.text` comes from; index i describes text[i]. */
export interface PdfCharMap {
  /** 0-based page index. */
  page: Uint16Array;
  /**
   * Index of the text item on that page, counting only text items in
   * `getTextContent()` order (the same order pdf.js TextLayer creates its
   * spans in); -1 for whitespace Soi inserted between items, lines or pages.
   */
  item: Int32Array;
  /** UTF-16 offset of the character inside that item's `str`. */
  offset: Uint32Array;
}

export interface PdfPageRange {
  /** 0-based page index. */
  index: number;
  /** Char range [start, end) of the page's text in `PdfText.text`. */
  start: number;
  end: number;
}

export interface PdfText {
  /** The document's text in reading order, one line per '\n'. */
  text: string;
  /** pdf.js' first fingerprint: the same PDF from any URL gets the same one. */
  fingerprint: string;
  pageCount: number;
  pages: PdfPageRange[];
  map: PdfCharMap;
  /** 0-based indices of pages with no text layer (scanned images, blank pages). */
  pagesWithoutText: number[];
  /** Most pages have no text layer: a scan without OCR. Not an error. */
  isScanned: boolean;
}

export interface ExtractProgress {
  /** Pages done so far, 1..pageCount. */
  done: number;
  pageCount: number;
}

export interface ExtractOptions {
  onProgress?: (progress: ExtractProgress) => void;
  /** Extract only the first N pages (a fast first view); the rest are ignored. */
  maxPages?: number;
  signal?: AbortSignal;
}
