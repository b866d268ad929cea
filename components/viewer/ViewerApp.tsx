import { useState } from 'preact/hooks';
import { PageHeader } from '@/components/PageHeader';
import { t, type MessageKey } from '@/components/i18n';
import { OpenPdf } from './OpenPdf';
import { PdfDocumentView } from './PdfDocumentView';
import { usePdfDocument, type PdfSource, type ViewerErrorCode } from './usePdfDocument';

const ERROR_MESSAGE: Record<ViewerErrorCode, MessageKey> = {
  encrypted: 'pdfErrorEncrypted',
  corrupt: 'pdfErrorCorrupt',
  'not-pdf': 'pdfErrorNotPdf',
  empty: 'pdfErrorEmpty',
  fetch: 'viewerErrorFetch',
};

/** `viewer.html?file=<url>` opens that PDF; without it, the reader drops or picks a file. */
export function ViewerApp({ initialUrl }: { initialUrl: string | null }) {
  const [source, setSource] = useState<PdfSource | null>(() => (initialUrl ? { kind: 'url', url: initialUrl } : null));
  const openFile = (file: File) => setSource({ kind: 'file', file });
  return (
    <OpenPdf onFile={openFile}>
      {source ? <LoadedPdf source={source} /> : <Welcome />}
    </OpenPdf>
  );
}

function Welcome() {
  return (
    <div class="soi-page">
      <PageHeader subtitle={t('viewerSubtitle')} />
      <div class="soi-empty" data-testid="pdf-welcome">
        <p>{t('viewerDropHint')}</p>
      </div>
    </div>
  );
}

function LoadedPdf({ source }: { source: PdfSource }) {
  const state = usePdfDocument(source);
  if (state.status === 'loading') {
    return (
      <p class="soi-pdf-status" role="status" data-testid="pdf-loading">
        {t('viewerLoading')}
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <div class="soi-page">
        <PageHeader subtitle={t('viewerSubtitle')} />
        <div class="soi-empty" role="alert" data-testid="pdf-error" data-code={state.code}>
          <h2>{t('viewerErrorTitle')}</h2>
          <p>{t(ERROR_MESSAGE[state.code])}</p>
          <p>{t('viewerErrorUntouched')}</p>
        </div>
      </div>
    );
  }
  return <PdfDocumentView state={state} source={source} />;
}
