/** Typed failures of PDF loading, so the UI can say in Vietnamese what went wrong. */

export type PdfErrorCode = 'encrypted' | 'corrupt' | 'not-pdf' | 'empty';

export class PdfError extends Error {
  override readonly name = 'PdfError';
  constructor(
    readonly code: PdfErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A PDF may carry junk before its header; pdf.js accepts the header within the first 1 KiB. */
const HEADER_WINDOW = 1024;
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

function hasPdfHeader(data: Uint8Array): boolean {
  const last = Math.min(data.length, HEADER_WINDOW) - PDF_MAGIC.length;
  for (let i = 0; i <= last; i++) {
    let j = 0;
    while (j < PDF_MAGIC.length && data[i + j] === PDF_MAGIC[j]) j++;
    if (j === PDF_MAGIC.length) return true;
  }
  return false;
}

/** Cheap checks before handing bytes to pdf.js, which reports both cases as "invalid PDF". */
export function checkPdfBytes(data: Uint8Array): void {
  if (data.length === 0) throw new PdfError('empty', 'The file is empty.');
  if (!hasPdfHeader(data)) throw new PdfError('not-pdf', 'The file is not a PDF (no %PDF- header).');
}

/** Maps whatever pdf.js threw (its exceptions cross the worker boundary by name) to a PdfError. */
export function toPdfError(error: unknown): PdfError {
  if (error instanceof PdfError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') {
    return new PdfError('encrypted', `The PDF is password protected: ${message}`, { cause: error });
  }
  return new PdfError('corrupt', `The PDF is damaged or truncated: ${message}`, { cause: error });
}
