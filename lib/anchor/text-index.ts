/**
 * The text of a DOM subtree as one string, with a map back to the DOM.
 *
 * The core analyses a plain string; this module builds that string from the
 * page's text nodes and turns offsets in it back into Ranges (and DOM points
 * back into offsets). Block boundaries and <br> become a virtual '\n' so the
 * core sees the page's lines (a table's row one line, see
 * MIN_CELLS_OF_A_GRID); virtual characters belong to no DOM node.
 *
 * The map is two parallel arrays (text nodes, their start offsets), searched
 * by bisection: no per-character table, so a 1.5 MB page costs one DOM walk.
 * readLeadingText walks only as far as the start of that string, for the
 * pre-check that runs on every page.
 */

export interface TextIndex {
  /** The text the core analyses. */
  readonly text: string;
  /** The indexed text nodes, in document order. */
  readonly nodes: readonly Text[];
  /** starts[i] = offset in `text` of nodes[i]'s first character. */
  readonly starts: Int32Array;
  /** A Range covering text[start, end); spans over several inline elements give one Range. */
  rangeFor(start: number, end: number): Range;
  /** The text offset of a DOM boundary point (points in skipped content snap to the next indexed text). */
  offsetOf(node: Node, offset: number): number;
}

export interface TextIndexOptions {
  /** Subtrees to leave out besides the built-in ones (our own UI, scripts, hidden elements). */
  skip?: (element: Element) => boolean;
}

/** Elements marked with this attribute (our panels, buttons, tooltips) are never indexed. */
export const SOI_UI_ATTRIBUTE = 'data-soi-ui';

const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'video', 'audio',
  'select', 'textarea', 'head', 'title', 'meta', 'link',
]);

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'html', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'ul',
]);
const TABLE_PART_TAGS = new Set(['table', 'thead', 'tbody', 'tfoot']);

/** What an open element is to the text: whether its ends break the line, and how. */
const INLINE = 0;
const BLOCK = 1;
/** A table or a row group: a block whose own whitespace text (the source's indentation) shows nowhere. */
const TABLE_PART = 2;
const ROW = 3;
const CELL = 4;

function kindOf(tag: string): number {
  if (BLOCK_TAGS.has(tag)) return BLOCK;
  if (tag === 'td' || tag === 'th') return CELL;
  if (tag === 'tr') return ROW;
  return TABLE_PART_TAGS.has(tag) ? TABLE_PART : INLINE;
}

/** Virtual separators owed at a boundary, weakest first: the strongest owed is written before the next text. */
const OWE_NOTHING = 0;
/** A block boundary or a <br> inside a table cell. */
const OWE_CELL_BREAK = 1;
/** Between two cells of a row. */
const OWE_CELL = 2;
const OWE_NEWLINE = 3;

/**
 * A table row is read as one line, its cells parted by a virtual '\t' and
 * the breaks inside a cell read as spaces, as a PDF's text layer and a copied
 * table give it: so the core reads a targets table's row (a label, a unit, a
 * value a year) with the header's years, where a cell a line left every value
 * unread. That is a row whose cells hold no line breaks, or a row of at least
 * MIN_CELLS_OF_A_GRID cells none of which holds more than one break (a label
 * or a header wrapped in two paragraphs, `Đơn vị<br>tính`). Other rows keep a
 * line per cell and per line, as a person reads them: one or two cells of
 * lines (the issuer and the national motto of a document's head, `Nơi nhận`
 * and the signature), a row holding a table, a row as long as a page's layout
 * tables hold (MAX_ONE_LINE_ROW, which also bounds how far `readLeadingText`
 * reads on to settle a row).
 */
const MIN_CELLS_OF_A_GRID = 3;
const MAX_ONE_LINE_ROW = 2000;
const LINE_BREAKS = /[\n\r]/g;
const ALL_WHITE = /^\s*$/;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/**
 * Hidden by markup: the `hidden` attribute or an inline `display: none`.
 * Computed styles are not consulted: asking for them on every element of a
 * large page costs more than the whole walk, and the text of stylesheet-hidden
 * elements (menus, dialogs) at worst adds lines the core ignores.
 */
function isHidden(element: Element): boolean {
  // Most elements of a long document carry no attributes: one call answers for them.
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden') || element.hasAttribute(SOI_UI_ATTRIBUTE)) return true;
  if (!element.hasAttribute('style')) return false;
  const style = (element as HTMLElement).style as CSSStyleDeclaration | undefined;
  return style !== undefined && style.display === 'none';
}

function skipElement(element: Element, tag: string, skip: TextIndexOptions['skip']): boolean {
  return SKIPPED_TAGS.has(tag) || isHidden(element) || (skip !== undefined && skip(element));
}

export function buildTextIndex(root: Node, options: TextIndexOptions = {}): TextIndex {
  const { parts, nodes, starts } = collectText(root, options.skip, Infinity);
  return createTextIndex(parts.join(''), nodes, Int32Array.from(starts));
}

