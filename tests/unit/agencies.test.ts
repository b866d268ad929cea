import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognizeAgencies } from '../../lib/core/agencies';
import { recognizeAssignments } from '../../lib/core/assignments';
import { foldText } from '../../lib/core/normalize';
import { recognizeTargets } from '../../lib/core/targets';

const agencies = (text: string) => recognizeAgencies(foldText(text));
const names = (text: string) => agencies(text).map((a) => a.name);

describe('recognizeAgencies: one phrase, one canonical agency', () => {
  // input -> canonical name, level, abbreviation as written
  it.each([
    // clean Unicode
    ['Bộ Chính trị', 'Bộ Chính trị', 'central', undefined],
    ['Ban Bí thư Trung ương Đảng', 'Ban Bí thư', 'central', undefined],
    ['Ban Chấp hành Trung ương Đảng khóa XIII', 'Ban Chấp hành Trung ương', 'central', undefined],
    ['Ban Tổ chức Trung ương', 'Ban Tổ chức Trung ương', 'central', undefined],
    ['Ủy ban Kiểm tra Trung ương', 'Ủy ban Kiểm tra Trung ương', 'central', undefined],
    ['Ban Thường vụ Tỉnh ủy Lai Châu', 'Ban Thường vụ Tỉnh ủy', 'province', undefined],
    ['Thường trực Tỉnh ủy', 'Thường trực Tỉnh ủy', 'province', undefined],
    ['Văn phòng Tỉnh uỷ', 'Văn phòng Tỉnh ủy', 'province', undefined],
    ['Ban Tuyên giáo Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'province', undefined],
    ['Ban Dân vận Huyện ủy', 'Ban Dân vận Huyện ủy', 'district', undefined],
    ['Đảng ủy xã Bình Lư', 'Đảng ủy', 'commune', undefined],
    ['Ban Chấp hành Đảng bộ xã', 'Ban Chấp hành Đảng bộ xã', 'commune', undefined],
    ['Ban Chấp hành Đảng bộ tỉnh khóa XVIII', 'Ban Chấp hành Đảng bộ tỉnh', 'province', undefined],
    ['Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh', 'Đảng ủy Khối', 'province', undefined],
    ['Ban Xây dựng Đảng', 'Ban Xây dựng Đảng', 'commune', undefined],
    ['Trường Chính trị tỉnh', 'Trường Chính trị tỉnh', 'province', undefined],
    ['Trung tâm Chính trị cấp huyện', 'Trung tâm Chính trị', 'district', undefined],
    ['Hội đồng nhân dân tỉnh', 'Hội đồng nhân dân', 'province', undefined],
    ['Ủy ban nhân dân xã', 'Ủy ban nhân dân', 'commune', undefined],
    ['Đảng đoàn Hội đồng nhân dân tỉnh', 'Đảng đoàn Hội đồng nhân dân', 'province', undefined],
    ['Ban cán sự đảng Ủy ban nhân dân tỉnh', 'Ban cán sự đảng Ủy ban nhân dân', 'province', undefined],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Mặt trận Tổ quốc Việt Nam', 'province', undefined],
    ['Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Đoàn TNCS Hồ Chí Minh', 'other', undefined],
    ['Hội Liên hiệp Phụ nữ tỉnh', 'Hội Liên hiệp Phụ nữ', 'province', undefined],
    ['Hội Nông dân', 'Hội Nông dân', 'other', undefined],
    ['Hội Cựu chiến binh', 'Hội Cựu chiến binh', 'other', undefined],
    ['Liên đoàn Lao động tỉnh', 'Liên đoàn Lao động', 'province', undefined],
    ['Chính phủ', 'Chính phủ', 'state', undefined],
    ['Ban Nội chính Tỉnh ủy', 'Ban Nội chính Tỉnh ủy', 'province', undefined],
    ['Ban Tuyên giáo và Dân vận Trung ương', 'Ban Tuyên giáo và Dân vận Trung ương', 'central', undefined],
    ['Quận ủy Ba Đình', 'Quận ủy', 'district', undefined],
    ['Đảng ủy phường Tân Định', 'Đảng ủy', 'commune', undefined],
    ['Đảng ủy các cơ quan Đảng tỉnh', 'Đảng ủy các cơ quan Đảng', 'province', undefined],
    // abbreviations
    ['UBND tỉnh', 'Ủy ban nhân dân', 'province', 'UBND'],
    ['HĐND xã', 'Hội đồng nhân dân', 'commune', 'HĐND'],
    ['MTTQ', 'Mặt trận Tổ quốc Việt Nam', 'other', 'MTTQ'],
    ['Ủy ban MTTQ Việt Nam', 'Mặt trận Tổ quốc Việt Nam', 'other', 'MTTQ'],
    ['BTV Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy', 'province', 'BTV'],
    ['BCH Đảng bộ xã', 'Ban Chấp hành Đảng bộ xã', 'commune', 'BCH'],
    ['Các TCCSĐ trực thuộc ĐUK', 'Đảng ủy Khối', 'province', 'ĐUK'],
    ['VPTU', 'Văn phòng Tỉnh ủy', 'province', 'VPTU'],
    ['Vụ Địa phương II (b/c)', 'Vụ Địa phương II', 'central', undefined],
    ['BTCTW (b/c)', 'Ban Tổ chức Trung ương', 'central', 'BTCTW'],
    // OCR damage seen in scanned documents (DOMAIN.md §7)
    ['Ban Chép hanh Trung\nwong Pang', 'Ban Chấp hành Trung ương', 'central', undefined],
    ['Ban To chirc Trung ucmg', 'Ban Tổ chức Trung ương', 'central', undefined],
    ['Ban Thuong vu Tinh Gty Lai Chéu', 'Ban Thường vụ Tỉnh ủy', 'province', undefined],
    ['Ban Thudng vu Péng ty', 'Ban Thường vụ Đảng ủy', 'grassroots', undefined],
    ['Ban Thu?ing vii Tinh u5\'', 'Ban Thường vụ Tỉnh ủy', 'province', undefined],
    ['Ban ThuO\'ng v Dng üy Kh&', 'Ban Thường vụ Đảng ủy Khối', 'province', undefined],
    ['Ban Chip hanh\nDBang bd xa', 'Ban Chấp hành Đảng bộ xã', 'commune', undefined],
    ['BAN CHAP HANR DANG BQ KHOI', 'Ban Chấp hành Đảng bộ Khối', 'province', undefined],
    ['Uy ban Kiém tra Pang ty', 'Ủy ban Kiểm tra Đảng ủy', 'grassroots', undefined],
    ['Van phong Dang ay', 'Văn phòng Đảng ủy', 'grassroots', undefined],
    ['B \nChrnh tn', 'Bộ Chính trị', 'central', undefined],
    ['Ban B thur', 'Ban Bí thư', 'central', undefined],
    ['Mit trin T qudc', 'Mặt trận Tổ quốc Việt Nam', 'other', undefined],
    ['Poan TNCS Hb\nChi Minh', 'Đoàn TNCS Hồ Chí Minh', 'other', 'TNCS'],
    ['Hi Ciru \nchin binh', 'Hội Cựu chiến binh', 'other', undefined],
    ['Chinh phñ', 'Chính phủ', 'state', undefined],
    ['Trung tdim Chinh tri', 'Trung tâm Chính trị', 'district', undefined],
    ['Ban can sy dang Uy ban nhén dan tinh', 'Ban cán sự đảng Ủy ban nhân dân', 'province', undefined],
    ['bang uy Khoi Co quan va Doanh nghiép tinh', 'Đảng ủy Khối', 'province', undefined],
    ['Pang uy Quan sy tinh', 'Đảng ủy Quân sự', 'province', undefined],
    ['Tinhüy', 'Tỉnh ủy', 'province', undefined],
  ])('%j -> %s', (input, name, level, abbreviation) => {
    const found = agencies(input);
    expect(found.map((a) => a.name)).toEqual([name]);
    expect(found[0].level).toBe(level);
    expect(found[0].abbreviation).toBe(abbreviation);
  });
});

describe('recognizeAgencies: what is not a named agency', () => {
  it.each([
    ['ĐẢNG CỘNG SẢN VIỆT NAM'],
    ['Đảng bộ tỉnh Lai Châu'],
    ['theo hướng dẫn của Trung ương, của tỉnh'],
    ['các ban xây dựng Đảng của cấp ủy'],
    ['các ban cán sự đảng, đảng đoàn'],
    ['ủy ban kiểm tra cấp trên'],
    ['đảng ủy trực thuộc'],
    ['trưởng ban công tác mặt trận'],
    ['các đồng chí Tỉnh ủy viên'],
    ['công tác quản lý đảng viên'],
    ['quan 1y dang vién'],
    ['Thông báo kết luận của Thường trực'],
    ['Ban Thường vụ'],
    ['đồng chí Phó Bí thư Thường trực'],
    ['Nghị quyết số 21-NQ/TW và Kế hoạch số 02-NQ/ĐUK'],
  ])('%j -> none', (input) => {
    expect(names(input)).toEqual([]);
  });
});

describe('recognizeAgencies: spans and lists', () => {
  it('keeps the place name in the span, not in the name', () => {
    const source = 'thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy Quảng Ngãi về';
    const [a] = agencies(source);
    expect(a.text).toBe('Ban Thường vụ Tỉnh ủy Quảng Ngãi');
    expect(source.slice(a.start, a.end)).toBe(a.text);
    expect(a.id).toBe(`agency-${a.start}-${a.end}`);
  });

  it('counts each member of a distributive list', () => {
    expect(names('Đảng đoàn các cơ quan: Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân tỉnh và Ban Thường vụ Tỉnh đoàn')).toEqual([
      'Mặt trận Tổ quốc Việt Nam',
      'Hội Liên hiệp Phụ nữ',
      'Hội Nông dân',
      'Ban Thường vụ Tỉnh đoàn',
    ]);
  });

  it('reads a committee unit and its committee together, the generic head apart', () => {
    expect(names('Ban thường vụ các huyện ủy, Thị ủy, Thành ủy')).toEqual(['Huyện ủy', 'Thị ủy', 'Thành ủy']);
  });

  it('gives the same entities for NFD, both tone styles and odd spaces', () => {
    const clean = 'Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh và Hội Cựu chiến binh';
    const variants = [clean.normalize('NFD'), clean.replace(/ủy/g, 'uỷ').replace(/Ủy/g, 'Uỷ'), clean.replace(/ /g, '\u00a0 ')];
    const expected = names(clean);
    expect(expected).toHaveLength(3);
    for (const v of variants) {
      const found = agencies(v);
      expect(found.map((a) => a.name)).toEqual(expected);
      for (const a of found) expect(v.slice(a.start, a.end)).toBe(a.text);
    }
  });

  it('returns entities sorted by start with valid offsets on damaged input', () => {
    const source = 'Noi nhén:\n- Thudng tryc Tinh ty,\n- Ban T6 chitc Tinh iy, (b/c)\n- Uy vién BTV\n\nTinh ty, Phé Chu tich UBND tinh,';
    const found = agencies(source);
    expect(found.map((a) => a.name)).toEqual(['Thường trực Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy', 'Ủy ban nhân dân']);
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
    for (const a of found) {
      expect(source.slice(a.start, a.end)).toBe(a.text);
      expect(a.confidence).toBeGreaterThan(0);
      expect(a.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('recognisers on arbitrary text', () => {
  const pieces = ['Ban ', 'Thường vụ ', 'Tỉnh ủy ', 'Pang ty ', 'UBND ', '/TW', '90% ', '3 - 4', ' đảng viên', ':', ';', '.', '\n', '- ', '(1) ', 'Cơ quan chủ trì: ', 'ủ', 'Đ', '\u0301', '\u00a0', '&', '1.500 '];
  const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 300 }).map((p) => p.join(''));

  it('never throw and always report exact, ordered spans', () => {
    fc.assert(
      fc.property(text, (source) => {
        const folded = foldText(source);
        const agencies = recognizeAgencies(folded);
        for (const e of [...agencies, ...recognizeTargets(folded), ...recognizeAssignments(folded, agencies)]) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeLessThanOrEqual(source.length);
          expect(e.start).toBeLessThan(e.end);
          expect(source.slice(e.start, e.end)).toBe(e.text);
          expect(e.id).toBe(`${e.kind}-${e.start}-${e.end}`);
        }
        for (let i = 1; i < agencies.length; i++) expect(agencies[i].start).toBeGreaterThanOrEqual(agencies[i - 1].start);
      }),
      { numRuns: 300 },
    );
  });
});
