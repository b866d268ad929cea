/**
 * One open PDF with the reader's decisions laid over it: the ReadingSession
 * over the whole document's text, plus what the viewer paints and reports.
 * Where a web page has two coordinate systems, a PDF has one: the analysis
 * and the annotations both index PdfText.text, from the start of the whole
 * document. Pure: the viewer feeds it the library's state and paints what it
 * returns.
 */
import { ReadingSession } from '@/lib/annotations/reading-session';
import type { Reconciliation } from '@/lib/annotations/reconcile';
import type { Analysis } from '@/lib/core/types';
import type { PageReport, PageState } from '@/lib/messages';
import type { MarkedRange } from '@/lib/pdf/marks';
import type { PdfText } from '@/lib/pdf/types';
import { contentHash } from '@/lib/store/content-hash';
import { pdfSource } from '@/lib/store/document-record';
import type { MarkKind } from './text-layer-painter';

export class PdfSession extends ReadingSession {
  constructor(
    readonly pdf: PdfText,
    readonly analysis: Analysis,
  ) {
    // The fingerprint names the PDF wherever it was downloaded from.
    super(pdf.text, pdfSource(pdf.fingerprint), contentHash(pdf.text), analysis.entities.map((entity) => ({ entity, start: entity.start, end: entity.end })));
  }

  applyState(state: PageState): Reconciliation['statusChanges'] {
    return this.apply(state.annotations, state.dismissed, state.highlightKinds);
  }

  /** The text layer has no per-kind switch: a kind switched off is simply not painted. */
  marks(): MarkedRange<MarkKind>[] {
    return this.paintedSpans(true);
  }

  /** What the background keeps for this tab (the side panel reads it), as a content script reports a page. */
  report(url: string, fallbackTitle: string): PageReport {
    return {
      url,
      title: this.analysis.document.title || fallbackTitle,
      documentId: this.documentId,
      mediaType: 'application/pdf',
      isPartyDocument: this.analysis.document.isPartyDocument,
      analysis: this.analysis,
      contentHash: this.contentHash,
      dismissedEntityIds: this.dismissedEntityIds,
      acceptedEntityIds: this.acceptedEntityIds,
      isScanned: this.pdf.isScanned,
    };
  }
}
