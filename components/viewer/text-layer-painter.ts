/**
 * Painting marks on pdf.js text layers. The viewer only sees the
 * TextLayerPainter interface, so another strategy (lib/highlight's renderers)
 * can replace this one without touching the pages.
 */
// Relative imports: unit tests load this module, and Vitest has no '@' alias.
import { KIND_COLOURS, type HighlightKind } from '../../lib/highlight';
import type { PageMark } from '../../lib/pdf/marks';

/** What the viewer paints: the web page's highlight kinds and flash, plus search hits. */
export type MarkKind = HighlightKind | 'flash' | 'search' | 'search-current';

/** Later kinds paint over earlier ones where marks overlap, in the web renderer's order; search and flash on top. */
const MARK_KINDS: readonly MarkKind[] = ['assignment', 'target', 'reference', 'agency', 'note', 'search', 'search-current', 'flash'];

/**
 * The web's highlight colours (KIND_COLOURS) for the kinds they share, as a
 * stylesheet for both strategies. They are opaque: `.textLayer` multiplies
 * itself onto the page's canvas (viewer.css), so the glyphs drawn there show
 * through as under a highlighter pen. Search colours stay in viewer.css.
 */
function markStylesheet(): string {
  return Object.entries(KIND_COLOURS)
    .flatMap(([kind, colour]) => [`::highlight(soi-pdf-${kind}) { background-color: ${colour}; }`, `.soi-pdf-${kind} { background-color: ${colour}; }`])
    .join('\n');
}

export interface TextLayerPainter<K extends string = string> {
  /** Paints `marks` on page `page`, whose TextLayer spans are `textDivs`; replaces that page's earlier marks. */
  paint(page: number, textDivs: readonly HTMLElement[], marks: readonly PageMark<K>[]): void;
  /** Removes page `page`'s marks (it was scrolled away and unrendered). */
  clear(page: number): void;
}

/**
 * CSS Custom Highlight API: one named highlight per kind (`::highlight(soi-pdf-<kind>)`),
 * ranges over the text layer's own text nodes; no DOM rewritten. Kinds later
 * in the constructor's list paint over earlier ones.
 */
export class CssHighlightPainter<K extends string> implements TextLayerPainter<K> {
  private readonly highlights = new Map<K, Highlight>();
  private readonly pageRanges = new Map<number, { kind: K; range: Range }[]>();

  constructor(kinds: readonly K[]) {
    kinds.forEach((kind, index) => {
      const highlight = new Highlight();
      highlight.priority = index;
      this.highlights.set(kind, highlight);
      CSS.highlights.set(`soi-pdf-${kind}`, highlight);
    });
  }

  static isSupported(): boolean {
    return typeof Highlight === 'function' && 'highlights' in CSS;
  }

  paint(page: number, textDivs: readonly HTMLElement[], marks: readonly PageMark<K>[]): void {
    this.clear(page);
    const ranges: { kind: K; range: Range }[] = [];
    for (const mark of marks) {
      const node = textDivs[mark.item]?.firstChild;
      const highlight = this.highlights.get(mark.kind);
      if (!node || !highlight || mark.to > (node.textContent ?? '').length) continue;
      const range = document.createRange();
      range.setStart(node, mark.from);
      range.setEnd(node, mark.to);
      highlight.add(range);
      ranges.push({ kind: mark.kind, range });
    }
    this.pageRanges.set(page, ranges);
  }

  clear(page: number): void {
    for (const { kind, range } of this.pageRanges.get(page) ?? []) this.highlights.get(kind)?.delete(range);
    this.pageRanges.delete(page);
  }
}

/**
 * Where the Highlight API is missing: each marked slice wrapped in a <mark>
 * inside the text layer, which is Soi's own DOM, not the page's.
 */
export class WrapPainter<K extends string> implements TextLayerPainter<K> {
  private readonly wrapped = new Map<number, HTMLElement[]>();

  paint(page: number, textDivs: readonly HTMLElement[], marks: readonly PageMark<K>[]): void {
    this.clear(page);
    const touched: HTMLElement[] = [];
    // Right to left inside each span: the unwrapped prefix stays the first text node.
    const sorted = [...marks].sort((a, b) => a.item - b.item || b.from - a.from);
    for (const mark of sorted) {
      const span = textDivs[mark.item];
      const text = span?.firstChild;
      // A mark overlapping one already wrapped (a search hit inside an entity) is skipped.
      if (!span || !(text instanceof Text) || mark.to > text.length) continue;
      const tail = text.splitText(mark.from);
      tail.splitText(mark.to - mark.from);
      const wrapper = document.createElement('mark');
      wrapper.className = `soi-pdf-mark soi-pdf-${mark.kind}`;
      tail.replaceWith(wrapper);
      wrapper.append(tail);
      touched.push(span);
    }
    this.wrapped.set(page, touched);
  }

  clear(page: number): void {
    for (const span of this.wrapped.get(page) ?? []) span.replaceChildren(span.textContent ?? '');
    this.wrapped.delete(page);
  }
}

const STYLESHEET_ID = 'soi-pdf-marks';

/** The painter this browser supports, with the stylesheet its marks need. */
export function createPainter(): TextLayerPainter<MarkKind> {
  if (!document.getElementById(STYLESHEET_ID)) {
    const style = document.createElement('style');
    style.id = STYLESHEET_ID;
    style.textContent = markStylesheet();
    document.head.append(style);
  }
  return CssHighlightPainter.isSupported() ? new CssHighlightPainter(MARK_KINDS) : new WrapPainter();
}
