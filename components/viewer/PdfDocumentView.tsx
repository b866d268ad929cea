import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { EntityCounts } from '@/components/EntityCounts';
import { t } from '@/components/i18n';
import { SearchBox } from '@/components/SearchBox';
import { foldText } from '@/lib/core/normalize';
import type { EntityKind } from '@/lib/core/types';
import { itemSlices } from '@/lib/pdf/char-map';
import { marksByPage, type MarkedRange, type PageMark } from '@/lib/pdf/marks';
import { searchFolded } from '@/lib/pdf/search';
import { countEntitiesByKind } from '@/lib/store/document-record';
import { usePdfController } from './pdf-controller';
import { PdfPageView } from './PdfPageView';
import { ReaderOverlay } from './ReaderOverlay';
import { createPainter, type MarkKind } from './text-layer-painter';
import type { PdfSource, PdfState } from './usePdfDocument';

const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3];
/** Vertical space between pages, in CSS px (matches .soi-pdf-pages gap). */
const PAGE_GAP = 12;
const NO_MARKS: PageMark<MarkKind>[] = [];

type OpenState = Extract<PdfState, { status: 'open' }>;

/**
 * The open document: toolbar (pages, zoom, search), status, the lazily drawn
 * pages with their marks, and the reader's annotating (ReaderOverlay).
 */
