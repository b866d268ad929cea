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
import { AnnotateButton } from '@/components/AnnotateButton';
import { AnnotationForm } from '@/components/AnnotationForm';
import { HoverTooltip, type PointerAt } from '@/components/HoverTooltip';
import { formHeight, placeBeside, type Anchor } from '@/components/placement';
import css from './overlay.css?inline';

interface OverlayState {
  tooltip?: PointerAt & { kind: string; text: string };
  annotateButton?: Anchor & { onClick: () => void };
  form?: Anchor & { quote: string; initial?: AnnotationBody; error?: string; onSave: (body: AnnotationBody) => void; onCancel: () => void };
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

  showTooltip(at: PointerAt, wording: { kind: string; text: string }): void {
    const current = this.state.tooltip;
    if (current && current.text === wording.text && current.x === at.x && current.y === at.y) return;
    this.update({ tooltip: { ...at, ...wording } });
  }

  hideTooltip(): void {
    if (this.state.tooltip) this.update({ tooltip: undefined });
  }

  showAnnotateButton(at: Anchor, onClick: () => void): void {
    this.update({ annotateButton: { ...at, onClick } });
  }

  hideAnnotateButton(): void {
    if (this.state.annotateButton) this.update({ annotateButton: undefined });
  }

  /** `failed`: what the reader had written and why saving it failed, when the form opens again with it. */
  openForm(at: Anchor, quote: string, onSave: (body: AnnotationBody) => void, failed?: { body: AnnotationBody; error: string }): void {
    const close = () => this.update({ form: undefined });
    this.update({
      annotateButton: undefined,
      tooltip: undefined,
      form: { ...at, quote, initial: failed?.body, error: failed?.error, onSave: (body) => (close(), onSave(body)), onCancel: close },
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

function Layer({ state }: { state: OverlayState }) {
  const { tooltip, annotateButton, form, toast } = state;
  return (
    <>
      {tooltip && <HoverTooltip at={tooltip} kind={tooltip.kind} text={tooltip.text} class="tooltip" testId="soi-tooltip" />}
      {annotateButton && (
        <AnnotateButton at={annotateButton} class="annotate" testId="soi-annotate-button" onClick={annotateButton.onClick} />
      )}
      {form && (
        <div class="form" style={placeBeside(form, 320, formHeight(form.error))}>
          <AnnotationForm quote={form.quote} initial={form.initial} error={form.error} onSave={form.onSave} onCancel={form.onCancel} />
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
