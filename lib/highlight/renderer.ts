/**
 * One interface for every way of painting highlights (Recogito's shape): the
 * CSS Custom Highlight API, wrapping elements, later the PDF text layer. The
 * rest of the extension never asks which one runs.
 */
import type { EntityKind } from '../core/types';

/** The automatic entity kinds plus the reader's own notes. */
export type HighlightKind = EntityKind | 'note';

export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['reference', 'agency', 'target', 'assignment', 'note'];

export interface HighlightGroup {
  kind: HighlightKind;
  ranges: Range[];
}

export interface HighlightRenderer {
  readonly strategy: 'css-highlight' | 'wrap';
  /** Show exactly these groups, replacing whatever was painted before. */
  paint(groups: readonly HighlightGroup[]): void;
  /** Remove every highlight; the page is as before the first paint. */
  clear(): void;
  /** Hide or show one kind without repainting. */
  setVisible(kind: HighlightKind, visible: boolean): void;
  /** Scroll a range into view and mark it briefly. */
  flash(range: Range, durationMs?: number): void;
  /** Clear, remove the stylesheet, and stop. */
  destroy(): void;
}

/** The name of a kind's highlight (CSS.highlights key) and of its class (wrapping). */
export function highlightName(kind: HighlightKind | 'flash'): string {
  return `soi-${kind}`;
}

export const FLASH_MS = 1200;

/** Scroll the range's start into the middle of the view, without moving focus or selection. */
export function scrollToRange(range: Range): void {
  const node = range.startContainer;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  element?.scrollIntoView?.({ block: 'center', inline: 'nearest' });
}
