// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { WrapPainter } from '../../components/viewer/text-layer-painter';

function textLayer(...strs: string[]): HTMLElement[] {
  return strs.map((str) => {
    const span = document.createElement('span');
    span.textContent = str;
    document.body.append(span);
    return span;
  });
}

describe('WrapPainter (fallback without the CSS Highlight API)', () => {
  it('wraps each marked slice of a text-layer span, and clear() restores the spans', () => {
    const spans = textLayer('thực hiện Quy định số 57-', 'QĐ/TW, ngày 18/3/2022');
    const painter = new WrapPainter<'reference' | 'search'>();
    painter.paint(0, spans, [
      { item: 0, from: 22, to: 25, kind: 'reference' },
      { item: 1, from: 0, to: 5, kind: 'reference' },
      { item: 0, from: 0, to: 4, kind: 'search' },
    ]);
    expect(spans[0].innerHTML).toBe(
      '<mark class="soi-pdf-mark soi-pdf-search">thực</mark> hiện Quy định số <mark class="soi-pdf-mark soi-pdf-reference">57-</mark>',
    );
    expect(spans[1].querySelector('mark')?.textContent).toBe('QĐ/TW');
    painter.clear(0);
    expect(spans.map((s) => s.innerHTML)).toEqual(['thực hiện Quy định số 57-', 'QĐ/TW, ngày 18/3/2022']);
  });
});
