import { describe, expect, it } from 'vitest';
import { locateExcerpt } from '../../lib/anchor/locate-excerpt';

describe('locateExcerpt', () => {
  const page = 'Trang chủ\nTin tức\nĐẢNG BỘ TỈNH LAI CHÂU\nĐẢNG ỦY XÃ BÌNH LƯ\nKẾ HOẠCH\nthực hiện Nghị quyết số 21-NQ/TW\nNơi nhận:\n- Lưu.\nLiên hệ | Bản quyền';

  it.each([
    ['the same text', 'ĐẢNG BỘ TỈNH LAI CHÂU\nĐẢNG ỦY XÃ BÌNH LƯ\nKẾ HOẠCH\nthực hiện Nghị quyết số 21-NQ/TW\nNơi nhận:\n- Lưu.'],
    ['whitespace lost between blocks', 'ĐẢNG BỘ TỈNH LAI CHÂUĐẢNG ỦY XÃ BÌNH LƯKẾ HOẠCH thực hiện Nghị quyết số 21-NQ/TWNơi nhận:- Lưu.'],
    ['a node dropped inside', 'ĐẢNG BỘ TỈNH LAI CHÂU\nĐẢNG ỦY XÃ BÌNH LƯ\nthực hiện Nghị quyết số 21-NQ/TW\nNơi nhận:\n- Lưu.'],
  ])('finds the stretch of an excerpt with %s', (_case, excerpt) => {
    const span = locateExcerpt(page, excerpt)!;
    expect(page.slice(span.start, span.end)).toBe('ĐẢNG BỘ TỈNH LAI CHÂU\nĐẢNG ỦY XÃ BÌNH LƯ\nKẾ HOẠCH\nthực hiện Nghị quyết số 21-NQ/TW\nNơi nhận:\n- Lưu.');
  });

  it('prefers the stretch as long as the excerpt when its last words recur later', () => {
    const text = 'Đầu. Nội dung chính của văn bản. Hết văn bản.\nLiên kết: Hết văn bản.';
    const span = locateExcerpt(text, 'Đầu. Nội dung chính của văn bản. Hết văn bản.')!;
    expect(text.slice(span.start, span.end)).toBe('Đầu. Nội dung chính của văn bản. Hết văn bản.');
  });

  it('gives null when the excerpt is not on the page', () => {
    expect(locateExcerpt(page, 'Một văn bản khác hẳn')).toBeNull();
    expect(locateExcerpt(page, ' \n ')).toBeNull();
  });
});
