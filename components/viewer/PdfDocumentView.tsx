import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { EntityCounts } from '@/components/EntityCounts';
import { t } from '@/components/i18n';
import { foldText } from '@/lib/core/normalize';
import type { EntityKind } from '@/lib/core/types';
import { itemSlices } from '@/lib/pdf/char-map';
import { marksByPage, type PageMark } from '@/lib/pdf/marks';
import { searchFolded } from '@/lib/pdf/search';
import { countEntitiesByKind } from '@/lib/store/document-record';
import { PdfPageView } from './PdfPageView';
import { createPainter } from './text-layer-painter';
import type { PdfState } from './usePdfDocument';

export type MarkKind = EntityKind | 'search' | 'search-current';
const MARK_KINDS: readonly MarkKind[] = ['reference', 'agency', 'target', 'assignment', 'search', 'search-current'];
const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3];
/** Vertical space between pages, in CSS px (matches .soi-pdf-pages gap). */
const PAGE_GAP = 12;
const NO_MARKS: PageMark<MarkKind>[] = [];

type OpenState = Extract<PdfState, { status: 'open' }>;

/** The open document: toolbar (pages, zoom, search), status, and the lazily drawn pages. */
export function PdfDocumentView({ state }: { state: OpenState }) {
  const { doc, sizes, contents, done, pdf, analysis } = state;
  const pageCount = doc.numPages;
  const scroller = useRef<HTMLDivElement>(null);
  const painter = useMemo(() => createPainter(MARK_KINDS), []);
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

  const entityMarks = useMemo(
    () => (pdf && analysis ? marksByPage<MarkKind>(pdf, analysis.entities) : new Map<number, PageMark<MarkKind>[]>()),
    [pdf, analysis],
  );
  const folded = useMemo(() => (pdf ? foldText(pdf.text) : null), [pdf]);
  const hits = useMemo(() => (folded ? searchFolded(folded, query) : []), [folded, query]);
  const current = hits.length > 0 ? hits[Math.min(hitIndex, hits.length - 1)] : undefined;
  const focus = useMemo(() => {
    const first = pdf && current ? itemSlices(pdf, current.start, current.end)[0] : undefined;
    return first && { page: first.page, mark: { item: first.item, from: first.from, to: first.to, kind: 'search-current' as const } };
  }, [pdf, current]);
  const marks = useMemo(() => {
    if (!pdf || hits.length === 0) return entityMarks;
    const search = marksByPage<MarkKind>(pdf, hits.map((hit) => ({ ...hit, kind: hit === current ? 'search-current' : 'search' })));
    const merged = new Map(entityMarks);
    for (const [page, pageMarks] of search) merged.set(page, [...(merged.get(page) ?? []), ...pageMarks]);
    return merged;
  }, [pdf, entityMarks, hits, current]);

  const stepHit = (direction: 1 | -1) => {
    if (hits.length === 0) return;
    const next = (Math.min(hitIndex, hits.length - 1) + direction + hits.length) % hits.length;
    setHitIndex(next);
  };

  const counts = useMemo(() => countEntitiesByKind(analysis?.entities ?? []), [analysis]);

  return (
    <div class="soi-pdf-viewer" data-fingerprint={pdf?.fingerprint ?? ''} data-ready={String(analysis !== undefined && done === pageCount)}>
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
        <input
          type="search"
          class="soi-pdf-find"
          placeholder={t('viewerSearch')}
          aria-label={t('viewerSearch')}
          data-testid="pdf-search"
          disabled={!pdf}
          value={query}
          onInput={(event) => {
            setQuery(event.currentTarget.value);
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
      <StatusBar state={state} counts={counts} />
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
            />
          ))}
        </div>
      </div>
      {done < pageCount && <progress class="soi-pdf-progress" max={pageCount} value={done} />}
    </div>
  );
}

function StatusBar({ state, counts }: { state: OpenState; counts: Partial<Record<EntityKind, number>> }) {
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
    </div>
  );
}
