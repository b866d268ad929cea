import { describe, expect, it } from 'vitest';
import { fileParam } from '../../components/viewer/file-param';

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
