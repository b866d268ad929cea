// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchorRange, describeRange } from '../../lib/anchor/dom-selectors';
import { buildTextIndex } from '../../lib/anchor/text-index';
import { analyzeText } from '../../lib/core/analyze';

const html =
  '<h1>ĐẢNG CỘNG SẢN VIỆT NAM</h1><p>Số 35-KH/TU</p>' +
  '<p>Căn cứ <b>Nghị <i>quyết</i></b> số 21-NQ/TW, ngày 16/6/2022 của <a href="#">Bộ Chính trị</a>;</p>' +
  '<p>Ban Thường vụ <span>Tỉnh ủy</span> ban hành Kế hoạch thực hiện như sau.</p>';

describe('core analysis mapped onto the page', () => {
  it('gives every entity a Range whose text is the entity text', () => {
    document.body.innerHTML = html;
    const index = buildTextIndex(document.body);
    const { entities } = analyzeText(index.text);
    expect(entities.length).toBeGreaterThan(0);
    for (const entity of entities) {
      // Virtual line breaks are in the text but not in the DOM.
      expect(index.rangeFor(entity.start, entity.end).toString()).toBe(entity.text.replaceAll('\n', ''));
    }
  });
});

describe('describeRange / anchorRange', () => {
  it('re-anchors a selection after the page changed', () => {
    document.body.innerHTML = html;
    const index = buildTextIndex(document.body);
    const start = index.text.indexOf('Nghị quyết');
    const selectors = describeRange(index, index.rangeFor(start, start + 'Nghị quyết số 21-NQ/TW'.length));
    expect(selectors.quote.exact).toBe('Nghị quyết số 21-NQ/TW');

    expect(anchorRange(index, selectors)?.method).toBe('position');

    document.body.innerHTML = '<p>Lời giới thiệu.</p>' + html;
    const moved = anchorRange(buildTextIndex(document.body), selectors);
    expect(moved?.method).toBe('quote');
    expect(moved?.range.toString()).toBe('Nghị quyết số 21-NQ/TW');

    document.body.innerHTML = html.replace('21-NQ/TW', '21 - NQ/TW');
    const edited = anchorRange(buildTextIndex(document.body), selectors);
    expect(edited?.method).toBe('fuzzy');
    expect(edited?.range.toString()).toBe('Nghị quyết số 21 - NQ/TW');

    document.body.innerHTML = '<p>Trang đã đổi hẳn nội dung.</p>';
    expect(anchorRange(buildTextIndex(document.body), selectors)).toBeNull();
  });
});
