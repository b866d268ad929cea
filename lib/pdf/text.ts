/**
 * Text of an open pdf.js document, page by page, in reading order. Works with
 * the legacy build (Node) and the modern build (extension pages) alike: it only
 * talks to the document proxy.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import { PdfError, toPdfError } from './errors';
import { assembleText, buildPageLines, dropRunningLines, type PageLines, type PlacedItem } from './layout';
import type { ExtractOptions, PdfText } from './types';

/** One page as extraction met it: its size and the raw items the char map counts. */
export interface ExtractedPage {
  /** 0-based. */
  index: number;
  content: TextContent;
  /** Size at scale 1, in CSS px, rotation applied. */
  width: number;
  height: number;
}

export interface DocumentTextOptions extends ExtractOptions {
  /** Each page as it is read, e.g. to give pdf.js TextLayer the very items the char map counts. */
  onPage?: (page: ExtractedPage) => void;
}

const isTextItem = (item: TextContent['items'][number]): item is TextItem => 'str' in item;

/** Positions of a page's text items; `index` counts text items only, as TextLayer's spans do. */
export function placeItems(content: TextContent): PlacedItem[] {
  const placed: PlacedItem[] = [];
  let index = 0;
  for (const item of content.items) {
    if (!isTextItem(item)) continue;
    const [, , c, d, x, y] = item.transform as number[];
    placed.push({ index, str: item.str, x, y, width: item.width, size: Math.hypot(c, d) || item.height });
    index++;
  }
  return placed;
}

export async function extractDocumentText(doc: PDFDocumentProxy, opts: DocumentTextOptions = {}): Promise<PdfText> {
  const pageCount = opts.maxPages ? Math.min(opts.maxPages, doc.numPages) : doc.numPages;
  if (pageCount === 0) throw new PdfError('empty', 'The PDF has no pages.');
  const pages: PageLines[] = [];
  for (let p = 1; p <= pageCount; p++) {
    opts.signal?.throwIfAborted();
    let extracted: ExtractedPage;
    try {
      const page = await doc.getPage(p);
      const { width, height } = page.getViewport({ scale: 1 });
      extracted = { index: p - 1, content: await page.getTextContent(), width, height };
      page.cleanup();
    } catch (error) {
      throw toPdfError(error);
    }
    opts.onPage?.(extracted);
    const content = extracted.content;
    pages.push(buildPageLines(placeItems(content)));
    opts.onProgress?.({ done: p, pageCount });
  }
  return assembleText(dropRunningLines(pages), doc.fingerprints[0] ?? '');
}
