/** Where something on screen is: its left edge and its vertical extent (a line of a selection, a pointer). */
export interface Anchor {
  x: number;
  top: number;
  bottom: number;
}

const GAP = 6;
const MARGIN = 8;

/** Height the annotation form is placed for; one that says why a save failed is taller. */
export const formHeight = (error: string | undefined): number => (error ? 410 : 330);

/**
 * A box of this size inside the window, just below the anchor, or above it
 * when there is no room below: so a form never covers the passage it is about.
 */
export function placeBeside(at: Anchor, width: number, height: number): { left: string; top: string } {
  const left = Math.max(MARGIN, Math.min(at.x, window.innerWidth - width - MARGIN));
  const top = at.bottom + GAP + height > window.innerHeight ? Math.max(MARGIN, at.top - GAP - height) : at.bottom + GAP;
  return { left: `${left}px`, top: `${top}px` };
}
