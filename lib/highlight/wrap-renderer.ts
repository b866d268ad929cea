/**
 * Strategy 2, for browsers without the CSS Custom Highlight API: wrap each
 * painted piece of text in `<mark class="soi-hl soi-<kind>">`. Text nodes are
 * split where spans begin and end; clear() unwraps the marks and joins the
 * pieces back into the original text node, so the DOM (and the identity of
 * the page's text nodes) is as before.
 *
 * Ranges handed to paint() are live and follow the DOM as it is split; build
 * a fresh text index after painting when offsets are needed again (the text
 * is unchanged, only split into more nodes).
 */
import { FLASH_MS, highlightName, scrollToRange, type HighlightGroup, type HighlightKind, type HighlightRenderer } from './renderer';
import { highlightCss, injectStyle } from './styles';

type LayerKind = HighlightKind | 'flash';

const MARK_CLASS = 'soi-hl';

/** Outer to inner nesting where pieces overlap: the narrower kinds sit innermost and show. */
const NESTING: readonly LayerKind[] = ['assignment', 'target', 'reference', 'agency', 'note', 'flash'];

interface Segment {
  start: number;
  end: number;
  kind: LayerKind;
}

/** One paint's changes, enough to undo them exactly. */
interface WrapLayer {
  marks: HTMLElement[];
  /** Each split text node (kept as the first piece) and the pieces split off it. */
  splits: { original: Text; pieces: Text[] }[];
}

export function createWrapRenderer(doc: Document): HighlightRenderer {
  const hidden = new Set<HighlightKind>();
  const css = (): string => highlightCss((name) => `mark.${MARK_CLASS}.${name}`, hidden);
  const style = injectStyle(doc, `mark.${MARK_CLASS} { background: transparent; color: inherit; }\n${css()}`);
  let painted: WrapLayer | null = null;
  let flashed: WrapLayer | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const clearFlash = (): void => {
    clearTimeout(flashTimer);
    if (flashed) unwrap(flashed);
    flashed = null;
  };

  const clear = (): void => {
    // The flash layer split the painted layer's pieces, so it goes first.
    clearFlash();
    if (painted) unwrap(painted);
    painted = null;
  };

  return {
    strategy: 'wrap',
    paint(groups) {
      clear();
      painted = wrap(doc, groups);
    },
    clear,
    setVisible(kind, visible) {
      if (visible) hidden.delete(kind);
      else hidden.add(kind);
      style.update(`mark.${MARK_CLASS} { background: transparent; color: inherit; }\n${css()}`);
    },
    flash(range, durationMs = FLASH_MS) {
      clearFlash();
      scrollToRange(range);
      flashed = wrap(doc, [{ kind: 'flash', ranges: [range] }]);
      flashTimer = setTimeout(clearFlash, durationMs);
    },
    destroy() {
      clear();
      style.remove();
    },
  };
}

function wrap(doc: Document, groups: readonly (HighlightGroup | { kind: 'flash'; ranges: Range[] })[]): WrapLayer {
  // Resolve every range to text-node segments before changing anything: the
  // splits below would move the boundaries of ranges not yet visited.
  const segmentsByNode = new Map<Text, Segment[]>();
  for (const group of groups) {
    for (const range of group.ranges) {
      for (const { node, start, end } of textSegments(doc, range)) {
        const list = segmentsByNode.get(node);
        const segment = { start, end, kind: group.kind };
        if (list) list.push(segment);
        else segmentsByNode.set(node, [segment]);
      }
    }
  }
  const layer: WrapLayer = { marks: [], splits: [] };
  for (const [node, segments] of segmentsByNode) wrapTextNode(doc, node, segments, layer);
  return layer;
}

/** The parts of each text node inside the range, visiting only the nodes from its start to its end. */
function textSegments(doc: Document, range: Range): { node: Text; start: number; end: number }[] {
  if (range.collapsed) return [];
  const { startContainer, startOffset, endContainer, endOffset } = range;
  if (startContainer === endContainer && startContainer.nodeType === 3) {
    return [{ node: startContainer as Text, start: startOffset, end: endOffset }];
  }
  const out: { node: Text; start: number; end: number }[] = [];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = startContainer;
  let node = startContainer.nodeType === 3 ? startContainer : walker.nextNode();
  for (; node; node = walker.nextNode()) {
    if (range.comparePoint(node, 0) > 0) break; // past the end
    if (!range.intersectsNode(node)) continue;
    const text = node as Text;
    const start = text === startContainer ? startOffset : 0;
    const end = text === endContainer ? endOffset : text.length;
    if (end > start) out.push({ node: text, start, end });
  }
  return out;
}

function wrapTextNode(doc: Document, node: Text, segments: Segment[], layer: WrapLayer): void {
  const cuts = new Set<number>([0, node.length]);
  for (const s of segments) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  // Split from the end so earlier offsets stay valid; pieces[i] covers bounds[i]..bounds[i+1].
  const pieces: Text[] = new Array(bounds.length - 1);
  for (let i = bounds.length - 2; i >= 1; i--) pieces[i] = node.splitText(bounds[i]);
  pieces[0] = node;
  if (pieces.length > 1) layer.splits.push({ original: node, pieces: pieces.slice(1) });
  for (let i = 0; i < pieces.length; i++) {
    const from = bounds[i];
    const to = bounds[i + 1];
    const kinds = NESTING.filter((kind) => segments.some((s) => s.kind === kind && s.start <= from && s.end >= to));
    if (kinds.length === 0) continue;
    const piece = pieces[i];
    let outer: HTMLElement | null = null;
    let inner: HTMLElement | null = null;
    for (const kind of kinds) {
      const mark = doc.createElement('mark');
      mark.className = `${MARK_CLASS} ${highlightName(kind)}`;
      if (inner) inner.appendChild(mark);
      else outer = mark;
      inner = mark;
    }
    piece.parentNode!.insertBefore(outer!, piece);
    inner!.appendChild(piece);
    layer.marks.push(outer!);
  }
}

function unwrap(layer: WrapLayer): void {
  for (const mark of layer.marks) {
    let text: Node = mark;
    while (text.firstChild) text = text.firstChild;
    mark.parentNode?.replaceChild(text, mark);
  }
  for (const { original, pieces } of layer.splits) {
    original.data += pieces.map((piece) => piece.data).join('');
    for (const piece of pieces) piece.remove();
  }
}
