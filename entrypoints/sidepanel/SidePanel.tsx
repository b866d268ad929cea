import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DocumentCard } from '@/components/DocumentCard';
import { DocumentOutline } from '@/components/DocumentOutline';
import { EmptyState } from '@/components/EmptyState';
import { t } from '@/components/i18n';
import { PageHeader } from '@/components/PageHeader';
import { sendToBackground, type BackgroundBroadcast, type PageReport } from '@/lib/messages';
import { countEntitiesByKind, documentRecordFrom, openStore, webPageSource } from '@/lib/store';
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

/** Whether the library already holds this page's current text. */
function useSavedState(report: PageReport | null): [boolean, () => Promise<void>] {
  const [saved, setSaved] = useState(false);
  const source = report ? webPageSource(report.url) : undefined;
  useEffect(() => {
    setSaved(false);
    if (!source) return;
    void openStore()
      .documents.get(source)
      .then((row) => setSaved(row?.contentHash === report?.contentHash));
  }, [source, report?.contentHash]);

  const save = async () => {
    if (!report?.analysis || !report.contentHash || !source) return;
    const record = documentRecordFrom(
      {
        source,
        url: report.url,
        title: report.title,
        mediaType: 'text/html',
        analysis: report.analysis,
        contentHash: report.contentHash,
      },
      new Date(),
    );
    await openStore().documents.put(record);
    setSaved(true);
  };
  return [saved, save];
}

export function SidePanel() {
  const tabId = useActiveTabId();
  const report = useTabReport(tabId);
  const [saved, save] = useSavedState(report);
  const analysis = report?.analysis;

  return (
    <main class="soi-page">
      <PageHeader subtitle={t('sidepanelSubtitle')} />
      {analysis ? (
        <>
          <DocumentCard
            card={analysis.document}
            fallbackTitle={report.title}
            counts={countEntitiesByKind(analysis.entities)}
            isPartyDocument={analysis.document.isPartyDocument}
          >
            <div class="soi-actions">
              <button class="soi-button" type="button" disabled={saved} onClick={() => void save()}>
                {saved ? t('sidepanelSaved') : t('sidepanelSave')}
              </button>
              <a href={browser.runtime.getURL('/library.html')} target="_blank" rel="noreferrer">
                {t('sidepanelOpenLibrary')}
              </a>
            </div>
          </DocumentCard>
          <DocumentOutline outline={analysis.document.outline} />
        </>
      ) : (
        <EmptyState title={t('sidepanelEmptyTitle')}>
          <p>{t('sidepanelEmptyBody')}</p>
          <p class="soi-muted">{t('sidepanelEmptyHint')}</p>
        </EmptyState>
      )}
    </main>
  );
}
