/**
 * Strategy 1: the CSS Custom Highlight API. One `Highlight` per kind in
 * `CSS.highlights`, styled through `::highlight(soi-<kind>)`; the page's DOM is
 * never touched (the stylesheet is adopted, not inserted).
 *
 * Adopting the sheet makes the browser restyle the whole page once, and that
 * restyle is the largest part of a first paint; so the extension has the
 * browser add the same `:root` rules to every page as it loads
 * (entrypoints/content/highlights.css, before the page has elements to
 * restyle), and a renderer that finds them there adds none. The rules sit on
 * `:root` alone where highlight styles inherit (CSS Pseudo 4 highlight inheritance, in
 * Chromium): a rule every element matches costs that restyle a match per
 * element too (in the bench's 1.5 MB page, 90 ms instead of 60 ms). Where they
 * do not inherit (Firefox 153), a rule paints only text whose own parent it
 * matches, so there the rules match every element; finding that out costs
 * such an engine one restyle more per document (about 25 ms on that page).
 */
import { FLASH_MS, HIGHLIGHT_KINDS, highlightName, scrollToRange, type HighlightKind, type HighlightRenderer } from './renderer';
import { highlightCss, injectStyle, KIND_COLOURS, type InjectedStyle } from './styles';

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

/**
 * Whether the `:root` rules just adopted reach the root's descendants: the
 * engine reports the rule's colour on the root's highlight style, and the same
 * colour on a child's. Reading it updates the page's style at once, the
 * restyle the new sheet needs before the next frame anyway. An engine that
 * cannot report highlight styles (empty, or the element's own colour) counts
 * as not inheriting: the rules on every element paint everywhere.
 */
function highlightStylesInherit(doc: Document): boolean {
  const view = doc.defaultView;
  const root = doc.documentElement as Element | null;
  const child = doc.body ?? root?.firstElementChild;
  if (!view || !root || !child) return true; // no element below the root to paint
  const ruled = flashColourOn(root);
  if (ruled === '' || ruled === view.getComputedStyle(root).backgroundColor) return false;
  return flashColourOn(child) === ruled;
}

/** The flash highlight's background as the engine reports it on `element` ('' where it reports none). */
function flashColourOn(element: Element): string {
  return element.ownerDocument.defaultView?.getComputedStyle(element, `::highlight(${highlightName('flash')})`).backgroundColor ?? '';
}

/** The rules on `:root` alone: what entrypoints/content/highlights.css holds (a unit test keeps the two the same). */
export const ROOT_HIGHLIGHT_CSS = highlightCss((name) => `:root::highlight(${name})`, new Set());

/** `#ffb020` as getComputedStyle reports it. */
function rgbOf(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 0xff}, ${n & 0xff})`;
}

/** The root rules are in the page already (the browser added the content script's stylesheet). */
function rootRulesPresent(doc: Document): boolean {
  const root = doc.documentElement as Element | null;
  return !!root && flashColourOn(root) === rgbOf(KIND_COLOURS.flash);
}

export function createCssHighlightRenderer(doc: Document, api: HighlightApi): HighlightRenderer {
  const { registry } = api;
  const hidden = new Set<HighlightKind>();
  const highlights = new Map<HighlightKind, Highlight>();
  // Hiding a kind takes its Highlight out of the registry, so the sheet never changes after this.
  let style: InjectedStyle | null = rootRulesPresent(doc) ? null : injectStyle(doc, ROOT_HIGHLIGHT_CSS);
  if (!highlightStylesInherit(doc)) {
    const everywhere = highlightCss((name) => `::highlight(${name})`, new Set());
    if (style) style.update(everywhere);
    else style = injectStyle(doc, everywhere);
  }
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
      style?.remove();
    },
  };
}
