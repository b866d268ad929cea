import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AnnotationList } from '@/components/AnnotationList';
import { DocumentCard } from '@/components/DocumentCard';
import { DocumentOutline } from '@/components/DocumentOutline';
import { EmptyState } from '@/components/EmptyState';
import { EntityList } from '@/components/EntityList';
import { t } from '@/components/i18n';
import { KindToggles } from '@/components/KindToggles';
import { PageHeader } from '@/components/PageHeader';
import { SearchBox } from '@/components/SearchBox';
import { useLiveQuery } from '@/components/useLiveQuery';
import { isPdfUrl, viewerUrl } from '@/components/viewer/file-param';
import { onShownPdfChange, shownPdf } from '@/lib/shown-pdfs';
import type { EntityKind } from '@/lib/core/types';
import { analysedDocumentOf, sendToBackground, sendToTab, type BackgroundBroadcast, type PageReport, type ToContent } from '@/lib/messages';
import { countEntitiesByKind, documentRecordFrom, openStore, type AnnotationRecord } from '@/lib/store';
import { useActiveTabId } from './active-tab';

function useTabReport(tabId: number | undefined): PageReport | null {
  const [report, setReport] = useState<PageReport | null>(null);
  useEffect(() => {
    if (tabId === undefined) return;
    const load = () => void sendToBackground({ type: 'tab/get-report', tabId }).then(setReport);
    load();
    const onBroadcast = (message: BackgroundBroadcast) => {
      if (message.type === 'tab/report-changed' && message.tabId === tabId) load();
    };
    browser.runtime.onMessage.addListener(onBroadcast);
    return () => browser.runtime.onMessage.removeListener(onBroadcast);
  }, [tabId]);
  return report;
}

/**
 * The tab's address when it is a PDF's: the browser's own viewer is shown
 * there, which Soi cannot read (the host permission makes http(s) tab
 * addresses readable; a PDF at an address without `.pdf` the content script
 * reported). Null for anything else.
 */
function usePdfTabUrl(tabId: number | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (tabId === undefined) return;
    const read = () =>
      void Promise.all([browser.tabs.get(tabId), shownPdf(tabId)]).then(
        ([tab, shown]) => setUrl(isPdfUrl(tab.url) || (shown !== undefined && shown === tab.url) ? tab.url! : null),
        () => setUrl(null),
      );
    read();
    const onUpdated = (id: number, change: { url?: string }) => {
      if (id === tabId && change.url !== undefined) read();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    const stopWatching = onShownPdfChange(tabId, read);
    return () => {
      browser.tabs.onUpdated.removeListener(onUpdated);
      stopWatching();
    };
  }, [tabId]);
  return url;
}

/** The tab may have no content script (a browser page) or a stale one: the panel keeps working. */
async function askTab(tabId: number | undefined, message: ToContent): Promise<void> {
  if (tabId === undefined) return;
  try {
    await sendToTab(tabId, message);
  } catch {
    // nothing in the tab to answer
  }
}

