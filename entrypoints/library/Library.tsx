import { useEffect, useState } from 'preact/hooks';
import { DocumentCard } from '@/components/DocumentCard';
import { EmptyState } from '@/components/EmptyState';
import { t } from '@/components/i18n';
import { PageHeader } from '@/components/PageHeader';
import { openStore, type DocumentRecord } from '@/lib/store';

/** Every saved document, newest first, with its annotation count. */
export function Library() {
  const [documents, setDocuments] = useState<DocumentRecord[] | null>(null);
  const [annotationCounts, setAnnotationCounts] = useState<Map<string, number>>(new Map());

  useEffect(() => {
    const store = openStore();
    void store.documents.list().then(setDocuments);
    void store.annotations.recent().then((rows) => {
      const counts = new Map<string, number>();
      for (const row of rows) counts.set(row.documentId, (counts.get(row.documentId) ?? 0) + 1);
      setAnnotationCounts(counts);
    });
  }, []);

  return (
    <main class="soi-page">
      <PageHeader subtitle={t('librarySubtitle')} />
      {documents === null ? null : documents.length === 0 ? (
        <EmptyState title={t('libraryEmptyTitle')}>
          <p>{t('libraryEmptyBody')}</p>
        </EmptyState>
      ) : (
        <ul class="soi-list" data-testid="library-documents">
          {documents.map((doc) => (
            <li key={doc.id}>
              <DocumentCard
                card={doc.card}
                fallbackTitle={doc.title}
                counts={doc.entityCounts}
                isPartyDocument={doc.isPartyDocument}
              >
                <p class="soi-actions soi-muted">
                  <a href={doc.url} target="_blank" rel="noreferrer">
                    {t('libraryOpenDocument')}
                  </a>
                  <span>{t('libraryAnnotationCount', String(annotationCounts.get(doc.id) ?? 0))}</span>
                </p>
              </DocumentCard>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
