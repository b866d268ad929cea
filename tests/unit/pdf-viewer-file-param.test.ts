import { describe, expect, it } from 'vitest';
import { fileParam, isPdfUrl, viewerUrl } from '../../components/viewer/file-param';

describe('fileParam', () => {
  it.each([
    ['?file=https%3A%2F%2Fex.vn%2Fvb%2F35-kh.pdf%3Fid%3D1%26v%3D2', 'https://ex.vn/vb/35-kh.pdf?id=1&v=2'],
    ['?file=https://ex.vn/vb/35-kh.pdf?id=1&v=2', 'https://ex.vn/vb/35-kh.pdf?id=1&v=2'],
    ['?file=file:///home/a/Nghi%20quyet.pdf', 'file:///home/a/Nghi%20quyet.pdf'],
    ['?lang=vi&file=https%3A%2F%2Fex.vn%2Fa.pdf', 'https://ex.vn/a.pdf'],
    ['?file=%E0%A4%A', '%E0%A4%A'],
    ['', null],
    ['?file=', null],
  ])('%s -> %s', (search, url) => {
    expect(fileParam(search)).toBe(url);
  });
});

describe('viewerUrl', () => {
  const page = 'chrome-extension://id/viewer.html';

  it.each([
    'https://ex.vn/vb/35-kh.pdf?id=1&v=2',
    'http://127.0.0.1:8080/Nghị quyết số 21.pdf',
    'https://ex.vn/tai-ve?file=a.pdf&x=%20',
  ])('is read back by fileParam: %s', (url) => {
    const address = viewerUrl(url, page);
    expect(address.startsWith(`${page}?file=`)).toBe(true);
    expect(fileParam(address.slice(page.length))).toBe(url);
  });

  it('leaves the fragment out, and opens the bare viewer without a PDF', () => {
    expect(fileParam(viewerUrl('https://ex.vn/a.pdf#page=3', page).slice(page.length))).toBe('https://ex.vn/a.pdf');
    expect(viewerUrl(null, page)).toBe(page);
  });
});

describe('isPdfUrl', () => {
  it.each([
    ['https://tinhuy.laichau.gov.vn/Uploads/35-KH-DU.pdf', true],
    ['http://127.0.0.1:4000/van-ban/ke-hoach.PDF?tai=1#trang=2', true],
    ['https://ex.vn/tai-ve?file=a.pdf', false],
    ['https://ex.vn/van-ban/35-kh.html', false],
    ['file:///home/a/nghi-quyet.pdf', false],
    ['chrome-extension://id/viewer.html?file=https%3A%2F%2Fex.vn%2Fa.pdf', false],
    ['not a url', false],
    [undefined, false],
  ])('%s -> %s', (url, expected) => {
    expect(isPdfUrl(url)).toBe(expected);
  });
});
