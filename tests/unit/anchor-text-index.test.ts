// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTextIndex, readLeadingText, SOI_UI_ATTRIBUTE } from '../../lib/anchor/text-index';

function indexOf(html: string) {
  document.body.innerHTML = html;
  return buildTextIndex(document.body);
}

describe('buildTextIndex', () => {
  it('gives one range over an entity split across nested inline elements', () => {
    const index = indexOf('<p>Căn cứ <b>Nghị <i>quyết</i></b> số 21-NQ/TW của Bộ Chính trị</p>');
    const entity = 'Nghị quyết số 21-NQ/TW';
    const start = index.text.indexOf(entity);
    expect(start).toBeGreaterThan(0);
    const range = index.rangeFor(start, start + entity.length);
    expect(range.toString()).toBe(entity);
    expect(range.startContainer.textContent).toBe('Nghị ');
    expect(range.endContainer.textContent).toBe(' số 21-NQ/TW của Bộ Chính trị');
  });

  it.each([
    ['paragraphs', '<p>Một</p><p>Hai</p>', 'Một\nHai'],
    ['br', '<p>Một<br>Hai</p>', 'Một\nHai'],
    ['nested blocks give one break', '<div><div><p>Một</p></div></div><div><p>Hai</p></div>', 'Một\nHai'],
    ['list items', '<ul><li>a</li><li>b</li></ul>', 'a\nb'],
    ['inline elements do not break', '<p>Tỉnh <span>ủy</span> <a href="#">Bắc Ninh</a></p>', 'Tỉnh ủy Bắc Ninh'],
    ['a table row is a line, its cells parted by tabs', '<table><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table>', '1\t2\n3\t4'],
    [
      'the paragraphs, breaks and source line breaks of a wide row\'s cells are spaces',
      '<table><tr><td><p>1</p></td><td><p>Tỷ lệ hộ</p><p>nghèo</p></td><td>%<br>năm</td><td>Năm\n2026</td></tr></table>',
      '1\tTỷ lệ hộ nghèo\t% năm\tNăm 2026',
    ],
    [
      'a row of two cells holding lines keeps a line per line (a document\'s head)',
      '<table><tr><td>HUYỆN ỦY<br>*<br>Số 12-CTr/HU</td><td><p>ĐẢNG CỘNG SẢN VIỆT NAM</p><p>Sơn Tịnh, ngày 9</p></td></tr></table>',
      'HUYỆN ỦY\n*\nSố 12-CTr/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nSơn Tịnh, ngày 9',
    ],
    ['the source\'s indentation between rows and cells is left out', '<table>\n  <tr>\n    <td>1</td>\n    <td>2</td>\n  </tr>\n</table>', '1\t2'],
    ['and inside cells', '<table><tr>\n<td>\n  <p>Tỷ lệ</p>\n</td>\n<td>\n  <p>5%</p>\n</td></tr></table>', 'Tỷ lệ\t5%'],
    ['a cell ending its source line keeps its tab', '<table><tr><td>a\n</td><td>b</td><td>c</td></tr></table>', 'a \tb\tc'],
    ['spaces between a cell\'s inline elements stay', '<table><tr><td><p><b>Tỷ</b> <i>lệ</i></p></td><td>5%</td></tr></table>', 'Tỷ lệ\t5%'],
    ['and line breaks between them are spaces', '<table><tr><td>Số <b>đảng viên</b>\n<i>mới</i></td><td>x</td><td>y</td></tr></table>', 'Số đảng viên mới\tx\ty'],
    [
      'a layout row, a cell of many paragraphs, keeps a line per paragraph',
      '<table><tr><td>menu</td><td><p>ĐẢNG CỘNG SẢN VIỆT NAM</p><p>NGHỊ QUYẾT</p><p>Số 12-NQ/TU</p></td><td>ads</td></tr></table>',
      'menu\nĐẢNG CỘNG SẢN VIỆT NAM\nNGHỊ QUYẾT\nSố 12-NQ/TU\nads',
    ],
    ['a table inside a cell reads as that cell\'s lines', '<table><tr><td><table><tr><td>a</td><td>b</td></tr></table></td><td>c<br>d</td></tr></table>', 'a\nb\nc\nd'],
    ['script, style, template skipped', '<p>a<script>x()</script><style>p{}</style><template>t</template>b</p>', 'ab'],
    ['hidden elements skipped', '<p>a<span hidden>x</span><span style="display:none">y</span>b</p>', 'ab'],
    ['our own UI skipped', `<p>a</p><div ${SOI_UI_ATTRIBUTE}>panel</div><p>b</p>`, 'a\nb'],
    ['attributes that do not hide', '<p class="x" style="color: red" title="t">a<span style="display: inline">b</span></p>', 'ab'],
    ['empty blocks and a block closing several levels up', '<div><p>a<b><i>b</i></b></p></div><p></p><div></div>c', 'ab\nc'],
  ])('%s', (_name, html, text) => {
    expect(indexOf(html).text).toBe(text);
  });

  it('maps virtual line breaks to no node: ranges over them start and end in real text', () => {
    const index = indexOf('<p>Một</p><p>Hai</p>');
    expect(index.rangeFor(3, 4).toString()).toBe(''); // the virtual '\n' alone
    expect(index.rangeFor(0, 7).toString()).toBe('MộtHai');
    const fromBreak = index.rangeFor(3, 7);
    expect(fromBreak.startContainer.textContent).toBe('Hai');
    expect(fromBreak.toString()).toBe('Hai');
  });

  it('offsetOf inverts rangeFor, and element boundaries snap to the next text', () => {
    const index = indexOf('<p>Căn cứ <b>Nghị <i>quyết</i></b> số 21</p><p>Hai</p>');
    for (const [start, end] of [[0, 3], [4, 12], [9, 17], [index.text.length - 3, index.text.length]]) {
      const range = index.rangeFor(start, end);
      expect(index.offsetOf(range.startContainer, range.startOffset)).toBe(start);
      expect(index.offsetOf(range.endContainer, range.endOffset)).toBe(end);
    }
    const secondParagraph = document.body.children[1];
    expect(index.offsetOf(secondParagraph, 0)).toBe(index.text.indexOf('Hai'));
    expect(index.offsetOf(document.body, document.body.childNodes.length)).toBe(index.text.length);
  });

  it('indexes a text node or a fragment given as root', () => {
    document.body.innerHTML = '<p>Một <b>hai</b></p><p>ba</p>';
    const text = document.body.querySelector('b')!.firstChild!;
    expect(buildTextIndex(text).text).toBe('hai');
    const fragment = document.createRange().createContextualFragment('<p>Một</p><p>Hai</p>');
    expect(buildTextIndex(fragment).text).toBe('Một\nHai');
  });

  it('indexes a large page quickly', () => {
    const paragraph = '<p>Ban Thường vụ <b>Tỉnh <i>ủy</i></b> ban hành <a href="#">Kế hoạch số 35-KH/TU</a> thực hiện Nghị quyết.</p>';
    document.body.innerHTML = paragraph.repeat(5000);
    const t0 = performance.now();
    const index = buildTextIndex(document.body);
    const elapsed = performance.now() - t0;
    expect(index.nodes.length).toBe(5000 * 6);
    expect(elapsed).toBeLessThan(2000); // happy-dom is far slower than a browser; this guards against quadratic walks
  });
});

