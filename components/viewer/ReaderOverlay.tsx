import { useEffect, useState } from 'preact/hooks';
import { AnnotateButton } from '@/components/AnnotateButton';
import { AnnotationForm } from '@/components/AnnotationForm';
import { HoverTooltip, hoverWording, oncePerFrame, type PointerAt } from '@/components/HoverTooltip';
import { formHeight, placeBeside, type Anchor } from '@/components/placement';
import type { ControllerView, PdfController } from './pdf-controller';
import { glyphRangeOf } from './text-layer-selection';

/** Where the annotate button goes for the current selection: after its last line, when it holds text of the PDF. */
function buttonPlace(): Anchor | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0 || selection.toString().trim() === '') return null;
  const range = selection.getRangeAt(0);
  if (!glyphRangeOf(range)) return null;
  const rects = range.getClientRects();
  const last = rects[rects.length - 1];
  return last ? { x: last.right + 4, top: last.top, bottom: last.bottom } : null;
}

/**
 * The reader's annotating on the text layer, as on a web page: a button by a
 * selection, the shared AnnotationForm, a short notice of the outcome, and
 * the tooltip naming what a highlight under the pointer stands for.
 */
export function ReaderOverlay({ controller, view }: { controller: PdfController; view: ControllerView }) {
  const [button, setButton] = useState<Anchor | null>(null);
  const [tooltip, setTooltip] = useState<(PointerAt & { kind: string; text: string }) | null>(null);
  const ready = controller.session !== null;

  useEffect(() => {
    if (!ready) return;
    const pointer = oncePerFrame((at) => {
      const session = controller.session;
      const hit = session && controller.hoverAt(at.x, at.y);
      setTooltip(hit ? { ...at, ...hoverWording(hit, session.resolve) } : null);
    });
    const onLeave = () => setTooltip(null);
    document.addEventListener('pointermove', pointer.move, { passive: true });
    document.addEventListener('scroll', onLeave, true);
    document.documentElement.addEventListener('pointerleave', onLeave);
    return () => {
      pointer.cancel();
      document.removeEventListener('pointermove', pointer.move);
      document.removeEventListener('scroll', onLeave, true);
      document.documentElement.removeEventListener('pointerleave', onLeave);
    };
  }, [ready, controller]);

  useEffect(() => {
    if (!ready) return;
    const inOverlay = (event: Event) => event.target instanceof Element && event.target.closest('.soi-pdf-overlay') !== null;
    // The selection is final only after the gesture's default action.
    const onGesture = (event: Event) => {
      if (!inOverlay(event)) setTimeout(() => setButton(buttonPlace()), 0);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.shiftKey || event.key === 'Shift') onGesture(event);
    };
    const onSelectionChange = () => {
      if (document.getSelection()?.isCollapsed) setButton(null);
    };
    // The button sits by the selection as it was on screen; scrolling moves the selection away from it.
    const onScroll = () => setButton(null);
    document.addEventListener('mouseup', onGesture, true);
    document.addEventListener('keyup', onKey, true);
    document.addEventListener('selectionchange', onSelectionChange);
    document.addEventListener('scroll', onScroll, true);
    return () => {
      document.removeEventListener('mouseup', onGesture, true);
      document.removeEventListener('keyup', onKey, true);
      document.removeEventListener('selectionchange', onSelectionChange);
      document.removeEventListener('scroll', onScroll, true);
    };
  }, [ready]);

  const { draft, notice } = view;
  return (
    <div class="soi-pdf-overlay">
      {tooltip && !draft && <HoverTooltip at={tooltip} kind={tooltip.kind} text={tooltip.text} class="soi-pdf-tooltip" testId="pdf-tooltip" />}
      {button && !draft && (
        <AnnotateButton
          at={button}
          class="soi-pdf-annotate"
          testId="pdf-annotate-button"
          onClick={() => {
            setButton(null);
            controller.draftFromSelection();
          }}
        />
      )}
      {draft && (
        <div class="soi-pdf-form soi-annotation-editing" style={placeBeside(draft.at, 320, formHeight(draft.error))}>
          <AnnotationForm quote={draft.quote} initial={draft.body} error={draft.error} onSave={(body) => void controller.saveDraft(body)} onCancel={() => controller.cancelDraft()} />
        </div>
      )}
      {notice && (
        <div class={notice.error ? 'soi-pdf-notice soi-pdf-notice-error' : 'soi-pdf-notice'} role="status" data-testid="pdf-notice">
          {notice.message}
        </div>
      )}
    </div>
  );
}
