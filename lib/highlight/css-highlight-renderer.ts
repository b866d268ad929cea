/**
 * Strategy 1: the CSS Custom Highlight API. One `Highlight` per kind in
 * `CSS.highlights`, styled through `::highlight(soi-<kind>)`; the page's DOM is
 * never touched (the stylesheet is adopted, not inserted).
 */
import { FLASH_MS, HIGHLIGHT_KINDS, highlightName, scrollToRange, type HighlightKind, type HighlightRenderer } from './renderer';
import { highlightCss, injectStyle } from './styles';

/** Later kinds paint over earlier ones where spans overlap: the narrower kinds win. */
const PRIORITY: Readonly<Record<HighlightKind | 'flash', number>> = {
  assignment: 1,
  target: 2,
  reference: 3,
  agency: 4,
  note: 5,
  flash: 10,
};

type HighlightApi = { registry: HighlightRegistry; Highlight: typeof Highlight };

/** The API in this document's window, or null where it is missing (happy-dom, older browsers). */
export function highlightApiOf(doc: Document): HighlightApi | null {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = view?.CSS?.highlights;
  const constructor = view?.Highlight;
  return registry && typeof constructor === 'function' ? { registry, Highlight: constructor } : null;
}

export function createCssHighlightRenderer(doc: Document, api: HighlightApi): HighlightRenderer {
  const { registry } = api;
  const hidden = new Set<HighlightKind>();
  const highlights = new Map<HighlightKind, Highlight>();
  // Hiding a kind takes its Highlight out of the registry, so the sheet never changes.
  const style = injectStyle(doc, highlightCss((name) => `::highlight(${name})`, new Set()));
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const show = (kind: HighlightKind): void => {
    const highlight = highlights.get(kind);
    if (highlight && !hidden.has(kind)) registry.set(highlightName(kind), highlight);
    else registry.delete(highlightName(kind));
  };

  const clearFlash = (): void => {
    clearTimeout(flashTimer);
    registry.delete(highlightName('flash'));
  };

  const clear = (): void => {
    clearFlash();
    for (const kind of HIGHLIGHT_KINDS) registry.delete(highlightName(kind));
    highlights.clear();
  };

  return {
    strategy: 'css-highlight',
    paint(groups) {
      clear();
      const byKind = new Map<HighlightKind, Range[]>();
      for (const group of groups) {
        const ranges = byKind.get(group.kind);
        if (ranges) ranges.push(...group.ranges);
        else byKind.set(group.kind, [...group.ranges]);
      }
      for (const [kind, ranges] of byKind) {
        const highlight = new api.Highlight(...ranges);
        highlight.priority = PRIORITY[kind];
        highlights.set(kind, highlight);
        show(kind);
      }
    },
    clear,
    setVisible(kind, visible) {
      if (visible) hidden.delete(kind);
      else hidden.add(kind);
      show(kind);
    },
    flash(range, durationMs = FLASH_MS) {
      clearFlash();
      const highlight = new api.Highlight(range);
      highlight.priority = PRIORITY.flash;
      registry.set(highlightName('flash'), highlight);
      scrollToRange(range);
      flashTimer = setTimeout(clearFlash, durationMs);
    },
    destroy() {
      clear();
      style.remove();
    },
  };
}