describe('readLeadingText', () => {
  const page =
    '<header><nav>Trang chủ<br>Tin tức</nav></header><p>ĐẢNG CỘNG SẢN VIỆT NAM</p><script>var x = 1;</script>' +
    '<div><p>Số 35-KH/TU</p><span hidden>ẩn</span><p>Căn cứ <b>Nghị <i>quyết</i></b> số 21</p></div>';

  it('is the start of the text buildTextIndex builds, for any length', () => {
    document.body.innerHTML = page;
    const text = buildTextIndex(document.body).text;
    for (let n = 0; n <= text.length + 2; n++) expect(readLeadingText(document.body, n)).toBe(text.slice(0, n));
  });

  it('is the start of that text where it ends inside a table row, whose end decides how the row reads', () => {
    document.body.innerHTML = '<p>Mở đầu</p><table><tr><td>TỈNH ỦY</td><td>ĐẢNG CỘNG SẢN<br>VIỆT NAM</td></tr><tr><td>1</td><td>2</td><td>3</td></tr></table>';
    const text = buildTextIndex(document.body).text;
    expect(text).toBe('Mở đầu\nTỈNH ỦY\nĐẢNG CỘNG SẢN\nVIỆT NAM\n1\t2\t3');
    for (let n = 0; n <= text.length; n++) expect(readLeadingText(document.body, n)).toBe(text.slice(0, n));
  });

  it('is the start of that text for any page of tables, paragraphs, breaks and source whitespace', () => {
    const html = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom('a', 'Tỷ lệ 95%', ' ', '\n  ', 'b\n', '<br>'),
        fc.tuple(fc.constantFrom('p', 'td', 'th', 'tr', 'table', 'b', 'div'), fc.array(tie('node'), { maxLength: 4 })).map(([tag, children]) => `<${tag}>${children.join('')}</${tag}>`),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(html, { maxLength: 5 }), fc.nat(80), (nodes, n) => {
        document.body.innerHTML = nodes.join('');
        expect(readLeadingText(document.body, n)).toBe(buildTextIndex(document.body).text.slice(0, n));
      }),
      { numRuns: 300 },
    );
  });

  it('reads no further into a layout row than settles how it reads', () => {
    const paragraphs = Array.from({ length: 2000 }, (_, i) => `<p>Đoạn văn số ${i} của trang tin.</p>`).join('');
    document.body.innerHTML = `<table><tr><td>menu</td><td>${paragraphs}</td><td>quảng cáo</td></tr></table>`;
    const text = buildTextIndex(document.body).text;
    expect(text.startsWith('menu\nĐoạn văn số 0 của trang tin.\nĐoạn văn số 1')).toBe(true);
    const last = document.body.querySelector('td:last-child')!.firstChild!;
    Object.defineProperty(last, 'data', {
      get: () => {
        throw new Error('read past the row');
      },
    });
    expect(readLeadingText(document.body, 100)).toBe(text.slice(0, 100));
  });

  it('reads no text node past the characters it returns', () => {
    document.body.innerHTML = page + '<p>Cuối trang</p>';
    const expected = buildTextIndex(document.body).text.slice(0, 30);
    const last = document.body.lastElementChild!.firstChild!;
    Object.defineProperty(last, 'data', {
      get: () => {
        throw new Error('read past the limit');
      },
    });
    expect(readLeadingText(document.body, 30)).toBe(expected);
    expect(() => readLeadingText(document.body, 1000)).toThrow('read past the limit');
  });
});