/**
 * How much of a page's text the pre-check reads: a Party document's cues come
 * first, after at most the site's own header and menus, and 64 K characters
 * leave room for long menus. On the bench's 1 MB ordinary page, reading them
 * takes under 1 ms, against about 5 ms for the whole body's textContent.
 */
export const PRECHECK_TEXT_CHARS = 64 * 1024;

/**
 * `buildTextIndex(root).text.slice(0, maxChars)` (same skipped subtrees, same
 * virtual line breaks), reading only the text nodes that hold those
 * characters. It is what the pre-check reads: a Party document's header and
 * symbol sit at its start, and the rest of an ordinary page is never touched.
 */
export function readLeadingText(root: Node, maxChars: number): string {
  const text = collectText(root, undefined, maxChars).parts.join('');
  return text.length > maxChars ? text.slice(0, maxChars) : text;
}

interface CollectedText {
  /** The text's pieces, to be joined once: the nodes' data and virtual separators. */
  parts: string[];
  nodes: Text[];
  starts: number[];
}

/**
 * A table row being read: where in `parts` its separators and its cells'
 * texts with line breaks are, to be written once the row's end tells how
 * the row reads (they keep their length whichever way, so offsets hold).
 */
interface OpenRow {
  /** Offset in the text where the row begins. */
  start: number;
  cells: number;
  /** A table inside one of its cells. */
  holdsTable: boolean;
  /** The breaks of the cell being read, and the most any of its cells holds. */
  breaksInCell: number;
  mostBreaksInACell: number;
  /** Indexes in `parts` of the separators between cells. */
  cellSeparators: number[];
  /** Indexes in `parts` of the breaks inside cells. */
  cellBreaks: number[];
  /** Indexes in `parts` of separators right after a text that ends its line (a space either way, never a blank line). */
  afterLineEnd: Set<number>;
  /** Indexes in `parts` of cells' texts holding line breaks. */
  textsWithBreaks: number[];
}

function readsAsOneLine(row: OpenRow, end: number): boolean {
  if (row.holdsTable || end - row.start > MAX_ONE_LINE_ROW) return false;
  return row.cellBreaks.length === 0 || (row.cells >= MIN_CELLS_OF_A_GRID && row.mostBreaksInACell <= 1);
}

function closeRow(row: OpenRow, parts: string[], end: number): void {
  const oneLine = readsAsOneLine(row, end);
  for (const i of row.cellSeparators) parts[i] = oneLine ? '\t' : row.afterLineEnd.has(i) ? ' ' : '\n';
  for (const i of row.cellBreaks) parts[i] = oneLine || row.afterLineEnd.has(i) ? ' ' : '\n';
  if (oneLine) for (const i of row.textsWithBreaks) parts[i] = parts[i].replace(LINE_BREAKS, ' ');
}

/**
 * The indexed text nodes in document order, until at least `maxChars`
 * characters are collected (and the table row they end in is read on until
 * how it reads is settled: its end decides how its start reads).
 *
 * The walk is written out by hand rather than with a TreeWalker: it must skip
 * whole subtrees and see where block elements end, which a TreeWalker offers
 * only through a filter callback per node, slower than these getters. Its cost
 * is the DOM calls (each node reached gets a JS wrapper, each text its string),
 * so each node is asked as little as possible: what an open element is is kept
 * on a stack rather than asked again on the way out, and each sibling is read
 * once.
 */