export function PdfDocumentView({ state, source }: { state: OpenState; source: PdfSource }) {
  const { doc, sizes, contents, done, pdf, analysis } = state;
  const pageCount = doc.numPages;
  const scroller = useRef<HTMLDivElement>(null);
  const painter = useMemo(() => createPainter(), []);
  const [controller, view] = usePdfController(state, source);
  // Set only once the whole document is read; until then page 1's analysis is painted as it is.
  const session = controller.session;
  const [scale, setScale] = useState(1.25);
  const [currentPage, setCurrentPage] = useState(0);
  const [query, setQuery] = useState('');
  const [hitIndex, setHitIndex] = useState(0);

  // Fit the page width on first open, within the zoom steps' range.
  useEffect(() => {
    const width = scroller.current?.clientWidth ?? 0;
    if (width > 0) setScale(Math.min(1.5, Math.max(ZOOM_STEPS[0], (width - 48) / sizes[0].width)));
  }, [doc]);

  const tops = useMemo(() => {
    const out: number[] = [];
    let y = 0;
    for (const size of sizes) {
      out.push(y);
      y += Math.floor(size.height * scale) + PAGE_GAP;
    }
    return out;
  }, [sizes, scale]);

  const goToPage = (page: number) => {
    const target = Math.max(0, Math.min(pageCount - 1, page));
    scroller.current?.scrollTo({ top: tops[target] });
    setCurrentPage(target);
  };

  const onScroll = () => {
    const el = scroller.current!;
    const middle = el.scrollTop + el.clientHeight / 2;
    let lo = 0;
    let hi = tops.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (tops[mid] <= middle) lo = mid;
      else hi = mid - 1;
    }
    setCurrentPage(lo);
  };

  const zoom = (direction: 1 | -1) => {
    const next = direction > 0 ? ZOOM_STEPS.find((s) => s > scale + 0.01) : [...ZOOM_STEPS].reverse().find((s) => s < scale - 0.01);
    if (next) setScale(next);
  };
  // Keep the reader on the same page across zoom changes, before the browser paints the new sizes.
  useLayoutEffect(() => goToPage(currentPage), [scale]);

  // The library's view of the document (dismissed, accepted, notes, hidden kinds) once it is laid over it.
  const painted = useMemo<MarkedRange<MarkKind>[]>(
    () => session?.marks() ?? (analysis?.entities ?? []).map(({ start, end, kind }) => ({ start, end, kind })),
    [session, analysis, view.revision],
  );
  const folded = useMemo(() => (pdf ? foldText(pdf.text) : null), [pdf]);
  const hits = useMemo(() => (folded ? searchFolded(folded, query) : []), [folded, query]);
  const current = hits.length > 0 ? hits[Math.min(hitIndex, hits.length - 1)] : undefined;
  const { flash, draft } = view;
  // What to bring into view: the latest of the current search hit and a span the side panel asked to flash.
  const [focusRange, setFocusRange] = useState<{ start: number; end: number; flashKey?: number } | undefined>(undefined);
  useEffect(() => setFocusRange(current), [current]);
  useEffect(() => {
    if (flash) setFocusRange({ start: flash.start, end: flash.end, flashKey: flash.key });
  }, [flash?.key]);
  const onFocusShown = () => {
    if (focusRange?.flashKey !== undefined) controller.flashShown(focusRange.flashKey);
  };
  const focus = useMemo(() => {
    const first = pdf && focusRange ? itemSlices(pdf, focusRange.start, focusRange.end)[0] : undefined;
    const kind: MarkKind = focusRange?.flashKey === undefined ? 'search-current' : 'flash';
    return first && { page: first.page, mark: { item: first.item, from: first.from, to: first.to, kind } };
  }, [pdf, focusRange]);
  const marks = useMemo(() => {
    if (!pdf) return new Map<number, PageMark<MarkKind>[]>();
    const ranges: MarkedRange<MarkKind>[] = [...painted, ...hits.map((hit) => ({ ...hit, kind: hit === current ? ('search-current' as const) : ('search' as const) }))];
    if (flash) ranges.push({ ...flash, kind: 'flash' });
    // The passage being annotated keeps showing while the form has the focus (and the selection is gone).
    if (draft) ranges.push({ start: draft.start, end: draft.end, kind: 'note' });
    return marksByPage(pdf, ranges);
  }, [pdf, painted, hits, current, flash, draft]);

  const stepHit = (direction: 1 | -1) => {
    if (hits.length === 0) return;
    const next = (Math.min(hitIndex, hits.length - 1) + direction + hits.length) % hits.length;
    setHitIndex(next);
  };

  const counts = useMemo(() => {
    const dismissed = new Set(session?.dismissedEntityIds);
    return countEntitiesByKind((analysis?.entities ?? []).filter((entity) => !dismissed.has(entity.id)));
  }, [analysis, session, view.revision]);

  return (
    // Ready once the whole text is read and the library laid over it.
    <div class="soi-pdf-viewer" data-fingerprint={pdf?.fingerprint ?? ''} data-ready={String(session !== null && view.revision > 0)}>
      <div class="soi-pdf-toolbar" role="toolbar">
        <button class="soi-button soi-button-quiet" title={t('viewerPrevPage')} aria-label={t('viewerPrevPage')} onClick={() => goToPage(currentPage - 1)}>
          ‹
        </button>
        <label class="soi-pdf-pagebox">
          {t('viewerPage')}
          <input
            type="number"
            min={1}
            max={pageCount}
            value={currentPage + 1}
            data-testid="pdf-page-input"
            onChange={(event) => goToPage(Number(event.currentTarget.value) - 1)}
          />
          {t('viewerPageCount', String(pageCount))}
        </label>
        <button class="soi-button soi-button-quiet" title={t('viewerNextPage')} aria-label={t('viewerNextPage')} onClick={() => goToPage(currentPage + 1)}>
          ›
        </button>
        <span class="soi-pdf-sep" />
        <button class="soi-button soi-button-quiet" title={t('viewerZoomOut')} aria-label={t('viewerZoomOut')} onClick={() => zoom(-1)}>
          −
        </button>
        <span class="soi-pdf-zoom" title={t('viewerZoomLevel')}>{Math.round(scale * 100)}%</span>
        <button class="soi-button soi-button-quiet" title={t('viewerZoomIn')} aria-label={t('viewerZoomIn')} onClick={() => zoom(1)}>
          +
        </button>
        <span class="soi-pdf-sep" />
        <SearchBox
          class="soi-pdf-find"
          placeholder={t('viewerSearch')}
          data-testid="pdf-search"
          disabled={!pdf}
          value={query}
          onQuery={(value) => {
            setQuery(value);
            setHitIndex(0);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') stepHit(event.shiftKey ? -1 : 1);
          }}
        />
        {query.trim() !== '' && (
          <span class="soi-muted" data-testid="pdf-search-count">
            {hits.length > 0 ? t('viewerSearchCount', [String(Math.min(hitIndex, hits.length - 1) + 1), String(hits.length)]) : t('viewerSearchNone')}
          </span>
        )}
        <button class="soi-button soi-button-quiet" title={t('viewerSearchPrev')} aria-label={t('viewerSearchPrev')} disabled={hits.length === 0} onClick={() => stepHit(-1)}>
          ↑
        </button>
        <button class="soi-button soi-button-quiet" title={t('viewerSearchNext')} aria-label={t('viewerSearchNext')} disabled={hits.length === 0} onClick={() => stepHit(1)}>
          ↓
        </button>
      </div>
      <StatusBar state={state} counts={counts} orphans={session?.orphans.length ?? 0} />
      <div class="soi-pdf-scroller" ref={scroller} onScroll={onScroll}>
        <div class="soi-pdf-pages">
          {sizes.map((size, index) => (
            <PdfPageView
              key={index}
              doc={doc}
              index={index}
              scale={scale}
              size={size}
              content={contents[index]}
              marks={marks.get(index) ?? NO_MARKS}
              painter={painter}
              focus={focus?.page === index ? focus.mark : undefined}
              onFocusShown={onFocusShown}
            />
          ))}
        </div>
      </div>
      {done < pageCount && <progress class="soi-pdf-progress" max={pageCount} value={done} />}
      <ReaderOverlay controller={controller} view={view} />
    </div>
  );
}

function StatusBar({ state, counts, orphans }: { state: OpenState; counts: Partial<Record<EntityKind, number>>; orphans: number }) {
  const { pdf, done, doc } = state;
  if (!pdf || done < doc.numPages) {
    return (
      <p class="soi-pdf-status" role="status" data-testid="pdf-progress">
        {t('viewerReadingPages', [String(done), String(doc.numPages)])}
      </p>
    );
  }
  if (pdf.isScanned) {
    return (
      <div class="soi-pdf-status soi-pdf-warning" role="alert" data-testid="pdf-scanned">
        <strong>{t('viewerScannedTitle')}</strong>
        <p>{t('viewerScannedBody')}</p>
      </div>
    );
  }
  return (
    <div class="soi-pdf-status" data-testid="pdf-summary">
      <EntityCounts counts={counts} />
      {pdf.pagesWithoutText.length > 0 && (
        <p class="soi-muted">{t('viewerSomePagesScanned', String(pdf.pagesWithoutText.length))}</p>
      )}
      {orphans > 0 && (
        <p class="soi-muted" data-testid="pdf-orphans">
          {t('viewerOrphans', String(orphans))}
        </p>
      )}
    </div>
  );
}
