import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { htmlToText, main } from '../../lib/cli';
import { analyzeText } from '../../lib/core/analyze';
import type { Analysis } from '../../lib/core/types';

const dir = mkdtempSync(join(tmpdir(), 'soi-cli-'));
const plan = 'ĐẢNG ỦY XÃ BÌNH LƯ\nSố 35-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n\nKẾ HOẠCH\nthực hiện Nghị quyết số 21-NQ/TW\n';
writeFileSync(join(dir, 'plan.txt'), plan);
writeFileSync(
  join(dir, 'page.html'),
  `<html><head><title>Kế hoạch</title><script>var x = "99-NQ/TW";</script></head><body>
   <nav>Trang chủ</nav>
   <article><p>ĐẢNG ỦY XÃ BÌNH LƯ<br>Số 35-KH/ĐU</p><h2>KẾ HOẠCH</h2>
   <p>thực hiện <b>Nghị quyết</b> số <span>21-NQ/TW</span> của Ban Chấp hành Trung ương</p>
   <p>Thực hiện Nghị quyết số 21-NQ/TW, Ban Chấp hành Đảng bộ xã xây dựng Kế hoạch này. ${'Nội dung chi tiết. '.repeat(30)}</p></article>
   </body></html>`,
);
writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x4e, 0x67, 0x68, 0xe9, 0x20, 0xff]));

function capture(): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
  vi.spyOn(console, 'error').mockImplementation((line: string) => void err.push(line));
  return { out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('cli', () => {
  it('prints one Analysis per file as JSON lines', async () => {
    const { out } = capture();
    expect(await main(['extract', join(dir, 'plan.txt'), join(dir, 'page.html'), '--json'])).toBe(0);
    expect(out).toHaveLength(2);
    const [txt, html] = out.map((line) => JSON.parse(line) as Analysis);
    expect(txt.document).toMatchObject({ type: 'Kế hoạch', symbol: '35-KH/ĐU' });
    expect(txt.entities.filter((e) => e.kind === 'reference').map((e) => e.text)).toEqual(['Số 35-KH/ĐU', 'Nghị quyết số 21-NQ/TW']);
    const htmlSymbols = html.entities.flatMap((e) => (e.kind === 'reference' && e.symbol ? [e.symbol] : []));
    expect(htmlSymbols).toContain('21-NQ/TW');
    expect(htmlSymbols).not.toContain('99-NQ/TW');
  });

  it('prints a readable table without --json', async () => {
    const { out } = capture();
    expect(await main(['extract', join(dir, 'plan.txt')])).toBe(0);
    expect(out.join('\n')).toMatch(/Số \/ symbol: 35-KH\/ĐU[\s\S]*reference\s+6\s+Nghị quyết số 21-NQ\/TW\s+Nghị quyết 21-NQ\/TW/);
  });

  it('reports unreadable files clearly and exits non-zero, still analysing the others', async () => {
    const { out, err } = capture();
    expect(await main(['extract', join(dir, 'missing.txt'), join(dir, 'latin1.txt'), join(dir, 'plan.txt'), '--json'])).toBe(1);
    expect(err.join('\n')).toMatch(/không đọc được tệp \/ cannot read file: .*missing\.txt \(ENOENT\)/);
    expect(err.join('\n')).toMatch(/không phải văn bản UTF-8 \/ not UTF-8 text: .*latin1\.txt/);
    expect(out).toHaveLength(1);
  });

  it('rejects bad usage with exit code 2', async () => {
    capture();
    expect(await main(['extract'])).toBe(2);
    expect(await main(['frobnicate', 'x.txt'])).toBe(2);
    expect(await main(['--help'])).toBe(0);
  });

  it('reads PDF files through the PDF text extractor', async () => {
    const { out } = capture();
    const pdf = join(import.meta.dirname, '../fixtures/pdf/party-plan.pdf');
    expect(await main(['extract', pdf, '--json'])).toBe(0);
    const analysis = JSON.parse(out[0]) as Analysis;
    expect(analysis.document).toMatchObject({ type: 'Kế hoạch', symbol: '35-KH/ĐU', place: 'Bình Lư', issuer: 'ĐẢNG ỦY XÃ BÌNH LƯ' });
  });

  it('turns block elements into line breaks', () => {
    const text = htmlToText('<html><body><article><h1>KẾ HOẠCH</h1><p>Dòng một<br>Dòng hai</p><ul><li>a</li><li>b</li></ul></article></body></html>');
    expect(text.split('\n').filter(Boolean)).toEqual(['KẾ HOẠCH', 'Dòng một', 'Dòng hai', 'a', 'b']);
  });

  it('reads a table a row a line, so the targets of its year columns are found', () => {
    const cell = (text: string) => `<td><p>${text}</p></td>`;
    const row = (...cells: string[]) => `<tr>${cells.map(cell).join('')}</tr>`;
    const html =
      '<html><body><article><table><tr><td>HUYỆN ỦY SƠN TỊNH<br>Số 12-KH/HU</td><td>ĐẢNG CỘNG SẢN VIỆT NAM<br><i>Sơn Tịnh, ngày 09 tháng 02 năm 2026</i></td></tr></table>' +
      '<h2>KẾ HOẠCH</h2><p>II. MỤC TIÊU</p><p>Các chỉ tiêu chủ yếu:</p><table>' +
      row('TT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2026', 'Năm 2027') + row('1', 'Tỷ lệ hộ nghèo', '%', '1,5', '1,2') + row('2', 'Số xã đạt chuẩn nông thôn mới', 'xã', '3', '5') +
      `</table><p>${'Các chi bộ quán triệt, tổ chức thực hiện. '.repeat(20)}</p></article></body></html>`;
    const text = htmlToText(html);
    expect(text).toContain('1\tTỷ lệ hộ nghèo\t%\t1,5\t1,2');
    expect(text).toContain('HUYỆN ỦY SƠN TỊNH\nSố 12-KH/HU');
    const analysis = analyzeText(text);
    expect(analysis.document).toMatchObject({ symbol: '12-KH/HU', date: '2026-02-09' });
    expect(analysis.entities.flatMap((e) => (e.kind === 'target' ? e.values.map((v) => `${v.value}${v.unit === '%' ? '%' : ''}`) : []))).toEqual(['1.5%', '1.2%', '3', '5']);
  });
});
