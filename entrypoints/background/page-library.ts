/**
 * The background's side of the content script's storage needs: what the
 * library holds for a page, and the writes the reader makes on it. The
 * database lives here, in the extension's origin, not in the page's.
 */
import { analysedDocumentOf, type DismissalDraft, type PageReport, type PageState } from '@/lib/messages';
import { documentRecordFrom, openStore, type AnnotationRecord, type AnnotationStatus, type NewAnnotation } from '@/lib/store';

export async function pageState(documentId: string): Promise<PageState> {
  const store = openStore();
  const [annotations, dismissed, highlightKinds] = await Promise.all([
    store.annotations.forDocument(documentId),
    store.dismissedEntities.forDocument(documentId),
    store.settings.get('highlightKinds'),
  ]);
  return { annotations, dismissed, highlightKinds };
}

/** An annotated page belongs in the library: its row is written (or refreshed) with the annotation. */
async function keepDocument(report: PageReport | null): Promise<void> {
  const analysed = analysedDocumentOf(report);
  if (analysed) await openStore().documents.put(documentRecordFrom(analysed, new Date()));
}

export async function createAnnotation(annotation: NewAnnotation, report: PageReport | null): Promise<AnnotationRecord> {
  if (report?.documentId === annotation.documentId) await keepDocument(report);
  return openStore().annotations.create(annotation);
}

export async function dismissEntity(draft: DismissalDraft, report: PageReport | null): Promise<void> {
  if (report?.documentId === draft.documentId) await keepDocument(report);
  await openStore().dismissedEntities.dismiss(draft.documentId, draft.kind, draft.target);
}

export function recordAnchoring(results: readonly { id: string; status: AnnotationStatus }[]): Promise<void> {
  return openStore().annotations.setStatuses(results);
}
