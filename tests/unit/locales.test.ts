import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTags } from '../../components/format';

const locale = (name: string) => JSON.parse(readFileSync(`public/_locales/${name}/messages.json`, 'utf8')) as Record<string, { message: string; placeholders?: object }>;

describe('UI strings', () => {
  const vi = locale('vi');
  const en = locale('en');

  it('has every Vietnamese string in English too, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const key of Object.keys(vi)) expect(Object.keys(en[key].placeholders ?? {}), key).toEqual(Object.keys(vi[key].placeholders ?? {}));
  });

  it('writes Vietnamese with its letters: only these strings need none', () => {
    const asciiOnly = Object.keys(vi).filter((key) => /^[\p{ASCII}]*$/u.test(vi[key].message));
    expect(asciiOnly.sort()).toEqual(['cardOtherPage', 'exportCsl', 'exportMarkdown', 'uiBrand', 'viewerNextPage', 'viewerPage', 'viewerPageCount', 'viewerSearchCount']);
  });
});

describe('parseTags', () => {
  it.each([
    ['xây dựng Đảng, 2026', ['xây dựng Đảng', '2026']],
    [' a ,, b; a ', ['a', 'b']],
    ['', []],
  ])('reads %j', (input, tags) => expect(parseTags(input)).toEqual(tags));
});
