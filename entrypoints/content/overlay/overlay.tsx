/**
 * Soi's own UI on a web page: the tooltip over a highlight, the button that
 * appears by a selection, the annotation form and short notices. It lives in
 * one shadow root on a host element created only when first needed, so a
 * page the reader never interacts with is not touched at all, and the text
 * index skips the host (it carries SOI_UI_ATTRIBUTE).
 */
import { render } from 'preact';
import { SOI_UI_ATTRIBUTE } from '@/lib/anchor/text-index';
import type { AnnotationBody } from '@/lib/store/types';
import { AnnotationForm } from '@/components/AnnotationForm';
import { t } from '@/components/i18n';
import css from './overlay.css?inline';

export interface Point {
  x: number;
  y: number;
}

interface OverlayState {
  tooltip?: Point & { kind: string; text: string };
  annotateButton?: Point & { onClick: () => void };
  form?: Point & { quote: string; onSave: (body: AnnotationBody) => void; onCancel: () => void };
  toast?: { message: string; error: boolean };
}

export class PageOverlay {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private state: OverlayState = {};
  private toastTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document) {}

  /** Whether an event happened inside Soi's UI (so the page handlers leave it alone). */
  contains(node: EventTarget | null): boolean {
    return node !== null && node === this.host;
  }

  get formOpen(): boolean {
    return this.state.form !== undefined;
  }

  showTooltip(at: Point, kind: string, text: string): void {
    const current = this.state.tooltip;
    if (current && current.text === text && current.x === at.x && current.y === at.y) return;
    this.update({ tooltip: { ...at, kind, text } });
  }

  hideTooltip(): void {
    if (this.state.tooltip) this.update({ tooltip: undefined });
  }

  showAnnotateButton(at: Point, onClick: () => void): void {
    this.update({ annotateButton: { ...at, onClick } });
  }

  hideAnnotateButton(): void {
    if (this.state.annotateButton) this.update({ annotateButton: undefined });
  }

  openForm(at: Point, quote: string, onSave: (body: AnnotationBody) => void): void {
    const close = () => this.update({ form: undefined });
    this.update({
      annotateButton: undefined,
      tooltip: undefined,
      form: { ...at, quote, onSave: (body) => (close(), onSave(body)), onCancel: close },
    });
  }

  toast(message: string, error = false): void {
    clearTimeout(this.toastTimer);
    this.update({ toast: { message, error } });
    this.toastTimer = setTimeout(() => this.update({ toast: undefined }), error ? 6000 : 2500);
  }

  destroy(): void {
    clearTimeout(this.toastTimer);
    if (this.mount) render(null, this.mount);
    this.host?.remove();
    this.host = this.mount = null;
    this.state = {};
  }

  private update(change: Partial<OverlayState>): void {
    this.state = { ...this.state, ...change };
    render(<Layer state={this.state} />, this.ensureMount());
  }

  private ensureMount(): HTMLElement {
    if (this.mount) return this.mount;
    const host = this.doc.createElement('soi-overlay');
    host.setAttribute(SOI_UI_ATTRIBUTE, '');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = css;
    const mount = this.doc.createElement('div');
    mount.className = 'layer';
    shadow.append(style, mount);
    this.doc.documentElement.appendChild(host);
    this.host = host;
    this.mount = mount;
    return mount;
  }
}

/** Keeps a box of this size inside the viewport, near the point. */
function placed(at: Point, width: number, height: number): { left: string; top: string } {
  const view = { width: window.innerWidth, height: window.innerHeight };
  const left = Math.max(8, Math.min(at.x, view.width - width - 8));
  const top = at.y + height + 8 > view.height ? Math.max(8, at.y - height - 16) : at.y;
  return { left: `${left}px`, top: `${top}px` };
}

function Layer({ state }: { state: OverlayState }) {
  const { tooltip, annotateButton, form, toast } = state;
  return (
    <>
      {tooltip && (
        <div class="tooltip" role="tooltip" data-testid="soi-tooltip" style={placed({ x: tooltip.x + 12, y: tooltip.y + 16 }, 360, 60)}>
          <span class="kind">{tooltip.kind}</span>
          {tooltip.text}
        </div>
      )}
      {annotateButton && (
        <button
          type="button"
          class="annotate"
          data-testid="soi-annotate-button"
          style={placed(annotateButton, 110, 30)}
          // Pressing the button must not clear the reader's selection.
          onMouseDown={(event) => event.preventDefault()}
          onClick={annotateButton.onClick}
        >
          ✎ {t('pageAnnotateButton')}
        </button>
      )}
      {form && (
        <div class="form" style={placed(form, 320, 330)}>
          <AnnotationForm quote={form.quote} onSave={form.onSave} onCancel={form.onCancel} />
        </div>
      )}
      {toast && (
        <div class={toast.error ? 'toast error' : 'toast'} role="status" data-testid="soi-toast">
          {toast.message}
        </div>
      )}
    </>
  );
}
