import { useMemo, useState } from 'preact/hooks';
import { DocumentCard } from '@/components/DocumentCard';
import { ANNOTATION_KIND_LABEL } from '@/components/EntityCounts';
import { EmptyState } from '@/components/EmptyState';
import { t } from '@/components/i18n';
import { PageHeader } from '@/components/PageHeader';
import { SearchBox } from '@/components/SearchBox';
import { useLiveQuery } from '@/components/useLiveQuery';
import { foldDiacritics } from '@/lib/core/normalize';
import { KIND_COLOURS } from '@/lib/highlight/styles';
import {
  ImportError,
  importLibrary,
  openStore,
  parseLibraryExport,
  readLibrary,
  toCslJson,
  toCsv,
  toHtml,
  toMarkdown,
  toWebAnnotationCollection,
  type AnnotationRecord,
  type DocumentRecord,
  type ExportLabels,
  type ImportSummary,
  type LibraryContent,
} from '@/lib/store';
import { citationGraph } from '@/lib/store/citations';

type Notice = { kind: 'ok' | 'error'; text: string };

function exportLabels(): ExportLabels {
  return {
    heading: t('exportHeading', new Date().toLocaleDateString('vi-VN')),
    kind: Object.fromEntries(Object.entries(ANNOTATION_KIND_LABEL).map(([kind, key]) => [kind, t(key)])) as ExportLabels['kind'],
    note: t('formNote'),
    tags: t('formTags'),
    orphan: t('panelOrphansTitle'),
    columns: {
      document: t('exportColumnDocument'),
      symbol: t('cardSymbol'),
      kind: t('formKind'),
      quote: t('exportColumnQuote'),
      note: t('formNote'),
      tags: t('formTags'),
      status: t('exportColumnStatus'),
      created: t('exportColumnCreated'),
      url: t('exportColumnUrl'),
    },
    status: { anchored: t('exportStatusAnchored'), orphan: t('panelOrphansTitle') },
  };
}

const FORMATS = {
  jsonld: { label: 'exportJsonLd', file: 'soi-thu-vien.jsonld', type: 'application/ld+json' },
  markdown: { label: 'exportMarkdown', file: 'soi-ghi-chu.md', type: 'text/markdown' },
  html: { label: 'exportHtml', file: 'soi-ghi-chu.html', type: 'text/html' },
  csv: { label: 'exportCsv', file: 'soi-ghi-chu.csv', type: 'text/csv' },
  csl: { label: 'exportCsl', file: 'soi-van-ban.json', type: 'application/json' },
} as const;
type Format = keyof typeof FORMATS;

function render(format: Format, content: LibraryContent): string {
  const labels = exportLabels();
  switch (format) {
    case 'jsonld':
      return JSON.stringify(toWebAnnotationCollection(content, new Date(), labels.heading), null, 2);
    case 'markdown':
      return toMarkdown(content, labels);
    case 'html':
      return toHtml(content, labels, KIND_COLOURS);
    case 'csv':
      return toCsv(content, labels);
    case 'csl':
      return JSON.stringify(toCslJson(content.documents), null, 2);
  }
}

