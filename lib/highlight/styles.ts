/**
 * Colours per kind and the stylesheet that applies them, shared by both
 * renderers. Light backgrounds keep the page's own text colour readable on
 * white; each kind differs in hue, and the flash is the only saturated one.
 */
import { SOI_UI_ATTRIBUTE } from '../anchor/text-index';
import { HIGHLIGHT_KINDS, highlightName, type HighlightKind } from './renderer';

export const KIND_COLOURS: Readonly<Record<HighlightKind | 'flash', string>> = {
  reference: '#cfe2ff', // blue
  agency: '#d3f0c9', // green
  target: '#ffe59a', // amber
  assignment: '#f2d4f7', // violet
  note: '#ffd5c2', // peach
  flash: '#ffb020',
};

/** The rules for the visible kinds; `selectorFor` gives `::highlight(...)` or a class selector. */
export function highlightCss(selectorFor: (name: string) => string, hidden: ReadonlySet<HighlightKind>): string {
  const rules: string[] = [];
  for (const kind of [...HIGHLIGHT_KINDS, 'flash' as const]) {
    if (kind !== 'flash' && hidden.has(kind)) continue;
    rules.push(`${selectorFor(highlightName(kind))} { background-color: ${KIND_COLOURS[kind]}; color: inherit; }`);
  }
  return rules.join('\n');
}

export interface InjectedStyle {
  update(cssText: string): void;
  remove(): void;
}

/**
 * Add a stylesheet to the document without touching its DOM when the browser
 * allows (a constructed sheet in adoptedStyleSheets); a <style> element otherwise.
 */
export function injectStyle(doc: Document, cssText: string): InjectedStyle {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (view && 'adoptedStyleSheets' in doc && typeof view.CSSStyleSheet === 'function') {
    try {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(cssText);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return {
        update: (text) => sheet.replaceSync(text),
        remove: () => {
          doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
        },
      };
    } catch {
      // Constructable stylesheets unsupported here: fall through to an element.
    }
  }
  const style = doc.createElement('style');
  style.setAttribute(SOI_UI_ATTRIBUTE, '');
  style.textContent = cssText;
  (doc.head ?? doc.documentElement).appendChild(style);
  return {
    update: (text) => {
      style.textContent = text;
    },
    remove: () => style.remove(),
  };
}
