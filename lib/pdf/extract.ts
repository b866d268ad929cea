/**
 * `extractPdfText` for Node (CLI, tests, bench): the legacy pdf.js build, which
 * runs its worker code in-process. Extension pages use ./load-browser instead.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
// Registers the worker code on globalThis.pdfjsWorker, so pdf.js runs it in-process
// without resolving a worker file path (which breaks once the CLI is bundled).
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { checkPdfBytes, toPdfError } from './errors';
import { extractDocumentText } from './text';
import type { ExtractOptions, PdfText } from './types';

export type { ExtractOptions, PdfText } from './types';
export { PdfError, type PdfErrorCode } from './errors';

/** Reads the text of a PDF; throws PdfError ('encrypted' | 'corrupt' | 'not-pdf' | 'empty'). */
export async function extractPdfText(data: Uint8Array, opts: ExtractOptions = {}): Promise<PdfText> {
  checkPdfBytes(data);
  // pdf.js may take ownership of the buffer; the caller keeps theirs.
  const task = getDocument({ data: data.slice(), verbosity: 0, isEvalSupported: false, useSystemFonts: false });
  try {
    const doc = await task.promise.catch((error: unknown) => {
      throw toPdfError(error);
    });
    return await extractDocumentText(doc, opts);
  } finally {
    await task.destroy();
  }
}
