/**
 * What this viewer tab tells the background: the same PageReport a content
 * script sends for a web page, so the side panel shows the PDF's document card
 * and entities like any page's, and the library keeps it like one.
 */
import type { PageReport } from '@/lib/messages';
import { viewerUrl } from './file-param';
import type { PdfSession } from './pdf-session';
import type { PdfSource } from './usePdfDocument';

/** The file name a PDF was opened under: the title of a PDF whose text names none. */
function sourceName(source: PdfSource): string {
  if (source.kind === 'file') return source.file.name;
  const path = new URL(source.url, location.href).pathname;
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last) || source.url;
  } catch {
    return last || source.url; // a stray '%' in the name
  }
}

/**
 * The library's address for the PDF is the viewer on it, so "open" there
 * opens it in Soi again; a local file has no address, only the viewer's drop zone.
 */
export function viewerReport(session: PdfSession, source: PdfSource): PageReport {
  return session.report(viewerUrl(source.kind === 'url' ? source.url : null), sourceName(source));
}