export function SidePanel() {
  const tabId = useActiveTabId();
  const report = useTabReport(tabId);
  const pdfUrl = usePdfTabUrl(tabId);
  const analysis = report?.analysis;
  const documentId = report?.documentId;
  const [query, setQuery] = useState('');
  const store = openStore();

  const savedRow = useLiveQuery(() => (documentId ? store.documents.get(documentId) : Promise.resolve(undefined)), [documentId]);
  const saved = savedRow !== undefined && savedRow.contentHash === report?.contentHash;
  const annotations = useLiveQuery<AnnotationRecord[]>(
    () => (documentId ? store.annotations.forDocument(documentId) : Promise.resolve([])),
    [documentId],
  );
  const kinds = useLiveQuery(() => store.settings.get('highlightKinds'), []);

  const dismissedIds = useMemo(() => new Set(report?.dismissedEntityIds ?? []), [report]);
  const acceptedIds = useMemo(() => new Set(report?.acceptedEntityIds ?? []), [report]);
  const counts = useMemo(
    () => countEntitiesByKind((analysis?.entities ?? []).filter((entity) => !dismissedIds.has(entity.id))),
    [analysis, dismissedIds],
  );

  const save = async () => {
    const analysed = analysedDocumentOf(report);
    if (analysed) await store.documents.put(documentRecordFrom(analysed, new Date()));
  };
  const setKinds = async (next: Record<EntityKind, boolean>) => {
    await store.settings.set('highlightKinds', next);
    await askTab(tabId, { type: 'highlights/set-kinds', kinds: next });
  };

  if (report?.isScanned) {
    return (
      <main class="soi-page">
        <PageHeader subtitle={t('sidepanelSubtitle')} />
        <EmptyState title={t('viewerScannedTitle')}>
          <p>{t('viewerScannedBody')}</p>
        </EmptyState>
      </main>
    );
  }

  if (!analysis && pdfUrl && tabId !== undefined) {
    return (
      <main class="soi-page">
        <PageHeader subtitle={t('sidepanelSubtitle')} />
        <EmptyState title={t('sidepanelPdfTitle')}>
          <p>{t('sidepanelPdfBody')}</p>
          <button class="soi-button" type="button" data-testid="open-pdf-in-soi" onClick={() => void browser.tabs.update(tabId, { url: viewerUrl(pdfUrl) })}>
            {t('openPdfInSoi')}
          </button>
        </EmptyState>
      </main>
    );
  }

  if (!analysis) {
    return (
      <main class="soi-page">
        <PageHeader subtitle={t('sidepanelSubtitle')} />
        <EmptyState title={t('sidepanelEmptyTitle')}>
          <p>{t('sidepanelEmptyBody')}</p>
          <p class="soi-muted">{t('sidepanelEmptyHint')}</p>
          {tabId !== undefined && (
            <button class="soi-button" type="button" data-testid="analyse-page" onClick={() => void askTab(tabId, { type: 'page/analyse' })}>
              {t('panelAnalyseAnyway')}
            </button>
          )}
        </EmptyState>
      </main>
    );
  }

  return (
    <main class="soi-page">
      <PageHeader subtitle={t('sidepanelSubtitle')} />
      <DocumentCard card={analysis.document} fallbackTitle={report.title} counts={counts} isPartyDocument={analysis.document.isPartyDocument}>
        <div class="soi-actions">
          <button class="soi-button" type="button" disabled={saved} onClick={() => void save()}>
            {saved ? t('sidepanelSaved') : t('sidepanelSave')}
          </button>
          <a href={browser.runtime.getURL('/library.html')} target="_blank" rel="noreferrer">
            {t('sidepanelOpenLibrary')}
          </a>
        </div>
      </DocumentCard>
      <AnnotationList
        annotations={annotations ?? []}
        onReveal={(record) => void askTab(tabId, { type: 'annotation/reveal', id: record.id })}
        onEdit={(record, body) => void store.annotations.updateBody(record.id, body).then(() => askTab(tabId, { type: 'page/refresh' }))}
        onDelete={(record) => void store.annotations.delete(record.id).then(() => askTab(tabId, { type: 'page/refresh' }))}
      />
      <section class="soi-card" data-testid="entities">
        <h2>{t('panelEntitiesTitle')}</h2>
        {kinds && <KindToggles kinds={kinds} counts={counts} onChange={(next) => void setKinds(next)} />}
        <SearchBox placeholder={t('panelSearch')} data-testid="entity-search" value={query} onQuery={setQuery} />
        <EntityList
          entities={analysis.entities}
          dismissedIds={dismissedIds}
          acceptedIds={acceptedIds}
          query={query}
          onReveal={(entity) => void askTab(tabId, { type: 'page/reveal', start: entity.start, end: entity.end })}
          onAccept={(entity) => void askTab(tabId, { type: 'entity/accept', entityId: entity.id })}
          onDismiss={(mentions) => void askTab(tabId, { type: 'entity/dismiss', entityIds: mentions.map((entity) => entity.id) })}
        />
      </section>
      <DocumentOutline
        outline={analysis.document.outline}
        // The heading line, not the whole section, is what flashes.
        onSelect={(item) => void askTab(tabId, { type: 'page/reveal', start: item.start, end: Math.min(item.end, item.start + item.label.length + 1 + item.title.length) })}
      />
    </main>
  );
}
