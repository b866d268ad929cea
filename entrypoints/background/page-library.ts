/**
 * The background's side of the content script's storage needs: what the
 * library holds for a page, and the writes the reader makes on it. The
 * database lives here, in the extension's origin, not in the page's.
 */
import { analysedDocumentOf, type DismissalDraft, type PageReport, type PageState, type WriteRefused } from '@/lib/messages';
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

/** The annotation stored, or why the browser refused it (the page tells the reader, and keeps what they wrote). */
export async function createAnnotation(annotation: NewAnnotation, report: PageReport | null): Promise<AnnotationRecord | WriteRefused> {
  try {
    if (report?.documentId === annotation.documentId) await keepDocument(report);
    return await openStore().annotations.create(annotation);
  } catch (error) {
    console.error('Soi background: annotation not saved', error);
    return { refused: causeName(error) };
  }
}

/**
 * The name of what went wrong: Dexie aborts the transaction of a refused
 * write and keeps the browser's error (`QuotaExceededError`) as `inner`.
 */
function causeName(error: unknown): string {
  let name = 'UnknownError';
  for (let cause = error as { name?: unknown; inner?: unknown } | undefined; cause; cause = cause.inner as typeof cause) {
    if (typeof cause.name === 'string') name = cause.name;
    if (name !== 'AbortError' && name !== 'Error') break;
  }
  return name;
}

export async function dismissEntity(draft: DismissalDraft, report: PageReport | null): Promise<void> {
  if (report?.documentId === draft.documentId) await keepDocument(report);
  await openStore().dismissedEntities.dismiss(draft.documentId, draft.kind, draft.target);
}

export function recordAnchoring(results: readonly { id: string; status: AnnotationStatus }[]): Promise<void> {
  return openStore().annotations.setStatuses(results);
}