function download(format: Format, text: string): void {
  const { file, type } = FORMATS[format];
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function importNotice(summary: ImportSummary): Notice {
  const { annotations, documents } = summary;
  return {
    kind: 'ok',
    text: t('importDone', [
      String(annotations.added),
      String(annotations.updated),
      String(annotations.kept),
      String(documents.added + documents.updated),
    ]),
  };
}

function importErrorNotice(error: unknown): Notice {
  if (!(error instanceof ImportError)) return { kind: 'error', text: t('importFailed', String(error)) };
  const reason = { 'not-json': t('importNotJson'), 'not-soi': t('importNotSoi'), invalid: t('importInvalid', error.problems.join('; ')) }[error.reason];
  return { kind: 'error', text: `${reason} ${t('importNothingChanged')}` };
}

function matches(needle: string, document: DocumentRecord, annotations: readonly AnnotationRecord[]): boolean {
  if (!needle) return true;
  const { card } = document;
  const haystack = [document.title, card.symbol, card.issuer, card.type, ...annotations.flatMap((a) => [a.target.selector[0].exact, a.body.note, ...a.body.tags])];
  return foldDiacritics(haystack.filter(Boolean).join(' ')).includes(needle);
}

/** Every saved document with its annotations and citations; search, export and import. */
export function Library() {
  const store = openStore();
  const content = useLiveQuery(() => readLibrary(store), []);
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);

  const annotationsByDocument = useMemo(() => {
    const map = new Map<string, AnnotationRecord[]>();
    for (const annotation of content?.annotations ?? []) map.set(annotation.documentId, [...(map.get(annotation.documentId) ?? []), annotation]);
    for (const list of map.values()) list.sort((a, b) => a.target.selector[1].start - b.target.selector[1].start);
    return map;
  }, [content]);
  const graph = useMemo(() => citationGraph(content?.documents ?? []), [content]);

  if (!content) return null;
  const needle = foldDiacritics(query.trim());
  const shown = content.documents.filter((doc) => matches(needle, doc, annotationsByDocument.get(doc.id) ?? []));

  const onImport = async (file: File) => {
    try {
      const parsed = parseLibraryExport(await file.text());
      setNotice(importNotice(await importLibrary(store.db, parsed)));
    } catch (error) {
      setNotice(importErrorNotice(error));
    }
  };

  return (
    <main class="soi-page">
      <PageHeader subtitle={t('librarySubtitle')} />
      <section class="soi-card soi-library-tools">
        <SearchBox placeholder={t('librarySearch')} data-testid="library-search" value={query} onQuery={setQuery} />
        <div class="soi-actions" role="group" aria-label={t('exportTitle')}>
          <strong>{t('exportTitle')}</strong>
          {(Object.keys(FORMATS) as Format[]).map((format) => (
            <button key={format} type="button" class="soi-button soi-button-quiet" data-format={format} onClick={() => download(format, render(format, content))}>
              {t(FORMATS[format].label)}
            </button>
          ))}
        </div>
        <label class="soi-actions">
          <strong>{t('importTitle')}</strong>
          <input
            type="file"
            accept=".jsonld,.json,application/ld+json,application/json"
            data-testid="library-import"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void onImport(file);
            }}
          />
        </label>
        {notice && (
          <p class={notice.kind === 'ok' ? 'soi-notice' : 'soi-notice soi-notice-error'} role={notice.kind === 'ok' ? 'status' : 'alert'} data-testid="library-notice">
            {notice.text}
          </p>
        )}
      </section>
      {content.documents.length === 0 ? (
        <EmptyState title={t('libraryEmptyTitle')}>
          <p>{t('libraryEmptyBody')}</p>
        </EmptyState>
      ) : (
        <ul class="soi-list" data-testid="library-documents">
          {shown.map((doc) => {
            const annotations = annotationsByDocument.get(doc.id) ?? [];
            const { cites, citedBy } = graph.get(doc.id) ?? { cites: [], citedBy: [] };
            return (
              <li key={doc.id} data-document-id={doc.id}>
                <DocumentCard card={doc.card} fallbackTitle={doc.title} counts={doc.entityCounts} isPartyDocument={doc.isPartyDocument}>
                  <p class="soi-actions soi-muted">
                    <a href={doc.url} target="_blank" rel="noreferrer">
                      {t('libraryOpenDocument')}
                    </a>
                    <span>{t('libraryAnnotationCount', String(annotations.length))}</span>
                    <button
                      type="button"
                      class="soi-link-button"
                      onClick={() => {
                        if (confirm(t('libraryDeleteConfirm'))) void store.documents.delete(doc.id);
                      }}
                    >
                      {t('libraryDelete')}
                    </button>
                  </p>
                  {(cites.length > 0 || citedBy.length > 0) && (
                    <dl class="soi-fields soi-citations">
                      {cites.length > 0 && [<dt key="c">{t('libraryCites')}</dt>, <dd key="cd">{cites.join(', ')}</dd>]}
                      {citedBy.length > 0 && [<dt key="b">{t('libraryCitedBy')}</dt>, <dd key="bd">{citedBy.join(', ')}</dd>]}
                    </dl>
                  )}
                  {annotations.length > 0 && (
                    <details class="soi-library-annotations">
                      <summary>{t('panelAnnotationsTitle')}</summary>
                      <ul class="soi-list">
                        {annotations.map((annotation) => (
                          <li key={annotation.id} class={`soi-annotation soi-kind-${annotation.body.kind}`} data-status={annotation.status}>
                            <span class="soi-annotation-kind">
                              {t(ANNOTATION_KIND_LABEL[annotation.body.kind])}
                              {annotation.status === 'orphan' && ` · ${t('panelOrphansTitle')}`}
                            </span>
                            <q class="soi-annotation-quote">{annotation.target.selector[0].exact}</q>
                            {annotation.body.note && <span class="soi-annotation-note">{annotation.body.note}</span>}
                            {annotation.body.tags.length > 0 && (
                              <ul class="soi-tags">
                                {annotation.body.tags.map((tag) => (
                                  <li key={tag}>{tag}</li>
                                ))}
                              </ul>
                            )}
                          </li>
                        ))}
                      </ul>
                    </details>
                  )}
                </DocumentCard>
              </li>
            );
          })}
          {shown.length === 0 && <p class="soi-muted">{t('panelNoMatch')}</p>}
        </ul>
      )}
    </main>
  );
}
