import { TextLayer, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageMark } from '@/lib/pdf/marks';
import type { TextLayerPainter } from './text-layer-painter';

export interface PageSize {
  width: number;
  height: number;
}

interface Props {
  doc: PDFDocumentProxy;
  /** 0-based. */
  index: number;
  scale: number;
  /** Size at scale 1 (an estimate until extraction has read this page). */
  size: PageSize;
  /** The items extraction counted, so span i of the text layer is item i of the char map. */
  content?: TextContent;
  marks: readonly PageMark[];
  painter: TextLayerPainter;
  /** A mark to bring into view once painted (the current search hit, a span the side panel flashes). */
  focus?: PageMark;
  /** The focus is on screen now. */
  onFocusShown?: () => void;
}

/** Render pages this far outside the viewport ahead of scrolling; drop them beyond it. */
const RENDER_MARGIN = '150% 0px';

/**
 * Scrolls only the viewer's scrolling box (element.scrollIntoView would also
 * shift the page itself and hide the toolbar).
 */
function scrollIntoScroller(element: HTMLElement, where: 'start' | 'center'): void {
  const scroller = element.closest('.soi-pdf-scroller');
  if (!scroller) return;
  const box = scroller.getBoundingClientRect();
  const rect = element.getBoundingClientRect();
  const offset = where === 'start' ? 0 : box.height / 2 - rect.height / 2;
  scroller.scrollTop += rect.top - box.top - offset;
}

/** One page: a sized placeholder that draws its canvas and text layer only while near the viewport. */
export function PdfPageView({ doc, index, scale, size, content, marks, painter, focus, onFocusShown }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const textLayerDiv = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  const [textDivs, setTextDivs] = useState<HTMLElement[] | null>(null);

  useEffect(() => {
    // The scrolling box is the root, so the margin reaches pages about to scroll in.
    const observer = new IntersectionObserver(([entry]) => setNear(entry.isIntersecting), {
      root: root.current!.closest('.soi-pdf-scroller'),
      rootMargin: RENDER_MARGIN,
    });
    observer.observe(root.current!);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!near) return;
    const target = canvas.current!;
    const container = textLayerDiv.current!;
    let cancelled = false;
    let renderTask: RenderTask | null = null;
    let textLayer: TextLayer | null = null;
    (async () => {
      const page = await doc.getPage(index + 1);
      if (cancelled) return;
      const viewport = page.getViewport({ scale });
      const ratio = window.devicePixelRatio || 1;
      target.width = Math.floor(viewport.width * ratio);
      target.height = Math.floor(viewport.height * ratio);
      renderTask = page.render({ canvas: target, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
      await renderTask.promise;
      if (cancelled) return;
      container.replaceChildren();
      textLayer = new TextLayer({ textContentSource: content ?? (await page.getTextContent()), container, viewport });
      await textLayer.render();
      if (cancelled) return;
      // The reader's selection is read back through these (text-layer-selection.ts).
      textLayer.textDivs.forEach((div, item) => (div.dataset.item = String(item)));
      setTextDivs(textLayer.textDivs);
    })().catch((error: unknown) => {
      // Cancelled renders reject by design; anything else leaves this page blank, not the viewer broken.
      if (!cancelled) console.warn(`Soi: page ${index + 1} could not be drawn`, error);
    });
    return () => {
      cancelled = true;
      renderTask?.cancel();
      textLayer?.cancel();
      painter.clear(index);
      setTextDivs(null);
      // Far pages give their bitmap memory back; a 100-page PDF never holds 100 canvases.
      target.width = 0;
      target.height = 0;
      container.replaceChildren();
    };
  }, [near, doc, index, scale, content, painter]);

  useEffect(() => {
    if (textDivs) painter.paint(index, textDivs, marks);
  }, [textDivs, marks, painter, index]);

  // A new focus is brought into view once: a page not drawn yet is scrolled to first, and its
  // mark centred when drawn; redrawing the page later (scrolled away and back) leaves the view alone.
  const pendingFocus = useRef<PageMark | undefined>(undefined);
  useEffect(() => {
    pendingFocus.current = focus;
    if (focus && !textDivs && root.current) scrollIntoScroller(root.current, 'start');
  }, [focus]);
  useEffect(() => {
    const target = pendingFocus.current && textDivs?.[pendingFocus.current.item];
    if (!target) return;
    scrollIntoScroller(target, 'center');
    pendingFocus.current = undefined;
    onFocusShown?.();
  }, [focus, textDivs]);

  const width = Math.floor(size.width * scale);
  const height = Math.floor(size.height * scale);
  return (
    <div
      ref={root}
      class="soi-pdf-page"
      data-page={index + 1}
      style={{ width: `${width}px`, height: `${height}px`, '--total-scale-factor': scale }}
    >
      <canvas ref={canvas} style={{ width: `${width}px`, height: `${height}px` }} />
      <div ref={textLayerDiv} class="textLayer" />
    </div>
  );
}