function collectText(root: Node, skip: TextIndexOptions['skip'], maxChars: number): CollectedText {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  // A virtual separator is owed when a boundary was crossed; it is written
  // only before the next text, so runs of empty blocks give one line break.
  let owed = OWE_NOTHING;
  let endsWithNewline = true;
  /** For each element the walk is inside of: what it is (INLINE, BLOCK, TABLE_PART, ROW, CELL). */
  const openKinds: number[] = [];
  /** How many table cells the walk is inside of: inside one, every boundary is a break in the cell. */
  let cellDepth = 0;
  /** The outermost table row the walk is inside of. */
  let row: OpenRow | undefined;
  /** The cell being read holds text already. */
  let cellHasText = false;
  const owe = (kind: number) => {
    if (kind === INLINE || length === 0) return;
    const separator = cellDepth > 0 ? OWE_CELL_BREAK : kind === CELL ? OWE_CELL : OWE_NEWLINE;
    if (separator > owed) owed = separator;
  };

  // Iterative pre-order walk (deep pages overflow recursion); block elements
  // break the line both when entered and when left.
  let node: Node | null = root;
  if (root.nodeType === ELEMENT_NODE && skipElement(root as Element, (root as Element).localName, skip)) node = null;
  while (node && (length < maxChars || (row && length - row.start <= MAX_ONE_LINE_ROW))) {
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      const data = (node as Text).data;
      const kind = openKinds[openKinds.length - 1];
      const betweenCells = kind === TABLE_PART || kind === ROW;
      // the indentation between a table's rows and cells, and between a cell's blocks, shows nowhere
      // (the cheap tests first: most text nodes are in no table); in a cell, a line break between two inline elements
      // (`<b>đảng viên</b>\n<i>mới</i>`) parts words, and shows as a space
      const indentation =
        (betweenCells || cellDepth > 0) && ALL_WHITE.test(data) &&
        (betweenCells || (data.search(LINE_BREAKS) >= 0 && (owed !== OWE_NOTHING || !cellHasText)));
      if (data.length > 0 && !indentation) {
        if (owed !== OWE_NOTHING) {
          // between cells, the separator is written after a text ending its line too: it keeps the cells apart on one line
          const inRow = row !== undefined && (owed === OWE_CELL || owed === OWE_CELL_BREAK);
          if (!endsWithNewline || inRow) {
            if (row && owed === OWE_CELL) row.cellSeparators.push(parts.length);
            else if (row && owed === OWE_CELL_BREAK) {
              row.cellBreaks.push(parts.length);
              row.mostBreaksInACell = Math.max(row.mostBreaksInACell, ++row.breaksInCell);
            }
            if (row && endsWithNewline) row.afterLineEnd.add(parts.length);
            parts.push('\n');
            length += 1;
          }
          owed = OWE_NOTHING;
        }
        if (cellDepth > 0 && row && data.search(LINE_BREAKS) >= 0) row.textsWithBreaks.push(parts.length);
        if (cellDepth > 0) cellHasText = true;
        nodes.push(node as Text);
        starts.push(length);
        parts.push(data);
        length += data.length;
        endsWithNewline = data.charCodeAt(data.length - 1) === 0x0a;
      }
    } else if (type === ELEMENT_NODE) {
      const tag = (node as Element).localName;
      if (tag === 'br') {
        owe(BLOCK);
      } else if (node === root || !skipElement(node as Element, tag, skip)) {
        const kind = kindOf(tag);
        owe(kind);
        const child = node.firstChild;
        if (child) {
          openKinds.push(kind);
          if (kind === ROW && cellDepth === 0) {
            row = { start: length, cells: 0, holdsTable: false, breaksInCell: 0, mostBreaksInACell: 0, cellSeparators: [], cellBreaks: [], afterLineEnd: new Set(), textsWithBreaks: [] };
          }
          if (kind === CELL) {
            cellHasText = false;
            if (cellDepth++ === 0 && row) {
              row.cells++;
              row.breaksInCell = 0;
            }
          }
          if (kind === TABLE_PART && cellDepth > 0 && row) row.holdsTable = true;
          node = child;
          continue;
        }
      }
    } else if (type === 9 || type === 11) {
      // A document or fragment given as root.
      const child = node.firstChild;
      if (child) {
        openKinds.push(INLINE);
        node = child;
        continue;
      }
    }
    // Climb until a next sibling exists, closing elements on the way.
    let next: Node | null = node === root ? null : node.nextSibling;
    while (!next && node !== root) {
      node = node.parentNode!;
      const kind = openKinds.pop()!;
      if (kind === CELL) cellDepth--;
      owe(kind);
      if (kind === ROW && cellDepth === 0 && row) {
        closeRow(row, parts, length);
        row = undefined;
      }
      if (node !== root) next = node.nextSibling;
    }
    node = next;
  }
  if (row) closeRow(row, parts, length);
  return { parts, nodes, starts };
}

function createTextIndex(text: string, nodes: Text[], starts: Int32Array): TextIndex {
  const count = nodes.length;

  /** Index of the last node starting at or before `offset` (-1 if none). */
  const nodeAtOrBefore = (offset: number): number => {
    let lo = 0;
    let hi = count - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };

  const rangeFor = (start: number, end: number): Range => {
    if (count === 0) throw new RangeError('rangeFor: the index holds no text');
    const from = Math.max(0, Math.min(start, text.length));
    const to = Math.max(from, Math.min(end, text.length));
    const doc = nodes[0].ownerDocument;
    const range = doc.createRange();
    // Start: inside the node holding `from`, or the next node when `from` is a virtual char.
    let i = nodeAtOrBefore(from);
    if (i < 0 || from >= starts[i] + nodes[i].length) i = Math.min(i + 1, count - 1);
    const startOffset = Math.max(0, Math.min(from - starts[i], nodes[i].length));
    range.setStart(nodes[i], startOffset);
    // End: inside the node holding char `to - 1`, or the previous node's end when that char is virtual.
    let j = to > from ? nodeAtOrBefore(to - 1) : i;
    if (j < i) j = i;
    const endOffset = Math.max(0, Math.min(to - starts[j], nodes[j].length));
    if (j === i && endOffset < startOffset) range.setEnd(nodes[i], startOffset);
    else range.setEnd(nodes[j], endOffset);
    return range;
  };

  let probe: Range | null = null;
  const offsetOf = (node: Node, offset: number): number => {
    if (count === 0) return 0;
    probe ??= nodes[0].ownerDocument.createRange();
    probe.setStart(node, offset);
    probe.collapse(true);
    // First indexed node whose start is at or after the point.
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (probe.comparePoint(nodes[mid], 0) < 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && nodes[lo - 1] === node) return starts[lo - 1] + Math.min(offset, nodes[lo - 1].length);
    return lo < count ? starts[lo] : text.length;
  };

  return { text, nodes, starts, rangeFor, offsetOf };
}
