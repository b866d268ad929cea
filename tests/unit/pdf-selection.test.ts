// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { glyphRangeOf } from '../../components/viewer/text-layer-selection';

/** Two pages as PdfPageView draws them; page 2's second item was painted by the wrapping painter. */
const VIEWER = `
  <div class="soi-pdf-toolbar">Trang 1 / 2</div>
  <div class="soi-pdf-page" data-page="1"><canvas></canvas><div class="textLayer"><span data-item="0">Ban Thường vụ</span><br><span data-item="2">Đảng ủy</span></div></div>
  <div class="soi-pdf-page" data-page="2"><canvas></canvas><div class="textLayer"><span data-item="0">Kế hoạch</span><span data-item="1">thực hiện <mark class="soi-pdf-mark soi-pdf-reference">Quy định</mark> số 57</span></div></div>`;

const spanText = (page: number, item: number): Text => {
  const span = document.querySelector(`[data-page="${page}"] [data-item="${item}"]`)!;
  return span.firstChild as Text;
};

function range(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Range {
  const r = document.createRange();
  r.setStart(startNode, startOffset);
  r.setEnd(endNode, endOffset);
  return r;
}

describe('glyphRangeOf', () => {
  beforeEach(() => {
    document.body.innerHTML = VIEWER;
  });

  it('reads a selection inside one span', () => {
    const text = spanText(1, 0);
    expect(glyphRangeOf(range(text, 4, text, 10))).toEqual({ start: { page: 0, item: 0, offset: 4 }, end: { page: 0, item: 0, offset: 10 } });
  });

  it('reads a selection over several spans and pages, by the spans’ item numbers', () => {
    expect(glyphRangeOf(range(spanText(1, 0), 4, spanText(2, 0), 3))).toEqual({
      start: { page: 0, item: 0, offset: 4 },
      end: { page: 1, item: 0, offset: 3 },
    });
  });

  it('counts the chars of a span split around <mark>s', () => {
    const marked = document.querySelector('mark')!.firstChild!;
    const tail = document.querySelector('[data-page="2"] [data-item="1"]')!.lastChild!;
    expect(glyphRangeOf(range(marked, 4, tail, 3))).toEqual({ start: { page: 1, item: 1, offset: 14 }, end: { page: 1, item: 1, offset: 21 } });
  });

  it('takes boundaries between elements to the glyphs inside them', () => {
    const layer = document.querySelector('[data-page="1"] .textLayer')!;
    // From before the first span to after the last one: both spans, whole.
    expect(glyphRangeOf(range(layer, 0, layer, 3))).toEqual({ start: { page: 0, item: 0, offset: 0 }, end: { page: 0, item: 2, offset: 7 } });
  });

  it('ignores text outside the text layers, and finds nothing in a selection of it alone', () => {
    const toolbar = document.querySelector('.soi-pdf-toolbar')!.firstChild!;
    expect(glyphRangeOf(range(toolbar, 0, spanText(1, 0), 3))).toEqual({ start: { page: 0, item: 0, offset: 0 }, end: { page: 0, item: 0, offset: 3 } });
    expect(glyphRangeOf(range(toolbar, 0, toolbar, 5))).toBeNull();
  });
});
