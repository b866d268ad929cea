/**
 * Loading a PDF for the viewer: bytes -> pdf.js document -> text with char map
 * -> core analysis. It only reads: nothing reaches the library before the
 * whole document is open (a PDF that fails to load leaves the store as it was).
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import { useEffect, useState } from 'preact/hooks';
import { analyzeText } from '@/lib/core/analyze';
import type { Analysis } from '@/lib/core/types';
import { PdfError, type PdfErrorCode } from '@/lib/pdf/errors';
import { openPdf } from '@/lib/pdf/load-browser';
import { extractDocumentText, type ExtractedPage } from '@/lib/pdf/text';
import type { PdfText } from '@/lib/pdf/types';
import type { PageSize } from './PdfPageView';

/** Where the PDF comes from: a URL the user asked to open, or a file they dropped or picked. */
export type PdfSource = { kind: 'url'; url: string } | { kind: 'file'; file: File };

export type ViewerErrorCode = PdfErrorCode | 'fetch';

export type PdfState =
  | { status: 'loading' }
  | { status: 'error'; code: ViewerErrorCode }
  | {
      status: 'open';
      doc: PDFDocumentProxy;
      sizes: PageSize[];
      contents: (TextContent | undefined)[];
      /** Pages whose text is read so far; the document is complete at doc.numPages. */
      done: number;
      /** Page 1's text and analysis first, then the whole document's. */
      pdf?: PdfText;
      analysis?: Analysis;
    };

/** The URL could not be fetched: a network or permission failure, not a bad PDF. */
class FetchFailed extends Error {}

async function readSource(source: PdfSource): Promise<Uint8Array> {
  if (source.kind === 'file') return new Uint8Array(await source.file.arrayBuffer());
  // The extension page fetches the one URL the user chose to open; Soi itself never goes online.
  const response = await fetch(source.url).catch(() => null);
  if (!response?.ok) throw new FetchFailed(`Could not fetch ${source.url}`);
  return new Uint8Array(await response.arrayBuffer());
}

function errorCode(error: unknown): ViewerErrorCode {
  if (error instanceof FetchFailed) return 'fetch';
  return error instanceof PdfError ? error.code : 'corrupt';
}

export function usePdfDocument(source: PdfSource): PdfState {
  const [state, setState] = useState<PdfState>({ status: 'loading' });

  useEffect(() => {
    const abort = new AbortController();
    let doc: PDFDocumentProxy | null = null;
    setState({ status: 'loading' });
    (async () => {
      doc = await openPdf(await readSource(source));
      if (abort.signal.aborted) return;
      const first = (await doc.getPage(1)).getViewport({ scale: 1 });
      const sizes: PageSize[] = Array.from({ length: doc.numPages }, () => ({ width: first.width, height: first.height }));
      const contents: (TextContent | undefined)[] = new Array(doc.numPages);
      const opened = doc;
      let done = 0;
      let pdf: PdfText | undefined;
      let analysis: Analysis | undefined;
      const publish = () =>
        setState({ status: 'open', doc: opened, sizes: [...sizes], contents: [...contents], done, pdf, analysis });
      const onPage = (page: ExtractedPage) => {
        sizes[page.index] = { width: page.width, height: page.height };
        // Both passes count the same items; keeping the first object spares page 1 a redraw.
        contents[page.index] ??= page.content;
      };
      publish();
      // Page 1 is highlighted at once; the whole document's text and analysis replace it when read.
      pdf = await extractDocumentText(opened, { maxPages: 1, signal: abort.signal, onPage });
      analysis = analyzeText(pdf.text);
      publish();
      const whole =
        opened.numPages === 1
          ? pdf
          : await extractDocumentText(opened, {
              signal: abort.signal,
              onPage,
              onProgress: (progress) => {
                done = progress.done;
                if (done < progress.pageCount) publish();
              },
            });
      done = opened.numPages;
      pdf = whole;
      analysis = analyzeText(whole.text);
      if (abort.signal.aborted) return;
      publish();
    })().catch((error: unknown) => {
      if (!abort.signal.aborted) setState({ status: 'error', code: errorCode(error) });
    });
    return () => {
      abort.abort();
      void doc?.destroy();
    };
  }, [source]);

  return state;
}
