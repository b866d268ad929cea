/**
 * Opening PDFs in extension pages: the modern pdf.js build with its worker
 * bundled into the extension (never a CDN), so parsing stays off the UI thread.
 */
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { checkPdfBytes, PdfError, toPdfError } from './errors';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Opens `data` (pdf.js takes the buffer over); throws PdfError on anything unreadable. */
export async function openPdf(data: Uint8Array): Promise<PDFDocumentProxy> {
  checkPdfBytes(data);
  // Extension pages forbid eval; pdf.js then takes its CSP-safe font path.
  const task = getDocument({ data, isEvalSupported: false, verbosity: 0 });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    throw toPdfError(error);
  }
  if (doc.numPages === 0) {
    await task.destroy();
    throw new PdfError('empty', 'The PDF has no pages.');
  }
  return doc;
}
