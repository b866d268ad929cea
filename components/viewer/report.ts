/**
 * Tells the background what this viewer tab holds, with the same 'page/report'
 * message a content script sends, so the side panel shows the PDF's document
 * card and entities like any web page's.
 */
import type { Analysis } from '@/lib/core/types';
import { sendToBackground } from '@/lib/messages';
import { contentHash } from '@/lib/store/content-hash';
import { pdfSource } from '@/lib/store/document-record';
import type { PdfText } from '@/lib/pdf/types';

export async function reportPdf(pdf: PdfText, analysis: Analysis, fileName: string): Promise<void> {
  try {
    await sendToBackground({
      type: 'page/report',
      report: {
        // The fingerprint names the PDF wherever it was downloaded from.
        url: pdfSource(pdf.fingerprint),
        documentId: pdfSource(pdf.fingerprint),
        mediaType: 'application/pdf',
        title: analysis.document.title ?? fileName,
        isPartyDocument: analysis.document.isPartyDocument,
        analysis,
        contentHash: contentHash(pdf.text),
      },
    });
  } catch {
    // No background to hear it (a test page): the viewer works on its own.
  }
}
