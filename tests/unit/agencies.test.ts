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
    ['phối hợp với Ban công tác Mặt trận thôn', 'Ban Công tác Mặt trận', 'grassroots', undefined],
    ['Ban Phong trào Tỉnh đoàn chủ trì', 'Ban Phong trào Tỉnh đoàn', 'province', undefined],
    // a province's or district's Youth Union committee is the Union at its level; its organs keep their names
    ['Tỉnh đoàn phối hợp', 'Tỉnh đoàn', 'province', undefined],
    ['Huyện đoàn phối hợp', 'Huyện đoàn', 'district', undefined],
    ['Ban Thường vụ Huyện đoàn chủ trì', 'Ban Thường vụ Huyện đoàn', 'district', undefined],
    ['Ban Thường vụ Đảng ủy Bộ đội Biên phòng tỉnh', 'Ban Thường vụ Đảng ủy Bộ đội Biên phòng', 'province', undefined],
    // a level word in the plural
    ['Ban Chỉ huy Quân sự các huyện chỉ đạo', 'Ban Chỉ huy Quân sự', 'district', undefined],
    ['Hội đồng Giáo dục quốc phòng và an ninh tỉnh', 'Hội đồng Giáo dục quốc phòng và an ninh', 'province', undefined],
    ['Ban Vì sự tiến bộ của phụ nữ huyện', 'Ban Vì sự tiến bộ của phụ nữ', 'district', undefined],
    ['Ban Chỉ huy Phòng thủ dân sự thành phố phối hợp', 'Ban Chỉ huy Phòng thủ dân sự', 'province', undefined],
    ['(Ban Thi đua - Khen thưởng) phối hợp', 'Ban Thi đua - Khen thưởng', 'province', undefined],
    ['Ban Tuyên giáo Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'province', undefined],
    ['Ban Dân vận Huyện ủy', 'Ban Dân vận Huyện ủy', 'district', undefined],
    ['Đảng ủy xã Bình Lư', 'Đảng ủy', 'commune', undefined],
    ['Ban Chấp hành Đảng bộ xã', 'Ban Chấp hành Đảng bộ xã', 'commune', undefined],
    ['Ban Chấp hành Đảng bộ tỉnh khóa XVIII', 'Ban Chấp hành Đảng bộ tỉnh', 'province', undefined],
    ['Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh', 'Đảng ủy Khối', 'province', undefined],
    ['của Ban Chấp hành Đảng bộ quận về', 'Ban Chấp hành Đảng bộ quận', 'district', undefined],
    ['Ban Chấp hành Đảng bộ thị trấn', 'Ban Chấp hành Đảng bộ thị trấn', 'commune', undefined],
    // an enterprise's Party committee and its units, as a Khối's
    ['Đảng ủy Tổng công ty Cấp nước Đồng Nai', 'Đảng ủy Tổng công ty', 'other', undefined],
    ['3. Ủy ban Kiểm tra Đảng ủy Tổng công ty đưa nội dung', 'Ủy ban Kiểm tra Đảng ủy Tổng công ty', 'other', undefined],
    ['Ban Thường vụ Đảng ủy Tập đoàn chỉ đạo', 'Ban Thường vụ Đảng ủy Tập đoàn', 'other', undefined],
    ['của Ban Chấp hành Đảng bộ Tổng công ty về', 'Ban Chấp hành Đảng bộ Tổng công ty', 'other', undefined],
    ['quy chế phối hợp với Hội đồng thành viên, Tổng giám đốc', 'Hội đồng thành viên', 'other', undefined],
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
    ['Công an tỉnh chủ trì', 'Công an', 'province', undefined],
    ['Công an huyện Bắc Hà', 'Công an', 'district', undefined],
    ['Bộ Chỉ huy Quân sự tỉnh', 'Bộ Chỉ huy Quân sự', 'province', undefined],
    ['Ban Chỉ huy Quân sự xã', 'Ban Chỉ huy Quân sự', 'commune', undefined],
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
    // the header's `ĐẢNG BỘ TỈNH <place>` names the organisation, whatever OCR-tolerant reading the place allows
    ['ĐẢNG BỘ TỈNH ĐIỆN BIÊN'],
    ['tăng cường thanh tra, kiểm tra việc thực hiện'],
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
    // the level above, whichever body it is; words a `quan` or a `phần` ends, written so
    ['báo cáo ủy ban kiểm tra cấp trên; Đảng ủy cấp trên trực tiếp cơ sở; Pang uy cap trên trực tièp cơ s6'],
    ['bảo đảm khách quan uy tín, dân chủ'],
    ['THÀNH PHẦN tham dự; Thành phần gồm; công dân'],
    // a set of things (`bộ`), no ministry; the border guard as a force
    ['thực hiện Bộ Quy tắc ứng xử trên mạng xã hội; Bộ Luật Hình sự; Bộ Tiêu chí quốc gia; lực lượng Bộ đội Biên phòng'],
    // a symbol's issuer after a dash OCR spaced off it
    ['Căn cứ Quyết định số 45/QĐ- HĐND ngày 02/3/2024'],
    ['Quyết định số 12/QÐ- UBND'],
    ['xây dựng Quân đội, Công an vững mạnh'],
    ['lực lượng Công an nhân dân'],
    // a comma between a kind of body and a lower-case word parts a list, it is no stray comma inside a name
    ['Các Hiệp hội, doanh nghiệp trên địa bàn tham gia.'],
    ['các Vụ, địa phương liên quan'],
    ['Các Phòng, địa phương triển khai'],
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

  it("ends a place name at a header's column gap", () => {
    const [a] = agencies('TỈNH ỦY TUYÊN QUANG                ĐẢNG CỘNG SẢN VIỆT NAM\n*');
    expect([a.text, a.name]).toEqual(['TỈNH ỦY TUYÊN QUANG', 'Tỉnh ủy']);
    expect(agencies('TỈNH ỦY TUYÊN QUANG\t\tĐẢNG CỘNG SẢN VIỆT NAM')[0].text).toBe('TỈNH ỦY TUYÊN QUANG');
    // spread-out words of a PDF's justified line are no columns
    expect(agencies('Ban  Thường  vụ  Tỉnh  ủy    Lai    Châu')[0].text).toBe('Ban  Thường  vụ  Tỉnh  ủy    Lai    Châu');
  });

  it("keeps a company's whole name in the span of its Party committee, lower-case words and all", () => {
    const spans = (source: string) => agencies(source).map((a) => [a.text, a.name]);
    expect(spans('Ban Thường vụ Đảng ủy Tổng công ty Công nghiệp mỏ Việt Bắc chỉ đạo')).toEqual([
      ['Ban Thường vụ Đảng ủy Tổng công ty Công nghiệp mỏ Việt Bắc', 'Ban Thường vụ Đảng ủy Tổng công ty'],
    ]);
    expect(spans('Ủy ban Kiểm tra Đảng ủy Tập đoàn Điện lực Việt Nam kiểm tra')).toEqual([
      ['Ủy ban Kiểm tra Đảng ủy Tập đoàn Điện lực Việt Nam', 'Ủy ban Kiểm tra Đảng ủy Tập đoàn'],
    ]);
    // no name written after it; a level word after the committee, then the place
    expect(spans('Đảng ủy Tổng công ty chỉ đạo')).toEqual([['Đảng ủy Tổng công ty', 'Đảng ủy Tổng công ty']]);
    expect(spans('Ban Thường vụ Tỉnh ủy tỉnh Lai Châu')).toEqual([['Ban Thường vụ Tỉnh ủy tỉnh Lai Châu', 'Ban Thường vụ Tỉnh ủy']]);
  });

  it('gives units listed before one of a committee that committee too, spanning only what is written', () => {
    const source = '- Ban Tổ chức, Ban Tuyên giáo và Ban Dân vận Tỉnh ủy phối hợp';
    const found = agencies(source);
    expect(found.map((a) => [a.text, a.name, a.level])).toEqual([
      ['Ban Tổ chức', 'Ban Tổ chức Tỉnh ủy', 'province'],
      ['Ban Tuyên giáo', 'Ban Tuyên giáo Tỉnh ủy', 'province'],
      ['Ban Dân vận Tỉnh ủy', 'Ban Dân vận Tỉnh ủy', 'province'],
    ]);
    for (const a of found) expect(source.slice(a.start, a.end)).toBe(a.text);
    expect(names('Văn phòng, Ủy ban Kiểm tra Huyện ủy')).toEqual(['Văn phòng Huyện ủy', 'Ủy ban Kiểm tra Huyện ủy']);
    // no unit before it, an agency of its own before it, or a pair the gazetteer names otherwise
    expect(names('Sở Nội vụ, Ban Tổ chức Tỉnh ủy')).toEqual(['Sở Nội vụ', 'Ban Tổ chức Tỉnh ủy']);
    expect(names('văn phòng, Ban Tổ chức Tỉnh ủy')).toEqual(['Ban Tổ chức Tỉnh ủy']);
    expect(names('Ban Chấp hành, Ban Thường vụ Đảng ủy Khối')).toEqual(['Ban Thường vụ Đảng ủy Khối']);
  });

  it('takes a level word in the plural, but not before `ủy`, where `các tỉnh` begins the next item', () => {
    expect(names('Kiểm tra của Ủy ban Kiểm tra Trung ương các tỉnh ủy, thành ủy.')).toEqual(['Ủy ban Kiểm tra Trung ương', 'Tỉnh ủy', 'Thành ủy']);
    expect(agencies('Ban Tổ chức Tỉnh ủy các huyện ủy').map((a) => a.text)).toEqual(['Ban Tổ chức Tỉnh ủy', 'huyện ủy']);
    expect(agencies('Ủy ban nhân dân các xã, thị trấn').map((a) => [a.text, a.level])).toEqual([['Ủy ban nhân dân các xã', 'commune']]);
  });

  it('names a body of 2025 and keeps the place after it in the span', () => {
    const [press] = agencies('phối hợp với Báo và Phát thanh, Truyền hình Cần Thơ tuyên truyền');
    expect(press).toMatchObject({ name: 'Báo và Phát thanh, Truyền hình', level: 'province', text: 'Báo và Phát thanh, Truyền hình Cần Thơ' });
    expect(agencies('phối hợp với Công an đặc khu').map((a) => [a.name, a.level])).toEqual([['Công an', 'commune']]);
    expect(names('Ban Chấp hành Đảng bộ đặc khu; Ban Chấp hành Đảng bộ các cơ quan Đảng tỉnh; Ban Chấp hành Đảng bộ Ủy ban nhân dân tỉnh')).toEqual([
      'Ban Chấp hành Đảng bộ đặc khu', 'Ban Chấp hành Đảng bộ các cơ quan Đảng', 'Ban Chấp hành Đảng bộ Ủy ban nhân dân',
    ]);
    expect(names('Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh')).toEqual(['Ban Thường trực Mặt trận Tổ quốc Việt Nam']);
    expect(names('- Văn phòng Điều phối NTM huyện,')).toEqual(['Văn phòng Điều phối nông thôn mới']);
    expect(names('thành lập Tiểu ban Văn kiện, Tiểu ban Nhân sự và Tiểu ban Tổ chức - Phục vụ')).toEqual(['Tiểu ban Văn kiện', 'Tiểu ban Nhân sự', 'Tiểu ban Tổ chức - Phục vụ']);
    expect(names('Chi cuc\nThi h4nh án dén su huyn; Thi hành án dân sự tỉnh; Khoi dan vân xã')).toEqual(['Chi cục Thi hành án dân sự', 'Thi hành án dân sự', 'Khối dân vận']);
    // the Party committee of a department or a hospital, and its organs, named with the body; a commune's before a body is not
    expect(names('Đảng ủy Sở Khoa học và Công nghệ chỉ đạo; Ban Thường vụ Đảng ủy Sở Y tế tỉnh')).toEqual(['Đảng ủy Sở Khoa học và Công nghệ', 'Ban Thường vụ Đảng ủy Sở Y tế']);
    expect(names('Đảng ủy xã phối hợp Sở Y tế')).toEqual(['Đảng ủy', 'Sở Y tế']);
    // a committee's Ban Chỉ đạo 35 named with it; boards, offices and committees of provinces and districts
    expect(names('Ban Chỉ đạo 35 Tỉnh uỷ chủ trì; Ban Chỉ đạo 35 tỉnh')).toEqual(['Ban Chỉ đạo 35 Tỉnh ủy', 'Ban Chỉ đạo 35']);
    expect(names('Ban Quản lý Khu kinh tế Hải Phòng; Chi cuc Thué huyén; Phong Kinh té\nva Ha tang huyen')).toEqual(['Ban Quản lý Khu kinh tế', 'Chi cục Thuế', 'Phòng Kinh tế và Hạ tầng']);
    expect(names('Ban Chi dao phong, chong toi pham, te nan xa hoi va xay dung phong\ntrao Toan dan bao ve an ninh To quoc xã')).toEqual([
      'Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào Toàn dân bảo vệ an ninh Tổ quốc',
    ]);
    expect(names('Đảng uỷ Quân sự Trung ương trước đây; Bảo tàng Hồ Chí Minh; Ủy viên Ban\nChấp hành Đảng bộ Chính phủ')).toEqual([
      'Đảng ủy Quân sự Trung ương', 'Bảo tàng Hồ Chí Minh', 'Ban Chấp hành Đảng bộ Chính phủ',
    ]);
    // a Ban Chấp hành shared from a list of organs is its Đảng bộ's; a district office's abbreviation; a sub-committee ends before its verb
    expect(names('của Ban Chấp hành, Ban Thường vụ Quận ủy; Ban Chấp hành Tỉnh ủy họp')).toEqual(['Ban Thường vụ Quận ủy', 'Ban Chấp hành Đảng bộ tỉnh']);
    expect(names('- Lưu VPHU.')).toEqual(['Văn phòng Huyện ủy']);
    // foreign affairs: the overseas Party committee and its organs, the committee for Vietnamese abroad, the missions,
    // a ministry's committee named by `Bộ` alone, a friendship association of two countries
    expect(names('Ban Thường vụ Đảng ủy Ngoài nước; Ban To chuc Pảng uy Ngoai nuoc ve; Ban Chấp hành Đảng bộ Ngoài nước')).toEqual([
      'Ban Thường vụ Đảng ủy Ngoài nước', 'Ban Tổ chức Đảng ủy Ngoài nước', 'Ban Chấp hành Đảng bộ Ngoài nước',
    ]);
    expect(names('phối hợp với Ủy ban Nhà nước về người Việt Nam ở nước ngoài; Đại sứ quán Việt Nam tại Lào; Tổng Lãnh sự quán Việt Nam tại Luông Pha Bang')).toEqual([
      'Ủy ban Nhà nước về người Việt Nam ở nước ngoài', 'Đại sứ quán', 'Tổng Lãnh sự quán',
    ]);
    expect(names('Ban Thường vụ Đảng ủy Bộ chỉ đạo; Đảng ủy Bộ Ngoại giao; Hội Hữu nghị Việt Nam - Lào tỉnh; Hội Hữu nghị Việt Nam - Trung Quốc; Hội Nông dân Việt Nam - Hội')).toEqual([
      'Ban Thường vụ Đảng ủy Bộ', 'Đảng ủy Bộ Ngoại giao', 'Hội Hữu nghị Việt Nam - Lào', 'Hội Hữu nghị Việt Nam - Trung Quốc', 'Hội Nông dân',
    ]);
    expect(names('Ban Chỉ đạo công tác đối ngoại nhân dân tỉnh; Ban Chỉ đạo công tác đối ngoại tỉnh')).toEqual(['Ban Chỉ đạo công tác đối ngoại nhân dân', 'Ban Chỉ đạo công tác đối ngoại']);
    // a department's committee by `Sở` alone; names whose words run on over a stop word (người có công, dịch vụ tổng hợp);
    // a field written as a verb in lower case is the verb
    expect(names('Ban Thường vụ Đảng ủy Sở chỉ đạo; Phòng Người có công chủ trì; Trung tâm Điều dưỡng người có công tỉnh')).toEqual([
      'Ban Thường vụ Đảng ủy Sở', 'Phòng Người có công', 'Trung tâm Điều dưỡng người có công',
    ]);
    expect(names('Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hoá” xã hướng dẫn')).toEqual(['Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"']);
    // OCR's `ii` for ư (`Đàu tii`, `Phy nii`, `can sii`); a province's association of writers and artists
    expect(names('phối hợp vdi Sở Ke hoach vä Đàu tii; Hoi Lién hiép Phy nii; Hội Van hóc nghe thuät tjnh')).toEqual([
      'Sở Kế hoạch và Đầu tư', 'Hội Liên hiệp Phụ nữ', 'Hội Văn học nghệ thuật',
    ]);
    expect(names('Bảo hiểm xã hội Việt Nam hướng dẫn; Bảo hiểm xã hội tỉnh thực hiện')).toEqual(['Bảo hiểm xã hội Việt Nam', 'Bảo hiểm xã hội']);
    expect(names('Trung tâm Dịch vụ tổng hợp xã; phối hợp với Văn phòng Sở, Thanh tra Sở xây dựng kế hoạch; Sở Xây dựng chủ trì')).toEqual([
      'Trung tâm Dịch vụ tổng hợp', 'Văn phòng Sở', 'Sở Xây dựng',
    ]);
    // the level above drops a body of every level, not one body that grants (`cấp`) an amount
    expect(names('Chính phủ cấp trên 500 tỷ đồng; báo cáo ủy ban kiểm tra cấp trên; Đảng ủy cấp dưới 20 triệu đồng')).toEqual(['Chính phủ', 'Đảng ủy']);
    expect(agencies('Tiểu ban Văn\nkiện xin ý kiến').map((a) => a.name)).toEqual(['Tiểu ban Văn kiện']);
    // `khi` (when) ends no `Đảng ủy Khối`; a body in a law's title is none; a ministry's Party committee's organs; the students' union
    expect(names('cüa Dâng üy khi Bj thư; theo Luật Công đoàn năm 2024')).toEqual(['Đảng ủy']);
    expect(names('Ban Thường vụ Đảng ủy Bộ Y tế; Hội Sinh viên Trường')).toEqual(['Ban Thường vụ Đảng ủy Bộ Y tế', 'Hội Sinh viên']);
    // a Party committee after `chi bộ` is one (`100% chi bộ Đảng ủy xã`); a body's level word goes with its committee's span
    expect(names('100% chi bộ Đảng ủy xã Bình Lư; Chi bộ Trường THCS Bình Lư')).toEqual(['Đảng ủy']);
    expect(agencies('Ban Thường vụ Đảng ủy Sở Y tế tỉnh Lai Châu')[0].text).toBe('Ban Thường vụ Đảng ủy Sở Y tế tỉnh Lai Châu');
    // a name read by its head noun begins on the head's line: the next may begin a signature or a sentence
    expect(names('Phó Giám đốc Trung tâm\nLò Văn Thanh; giao Văn phòng\nThời gian: tháng 5')).toEqual([]);
    // a listed name read through a word written with its marks as another is the longer body its head noun names
    expect(names('Cục Thủy sản tăng cường kiểm tra; Chi cục Thuế huyện')).toEqual(['Cục Thủy sản', 'Chi cục Thuế']);
    // a commune's Ban Chấp hành is its Đảng bộ's: no `Ban Chấp hành Đảng ủy` is read off a list of its organs
    expect(names('Ban Chấp hanh, Ban Thüàng vu Dàng ủy xã')).toEqual(['Ban Thường vụ Đảng ủy']);
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

describe('recognizeAgencies: state bodies, courts, banks, press organs', () => {
  // input -> canonical name, level
  it.each([
    ['Tòa án nhân dân thành phố nâng cao chất lượng xét xử', 'Tòa án nhân dân', 'province'],
    ['Toà án nhân dân tối cao', 'Tòa án nhân dân tối cao', 'central'],
    // commune offices under two-level local government, provincial and district offices
    ['chỉ đạo Phòng Kinh tế, Hạ tầng và Đô thị chủ trì', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'district'],
    ['phối hợp với Phòng Văn hóa - Xã hội', 'Phòng Văn hóa - Xã hội', 'district'],
    ['Trung tâm Phục vụ hành chính công phường bố trí', 'Trung tâm Phục vụ hành chính công', 'commune'],
    ['Ban Dân tộc tỉnh tranh thủ nguồn lực', 'Ban Dân tộc', 'province'],
    ['Hạt Kiểm lâm huyện', 'Hạt Kiểm lâm', 'district'],
    ['Chi cục Thủy sản tăng cường kiểm tra', 'Chi cục Thủy sản', 'province'],
    ['Công đoàn Viên chức tỉnh', 'Công đoàn Viên chức', 'province'],
    ['Đảng uỷ Bộ đội Biên phòng tỉnh', 'Đảng ủy Bộ đội Biên phòng', 'province'],
    ['báo cáo Đảng ủy Quân khu 2 theo quy định', 'Đảng ủy Quân khu 2', 'central'],
    ['Đảng đoàn HPND tỉnh lãnh đạo', 'Đảng đoàn Hội đồng nhân dân', 'province'],
    ['Ban Cơ yếu Chính phủ', 'Ban Cơ yếu Chính phủ', 'central'],
    ['Trạm Y tế xã', 'Trạm Y tế', 'commune'],
    ['Đồn Biên phòng Tà Xùa', 'Đồn Biên phòng', 'other'],
    ['Ban Chỉ đạo 35 Trung ương', 'Ban Chỉ đạo 35 Trung ương', 'central'],
    ['Ban Chỉ đạo chuyển đổi số tỉnh', 'Ban Chỉ đạo chuyển đổi số', 'province'],
    ['Văn phòng Đăng ký đất đai tỉnh', 'Văn phòng Đăng ký đất đai', 'province'],
    ['Đảng uỷ Ngoài nước hướng dẫn', 'Đảng ủy Ngoài nước', 'central'],
    ['Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương', 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương', 'central'],
    ['Thanh tra huyện chủ trì', 'Thanh tra', 'district'],
    ['Đội Quản lý trật tự đô thị phường', 'Đội Quản lý trật tự đô thị', 'commune'],
    [
      'Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
      'Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
      'central',
    ],
    ['Viện kiểm sát nhân dân tỉnh tăng cường kiểm sát', 'Viện kiểm sát nhân dân', 'province'],
    ['Viện Kiểm sát nhân dân huyện', 'Viện kiểm sát nhân dân', 'district'],
    ['VKSND tỉnh', 'Viện kiểm sát nhân dân', 'province'],
    ['Ngân hàng Chính sách xã hội huyện bảo đảm nguồn vốn', 'Ngân hàng Chính sách xã hội', 'district'],
    ['Kiểm toán Nhà nước', 'Kiểm toán Nhà nước', 'central'],
    ['Học viện Chính trị quốc gia Hồ Chí Minh', 'Học viện Chính trị quốc gia Hồ Chí Minh', 'central'],
    ['Hội đồng Lý luận Trung ương tổ chức hội thảo', 'Hội đồng Lý luận Trung ương', 'central'],
    ['Báo Nhân Dân', 'Báo Nhân Dân', 'central'],
    ['Tạp chí Cộng sản', 'Tạp chí Cộng sản', 'central'],
    ['Đài Tiếng nói Việt Nam', 'Đài Tiếng nói Việt Nam', 'central'],
    ['Hội Người cao tuổi phường', 'Hội Người cao tuổi', 'commune'],
    ['Hội Chữ thập đỏ tỉnh', 'Hội Chữ thập đỏ', 'province'],
    ['Tổng Liên đoàn Lao động Việt Nam', 'Tổng Liên đoàn Lao động', 'central'],
    ['Ban Tuyên giáo Hội LHPN tỉnh', 'Ban Tuyên giáo Hội Liên hiệp Phụ nữ', 'province'],
    ['Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam', 'Đoàn Chủ tịch Tổng Liên đoàn Lao động', 'central'],
    ['Ban Tổ chức - Kiểm tra Tỉnh đoàn', 'Ban Tổ chức - Kiểm tra Tỉnh đoàn', 'province'],
    ['Ban Tuyên giáo Thị đoàn Sơn Tây', 'Ban Tuyên giáo Thị đoàn', 'district'],
    ['Ban Thường vụ Trung ương Hội Cựu chiến binh Việt Nam', 'Ban Thường vụ Trung ương Hội Cựu chiến binh', 'central'],
    ['TW Hội CCB Việt Nam', 'Trung ương Hội Cựu chiến binh', 'central'],
    ['Hội đồng Đội tỉnh', 'Hội đồng Đội', 'province'],
    ['Phòng Thương mại và Công nghiệp Việt Nam', 'Phòng Thương mại và Công nghiệp Việt Nam', 'other'],
    ['Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh', 'Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực', 'province'],
    ['Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện', 'Ban Chỉ đạo các chương trình mục tiêu quốc gia', 'district'],
    // ministries, departments and district offices named after one field
    ['Bộ Công Thương chủ trì', 'Bộ Công Thương', 'state'],
    ['Bộ Kế hoạch và Đầu tư', 'Bộ Kế hoạch và Đầu tư', 'state'],
    ['Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Văn hóa, Thể thao và Du lịch', 'state'],
    ['Sở Giáo dục và Đào tạo tỉnh', 'Sở Giáo dục và Đào tạo', 'province'],
    ['Sở Nông nghiệp và Phát triển nông thôn', 'Sở Nông nghiệp và Phát triển nông thôn', 'province'],
    ['Phòng Lao động - Thương binh và Xã hội huyện', 'Phòng Lao động - Thương binh và Xã hội', 'district'],
    ['Phòng Tài chính - Kế hoạch', 'Phòng Tài chính - Kế hoạch', 'district'],
    // OCR damage
    ['So K¢ hoach va Pau tw', 'Sở Kế hoạch và Đầu tư', 'province'],
    ['So Tai nguyén va Moi tru&ng', 'Sở Tài nguyên và Môi trường', 'province'],
    ['Sd Noi vu', 'Sở Nội vụ', 'province'],
    ['Ngan hang Chinh s4ch x&\nhoi huyen', 'Ngân hàng Chính sách xã hội', 'district'],
    ['Hoc vién Chinh tri quoc gia Hé\nChi Minh', 'Học viện Chính trị quốc gia Hồ Chí Minh', 'central'],
    ['Tép chi Cong san, Pai Truyén hinh Viet Nam', 'Tạp chí Cộng sản', 'central'],
    ['Bo Giao duc va Dao tao', 'Bộ Giáo dục và Đào tạo', 'state'],
  ])('%j -> %s', (input, name, level) => {
    const [first] = agencies(input);
    expect(first.name).toBe(name);
    expect(first.level).toBe(level);
  });
});

describe('recognizeAgencies: an organ named after the body it leads is an agency of its own', () => {
  it.each([
    ['Đảng đoàn Quốc hội lãnh đạo Quốc hội', ['Đảng đoàn Quốc hội', 'Quốc hội']],
    ['Ban cán sự đảng Chính phủ lãnh đạo Chính phủ', ['Ban cán sự đảng Chính phủ', 'Chính phủ']],
    ['Đảng ủy Chính phủ, Đảng ủy Quốc hội', ['Đảng ủy Chính phủ', 'Đảng ủy Quốc hội']],
    ['Đảng đoàn Mặt trận Tổ quốc Việt Nam thành phố', ['Đảng đoàn Mặt trận Tổ quốc Việt Nam']],
    ['Đảng đoàn Hội Nông dân tỉnh', ['Đảng đoàn Hội Nông dân']],
    ['Thường trực Hội đồng nhân dân huyện', ['Thường trực Hội đồng nhân dân']],
    ['Đoàn đại biểu Quốc hội thành phố', ['Đoàn đại biểu Quốc hội']],
    ['Đoàn ĐBQH tỉnh', ['Đoàn đại biểu Quốc hội']],
    ['Ban cán sự đảng Bộ Tư pháp', ['Ban cán sự đảng Bộ Tư pháp']],
    ['Ban Bí thư Trung ương Đoàn ban hành', ['Ban Bí thư Trung ương Đoàn']],
    ['Ban Thường vụ Trung ương Đoàn', ['Ban Thường vụ Trung ương Đoàn']],
    ['Ban Bí thư Trung ương Đảng', ['Ban Bí thư']],
    // OCR damage
    ['Pé nghi Đang dy Chinh phu chi dao', ['Đảng ủy Chính phủ']],
    ['Pang üy Qu6c hbi chi dao', ['Đảng ủy Quốc hội']],
    ['Thuong trwc Hoi dbng nhan dan huyen', ['Thường trực Hội đồng nhân dân']],
    ['Ban Bi thy Trung wong Poan ban hanh', ['Ban Bí thư Trung ương Đoàn']],
  ])('%j -> %j', (input, expected) => {
    expect(names(input)).toEqual(expected);
  });

  it.each([
    ['Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh', ['Ủy ban nhân dân']],
    ['đồng chí Phó Bí thư Thường trực Hội đồng nhân dân', ['Hội đồng nhân dân']],
    ['Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ; Nghị định của Chính phủ', ['Chính phủ']],
  ])('a person title is not the organ: %j -> %j', (input, expected) => {
    expect(names(input)).toEqual(expected);
  });
});

describe('recognizeAgencies: names read by their head noun', () => {
  // clean text: the head written exactly, a capitalised name, a clear end
  it.each([
    ['Cục Quản lý thị trường tỉnh phối hợp', 'Cục Quản lý thị trường', 'province'],
    ['Cục Kiểm lâm tỉnh', 'Cục Kiểm lâm', 'province'],
    ['Công ty cổ phần Nước sạch Quảng Ninh', 'Công ty cổ phần Nước sạch Quảng Ninh', 'other'],
    ['Tổng công ty Đông Bắc', 'Tổng công ty Đông Bắc', 'other'],
    ['Công ty cổ phần Xây dựng giao thông Quảng Ninh', 'Công ty cổ phần Xây dựng giao thông Quảng Ninh', 'other'],
    ['Hội Nữ doanh nhân tỉnh', 'Hội Nữ doanh nhân', 'province'],
    ['Đài Phát thanh và Truyền hình tỉnh chủ trì', 'Đài Phát thanh và Truyền hình', 'province'],
    ['Vụ Tuyên truyền, Ban Tuyên giáo Trung ương', 'Vụ Tuyên truyền', 'central'],
    ['4. Phòng Tổ chức cơ sở đảng - đảng viên, Ban Tổ chức Tỉnh uỷ chủ trì', 'Phòng Tổ chức cơ sở đảng - đảng viên', 'other'],
    ['Vụ Tổ chức cơ sở đảng, đảng viên, Ban Tổ chức Trung ương', 'Vụ Tổ chức cơ sở đảng, đảng viên', 'central'],
    ['Trung tâm Y tế huyện phối hợp', 'Trung tâm Y tế', 'district'],
    ['Bệnh viện Đa khoa tỉnh chủ trì', 'Bệnh viện Đa khoa', 'province'],
    ['Phối hợp với Trường Đại học Cần Thơ đào tạo kỹ sư', 'Trường Đại học Cần Thơ', 'other'],
    // a ministry's own units (a committee's office is listed)
    ['Văn phòng Bộ theo dõi, tổng hợp', 'Văn phòng Bộ', 'other'],
    ['Vụ Kế hoạch - Tài chính bố trí kinh phí', 'Vụ Kế hoạch - Tài chính', 'central'],
    ['phối hợp Vụ Tổ chức cán bộ hoàn thiện hồ sơ', 'Vụ Tổ chức cán bộ', 'central'],
    // a long run of lower-case words, where the name clearly ends after it
    ['Cục Nhà giáo và Cán bộ quản lý giáo dục chủ trì', 'Cục Nhà giáo và Cán bộ quản lý giáo dục', 'state'],
    // a level word ends a long name clearly; a verb in lower case after its fields ends it
    ['Trung tâm Trợ giúp pháp lý nhà nước tỉnh phối hợp', 'Trung tâm Trợ giúp pháp lý nhà nước', 'province'],
    ['Phòng Công nghệ thông tin nâng cấp hệ thống', 'Phòng Công nghệ thông tin', 'other'],
    // a field in lower case after `và`, as the name's own words are; `phòng, chống` is one field
    ['Phòng Kiểm tra nghiệp vụ và thi hành án chủ trì', 'Phòng Kiểm tra nghiệp vụ và thi hành án', 'other'],
    ['phối hợp với Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Bộ Công an', 'Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao', 'state'],
    ['Phòng Nghiệp vụ và các đơn vị liên quan', 'Phòng Nghiệp vụ', 'other'],
    // after `và`, a noun that names other parties is no field
    ['Cục Quản lý thị trường và lực lượng chức năng kiểm tra', 'Cục Quản lý thị trường', 'state'],
    ['Thư viện Quốc gia Việt Nam; Nhà xuất bản Chính trị quốc gia Sự thật phát hành', 'Thư viện Quốc gia Việt Nam', 'other'],
    ['Bảo tàng - Thư viện Hồ Chí Minh tổ chức triển lãm', 'Bảo tàng - Thư viện Hồ Chí Minh', 'other'],
    // the police's departments, named at length, `về` and all
    ['Phòng Cảnh sát điều tra tội phạm về ma túy bắt, xử lý 412 vụ', 'Phòng Cảnh sát điều tra tội phạm về ma túy', 'other'],
    ['Phòng Cảnh sát quản lý hành chính về trật tự xã hội chủ trì', 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội', 'other'],
    // a sector's union, which the listed `Công đoàn` would end at its first word
    ['Công đoàn Giáo dục Việt Nam đẩy mạnh tuyên truyền', 'Công đoàn Giáo dục Việt Nam', 'other'],
    // a noun whose second word is a verb that ends names; a verb that does (`giúp`)
    ['Kiện toàn Ban Chỉ đạo Cuộc vận động các cấp', 'Ban Chỉ đạo Cuộc vận động', 'other'],
    ['Phòng Nghiên cứu - Tổng hợp giúp Ban Dân vận Thành ủy', 'Phòng Nghiên cứu - Tổng hợp', 'other'],
    ['2. Phòng Quân lực phối hợp với Phòng Hậu cần - Kỹ thuật, Sở Y tế', 'Phòng Quân lực', 'other'],
    ['Báo Điện tử Đảng Cộng sản Việt Nam mở chuyên mục', 'Báo Điện tử Đảng Cộng sản Việt Nam', 'other'],
    ['Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh', 'Ngân hàng Nông nghiệp và Phát triển nông thôn', 'other'],
    ['Hội đồng Thi đua - Khen thưởng tỉnh', 'Hội đồng Thi đua - Khen thưởng', 'province'],
    ['Viện Hàn lâm Khoa học xã hội Việt Nam nghiên cứu', 'Viện Hàn lâm Khoa học xã hội Việt Nam', 'other'],
  ])('%j -> %s', (input, name, level) => {
    const found = agencies(input);
    expect(found[0]).toMatchObject({ name, level });
    expect(found[0].confidence).toBeLessThan(0.9);
  });

  it.each([
    ['các sở, ngành, địa phương'],
    ['giới thiệu đoàn viên, hội viên ưu tú'],
    ['Hội viên tham gia đầy đủ'],
    ['Hội nghị lần thứ mười'],
    ['Báo cáo kết quả thực hiện'],
    ['Phòng, chống tham nhũng'],
    ['Vụ việc phức tạp'],
    ['Sở dĩ chưa đạt'],
    ['Học viện thu hút học viên'],
    ['Tổng cục trưởng'],
    ['thành phố Hội An'],
    ['quan hệ với Đài Loan'],
    // OCR text: a head without its diacritics names nothing the gazetteer does not list
    ['Hoi Nu doanh nhan tinh'],
    ['Cuc Quan ly thi truong tinh'],
    // header lines in capitals hide how the name is written
    ['CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH'],
    // no clear end: better no name than a wrong one
    ['Viện Nghiên cứu phát triển kinh tế xã hội bền vững lâu dài'],
    ['đảng ủy trực thuộc Trung ương'],
    ['Các Đảng ủy trực thuộc'],
    ['trung tâm kinh tế của vùng'],
  ])('%j -> none', (input) => {
    expect(names(input).filter((name) => name !== 'Trung ương')).toEqual([]);
  });

  it.each([
    // a comma lists names unless a `và` joins the fields of one office's name
    ['Công ty Điện lực, Viettel, VNPT tham gia', ['Công ty Điện lực']],
    ['Sở Nội vụ, Sở Tài chính và Sở Tư pháp', ['Sở Nội vụ', 'Sở Tài chính', 'Sở Tư pháp']],
    ['Báo Quảng Ninh, Đài Phát thanh tỉnh', ['Báo Quảng Ninh', 'Đài Phát thanh']],
    ['Phòng Nội vụ, Văn phòng và Thanh tra huyện', ['Phòng Nội vụ', 'Thanh tra']],
    ['Sở Tài chính, Kho bạc Nhà nước và Cục Thuế', ['Sở Tài chính', 'Kho bạc Nhà nước', 'Cục Thuế']],
    // a province's branch of a national body, named as the body without `Việt Nam`
    ['Ngân hàng Nhà nước chi nhánh tỉnh Quảng Ninh', ['Ngân hàng Nhà nước']],
    ['Phòng Tham mưu phối hợp với Phòng Hậu cần - Kỹ thuật, Sở Y tế', ['Phòng Tham mưu', 'Phòng Hậu cần - Kỹ thuật', 'Sở Y tế']],
    ['bảo vệ chủ quyền Trường Sa, Hoàng Sa', []],
    ['Nguồn: Tạp chí Kiểm tra | Cập nhật: 06/01/2026', ['Tạp chí Kiểm tra']],
    ['Trang chủ > Hội > Văn bản chỉ đạo', []],
    // a department's last field without `và`, where its name clearly ends; `Báo chí` is a field, not a newspaper
    ['1. Vụ Báo chí, Xuất bản chủ trì, phối hợp', ['Vụ Báo chí, Xuất bản']],
    ['về Ban Tuyên giáo và Dân vận Tỉnh uỷ (qua Phòng Tuyên truyền, Báo chí).', ['Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Phòng Tuyên truyền, Báo chí']],
    // numbered regional offices, departments on OCR'd pages, the People's Council's committees
    ['phối hop véi Kiem toan Nha nuoc khu vyc IV kiểm tra; Ban Kinh te - Ngan sách HDND tinh tham tra', ['Kiểm toán Nhà nước khu vực IV', 'Ban Kinh tế - Ngân sách Hội đồng nhân dân']],
    ['phôi hợp v6i Cuc Thuế tinh, Cục Hai quan; Cuc Dan sb (Bộ Y té)', ['Cục Thuế', 'Cục Hải quan', 'Cục Dân số', 'Bộ Y tế']],
    ['Quy chế làm việc của Ban Chấp hanh Bảng bọ Công an tỉnh nhiệm kỳ', ['Ban Chấp hành Đảng bộ Công an']],
    // a body after `Chi bộ` names the Party cell, which is not counted, as `Đảng bộ …` is not
    ['Ban Thường vụ Đảng ủy Chính phủ chỉ đạo; Chi bộ Trường THPT Hồ Thị Kỷ xây dựng', ['Ban Thường vụ Đảng ủy Chính phủ']],
    ['01 chi bo Tram y tế, 01 chi bò Quin su; phối hợp với Văn phòng Sở chuẩn bị', ['Văn phòng Sở']],
    ['Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh', ['Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực']],
    ['phoi hop voi Hoc vien Chính trj khu vuc I m¢ 02 lop; Văn phòng Điều phối nông thôn mới huyện', ['Học viện Chính trị khu vực I', 'Văn phòng Điều phối nông thôn mới']],
    ['Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh đổi mới', ['Hội đồng phối hợp phổ biến, giáo dục pháp luật']],
    ['Lien doan Lao dong tinh, Hi¢p hoi Doanh nghiép tinh, Hiệp hội Du lịch huyện', ['Liên đoàn Lao động', 'Hiệp hội Doanh nghiệp', 'Hiệp hội Du lịch']],
    ['Phối hợp với Ban Tôn giáo (Sở Nội vụ), Ban Dân tộc tỉnh', ['Ban Tôn giáo', 'Sở Nội vụ', 'Ban Dân tộc']],
    // `cơ quan` is an office, its `quan` no Quận
    ['áp dụng đối với cơ quan uỷ ban kiểm tra cấp xã; Quận ủy Ba Đình', ['Quận ủy']],
    // a `Quận` written with its marks is one after words that fold like those `quan` ends (bị, hai, bản, có, thăm)
    ['02 đồng chí bị Quận ủy kỷ luật; hai Quận ủy Ba Đình và Hoàn Kiếm; văn bản Quận ủy ban hành; đoàn thăm Quận ủy', ['Quận ủy', 'Quận ủy', 'Quận ủy', 'Quận ủy']],
    // a phrase that ends names ends one however OCR wrote its marks
    ['2. Phòng Tham mưu chủ tri, phoi hợp voi Sở Y tế', ['Phòng Tham mưu', 'Sở Y tế']],
    // a department's number where the name ends after it
    ['- Phòng Nghiệp vụ 2,\n- Phòng Tổng hợp 15 cán bộ', ['Phòng Nghiệp vụ 2', 'Phòng Tổng hợp']],
    // press organs post and broadcast
    ['Báo Đồng Nai đăng 215 tin, bài; Đài Phát thanh - Truyền hình Đồng Nai phát 84 chương trình', ['Báo Đồng Nai', 'Đài Phát thanh - Truyền hình Đồng Nai']],
    ['phối hợp với Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel), Tập đoàn Bưu chính Viễn thông Việt Nam', ['Tập đoàn Công nghiệp - Viễn thông Quân đội', 'Tập đoàn Bưu chính Viễn thông Việt Nam']],
    ['Sở Xây dựng, Ban Quản lý Khu kinh tế tỉnh tháo gỡ', ['Sở Xây dựng', 'Ban Quản lý Khu kinh tế']],
    ['Văn phòng UBND tỉnh tham mưu; Văn phòng Uỷ ban Kiểm tra Trung ương bảo đảm', ['Văn phòng Ủy ban nhân dân', 'Văn phòng Ủy ban Kiểm tra Trung ương']],
    ['Hội đồng bầu cử quốc gia hướng dẫn; Ủy ban bầu cử Thành phố', ['Hội đồng bầu cử quốc gia', 'Ủy ban bầu cử']],
    // a member of the body is a person's role; the delegation is a body
    // the one National Assembly its deputies are elected to; a council's deputies at every level name no one body
    ['bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp; Đoàn đại biểu Quốc hội tỉnh', ['Quốc hội', 'Đoàn đại biểu Quốc hội']],
    // `cơ quan` is no `Quận ủy`: the capital begins the longer name
    ['- Các vụ, đơn vị thuộc Cơ quan Uỷ ban Kiểm tra Trung ương,', ['Ủy ban Kiểm tra Trung ương']],
    // two words both guessed, the last spelled as another word (công dân)
    ['bầu thêm. Céng dan tu đu 18 tuoi; Céng doan tinh', ['Công đoàn']],
    // bodies of the 2025 reorganisation, and their units
    ['Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh', ['Ban Thường vụ Đảng ủy Ủy ban nhân dân']],
    ['Ban Thuờng vụ Đang ủy Quân str tinh yeu cầu', ['Ban Thường vụ Đảng ủy Quân sự']],
    ['Üy ban Kiêm tra Dảng uST Quan sự tinh kiểm tra', ['Ủy ban Kiểm tra Đảng ủy Quân sự']],
    ['Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh', ['Đảng ủy Mặt trận Tổ quốc, các đoàn thể']],
    ['Văn phòng HĐND và UBND xã tổng hợp', ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân']],
    ['thành lập các Ban Chỉ huy Phòng thủ khu vực', ['Ban Chỉ huy Phòng thủ khu vực']],
    ['Liên hiệp các Hội Khoa học và Kỹ thuật thành phố phát động', ['Liên hiệp các Hội Khoa học và Kỹ thuật']],
    ['chi dgo Üy ban Van héa va Xa hoi ciia Quoc hoi tham tra', ['Ủy ban Văn hóa và Xã hội', 'Quốc hội']],
    ['Phòng Kinh tế, Hạ tầng và Đô thị xã, Phòng Văn hóa, Thông tin và Thể thao', ['Phòng Kinh tế, Hạ tầng và Đô thị', 'Phòng Văn hóa, Thông tin và Thể thao']],
    // bodies of a province named by their task or serving two others; `¢` for `ơ` (`co s¢` = cơ sở)
    ['- Văn phòng Đoàn ĐBQH và HĐND tỉnh,', ['Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân']],
    ['Hội Luật gia tỉnh, Đoàn Luật sư tỉnh tham gia; Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh', ['Hội Luật gia', 'Đoàn Luật sư', 'Ban Bảo vệ, chăm sóc sức khỏe cán bộ']],
    ['phoi hop véi S¢ Céng Thwong, Lưu Văn phòng Trung ương.', ['Sở Công Thương', 'Văn phòng Trung ương Đảng']],
    ['- Hiep hoi Doanh nghiep thanh pho, Hoi Doanh\nnhan tre thanh pho la cau noi', ['Hiệp hội Doanh nghiệp', 'Hội Doanh nhân trẻ']],
    ['1. Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh chỉ đạo', ['Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số']],
    ['Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh', ['Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số']],
    // bodies of 2025's reviews, cities and villages, named as written
    ['Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh; Ban Chỉ huy PCTT và TKCN huyện', ['Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn', 'Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn']],
    ['Phòng Kinh tế - Hạ tầng, Trung tâm Văn hóa, Thông tin và Thể thao huyện', ['Phòng Kinh tế - Hạ tầng', 'Trung tâm Văn hóa, Thông tin và Thể thao']],
    ['Trường Quân sự Quân khu 1; Ban Chỉ huy Phòng thủ khu vực 1 - Điện Biên Phủ', ['Trường Quân sự Quân khu 1', 'Ban Chỉ huy Phòng thủ khu vực 1']],
    ['Trung tâm Giám sát, điều hành đô thị thông minh của tỉnh; Ban Quản lý dự án đầu tư xây dựng thành phố', ['Trung tâm Giám sát, điều hành đô thị thông minh', 'Ban Quản lý dự án đầu tư xây dựng']],
    ['phối hợp với Chi hội Phụ nữ, Chi hội Cựu chiến binh, Chi đoàn thanh niên và Tổ hòa giải thôn', ['Chi hội Phụ nữ', 'Chi hội Cựu chiến binh', 'Chi đoàn', 'Tổ hòa giải']],
    ['giải quyết (qua Phòng Dân tộc - Tôn giáo) kịp thời', ['Phòng Dân tộc - Tôn giáo']],
    // no name is read across the gap between a header's two columns
    ['HỘI LHPN TỈNH BẮC GIANG                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN THƯỜNG VỤ                              Độc lập - Tự do - Hạnh phúc\n', ['Hội Liên hiệp Phụ nữ']],
    // a level word written with its marks as another word is that word
    ['Ban Chỉ huy diễn tập phòng thủ, Ủy ban nhân dân tinh Lai Châu', ['Ban Chỉ huy diễn tập', 'Ủy ban nhân dân']],
    // a historic site named after a body, a title in quotes
    ['Khu di tích Sở Chỉ huy chiến dịch Điện Biên Phủ; Đề án "Đồn Biên phòng gắn với dân, vì dân" của Đồn Biên phòng Mường Xén', ['Đồn Biên phòng']],
    // a thing's name in quotes that a body's name ends
    ['Liên đoàn Lao động huyện vận động xây 12 "Mái ấm Công đoàn".', ['Liên đoàn Lao động']],
    // a city's documents abbreviate its Thành ủy as TU, unless a Tỉnh ủy is named too
    ['Thành ủy Cần Thơ. Lưu VPTU, BTCTU.', ['Thành ủy', 'Văn phòng Thành ủy', 'Ban Tổ chức Thành ủy']],
    ['Tỉnh ủy Cà Mau, Thành ủy Cà Mau. Lưu VPTU.', ['Tỉnh ủy', 'Thành ủy', 'Văn phòng Tỉnh ủy']],
    // the People's Council's committees listed before it, as a Party committee's units are
    ['chỉ đạo Ban Pháp chế, Ban Kinh tế - Ngân sách, Ban Văn hoá - Xã hội của HĐND tỉnh thẩm tra', ['Ban Pháp chế Hội đồng nhân dân', 'Ban Kinh tế - Ngân sách Hội đồng nhân dân', 'Ban Văn hóa - Xã hội Hội đồng nhân dân']],
    ['Ban Tổ chức, Ban Pháp chế HĐND tỉnh', ['Ban Pháp chế Hội đồng nhân dân']],
    // `thì ủy quyền` is a verb after `thì`; a header's other column after a wide gap is no place name
    ['trường hợp vắng mặt thì ủy quyền cho đồng chí Phó Bí thư; các huyện ủy, thị ủy', ['Huyện ủy', 'Thị ủy']],
    ['các đồng chí thị ủy nhiệm kỳ 2020 - 2025; huyện ủy nhiệm kỳ mới', ['Thị ủy', 'Huyện ủy']],
    ['Ban Pháp chế, Ban Dân tộc HĐND tỉnh; Ban Dân tộc tỉnh', ['Ban Pháp chế Hội đồng nhân dân', 'Ban Dân tộc Hội đồng nhân dân', 'Ban Dân tộc']],
    // a district's document naming a city's committee: the TU is still its province's
    ['Huyện ủy Mường Tè phối hợp với Thành ủy Lai Châu và VPTU.', ['Huyện ủy', 'Thành ủy', 'Văn phòng Tỉnh ủy']],
    // only a city has districts called quận: theirs is the Thành ủy's office
    ['QUẬN ỦY HOÀNG MAI\nSố 18-CT/QU\nLưu VPTU.', ['Quận ủy', 'Văn phòng Thành ủy']],
    // `Cơ quan Ủy ban`, an office, is no Quận ủy; `Đảng ủy các xã` are committees of a kind
    ['CHI BỘ CƠ QUAN ỦY BAN NHÂN DÂN XÃ\nĐảng uỷ các xã, phường, đặc khu triển khai; Đảng ủy xã Hòa An chỉ đạo', ['Ủy ban nhân dân', 'Đảng ủy']],
    ['Ban Thường vụ Đảng ủy các xã, thị trấn chỉ đạo; Thường trực Đảng ủy các xã báo cáo; Đảng uỷ các xã: Trịnh Tường, Bản Qua', ['Đảng ủy']],
    // a committee's units named with it, the Party committee of its office, a name's dash as `-`
    ['Kho Lưu trữ Tỉnh ủy; Nhà khách Tỉnh uỷ; Hội đồng Thi đua – Khen thưởng Đảng ủy; Đảng uỷ Văn phòng Tỉnh uỷ lãnh đạo',
      ['Kho Lưu trữ Tỉnh ủy', 'Nhà khách Tỉnh ủy', 'Hội đồng Thi đua - Khen thưởng Đảng ủy', 'Đảng ủy Văn phòng Tỉnh ủy']],
    // the courts' and the enforcement bodies' names
    ['Cục Thi hành án dân sự tỉnh, Thi hành án dân sự tỉnh, Ban Tiếp công dân tỉnh; các Toà chuyên trách: Toà Hình sự, Tòa Gia đình và người chưa thành niên',
      ['Cục Thi hành án dân sự', 'Thi hành án dân sự', 'Ban Tiếp công dân', 'Tòa Hình sự', 'Tòa Gia đình và người chưa thành niên']],
    ['Hội đồng Thẩm phán Tòa án nhân dân tối cao; Cơ quan An ninh điều tra Công an tỉnh; Thư viện tỉnh', ['Hội đồng Thẩm phán Tòa án nhân dân tối cao', 'Cơ quan An ninh điều tra', 'Công an', 'Thư viện']],
    ['Tòa án nhân dân khu vực 4, Viện kiểm sát nhân dân khu vực 4 phối hợp; Tòa án nhân dân tỉnh', ['Tòa án nhân dân khu vực', 'Viện kiểm sát nhân dân khu vực', 'Tòa án nhân dân']],
    ['phối hợp Bộ đội Biên phòng tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh', ['Bộ đội Biên phòng', 'Bộ Chỉ huy Bộ đội Biên phòng']],
    ['Bảo tàng - Thư viện tỉnh, Bảo tàng tỉnh và Bảo tàng Hồ Chí Minh', ['Bảo tàng - Thư viện', 'Bảo tàng', 'Bảo tàng Hồ Chí Minh']],
    // the industrial zones' committee and union, and its organs; OCR's lower-case `uy ban` before a capital
    ['ĐẢNG ỦY CÁC KHU CÔNG NGHIỆP ĐỒNG NAI; Ban Thường vụ Đảng ủy các Khu công nghiệp tỉnh; Công đoàn các khu công nghiệp tỉnh',
      ['Đảng ủy các Khu công nghiệp', 'Ban Thường vụ Đảng ủy các Khu công nghiệp', 'Công đoàn các Khu công nghiệp']],
    ['- uy ban Kiem tra Tinh ủy chủ trì; Ban Quãn Iy cac khu cong nghiep', ['Ủy ban Kiểm tra Tỉnh ủy']],
    // in clean text a lower-case `ủy ban` is as its writer meant it: any such committee
    ['thẩm quyền của ủy ban kiểm tra Đảng ủy cơ sở và ủy ban kiểm tra cấp trên', ['Đảng ủy']],
    // a department's comma fields, a dashed pair among them; its own head after a comma begins the next one
    ['Phòng Tuyên truyền, Báo chí - Xuất bản chủ trì; Phòng Báo điện tử, Phòng Chuyên đề thực hiện', ['Phòng Tuyên truyền, Báo chí - Xuất bản', 'Phòng Báo điện tử', 'Phòng Chuyên đề']],
    // several kinds before the colon that lists them
    ['Đảng ủy các xã, thị trấn: Trịnh Tường, Bản Qua; Ban Thường vụ Đảng ủy các xã, phường và thị trấn: Tân An, Bình Minh', ['Đảng ủy', 'Ban Thường vụ Đảng ủy']],
    // the army's and the police's political and staff organs, on OCR'd pages too, and with their lower-case `và`
    ['2. Phòng Công tác đảng và công tác chính trị chủ trì, phối hợp', ['Phòng Công tác đảng và công tác chính trị']],
    ['Phong Cong täc dang va céng tac chính trị chủ tri, phoi hop với Phong Tham mưu', ['Phòng Công tác đảng và công tác chính trị', 'Phòng Tham mưu']],
    ['- Cuc Cong tác dang v4 cong tac chinh tri (b/c),', ['Cục Công tác đảng và công tác chính trị']],
    ['Hướng dẫn ngày 05/12/2023 cta Tong cuc Chinh tri; Tổng cục Chính trị Quân đội nhân dân Việt Nam', ['Tổng cục Chính trị', 'Tổng cục Chính trị']],
  ])('%j -> %j', (input, expected) => {
    expect(names(input)).toEqual(expected);
  });

  it('reads no longer name over a line break by a guess after a whole one, as a footer’s next line', () => {
    expect(agencies('Cơ quan chủ quản: Ban Tuyên giáo và Dân vận Trung ương\nBản quyền thuộc Cổng thông tin điện tử.').map((a) => a.text)).toEqual(['Ban Tuyên giáo và Dân vận Trung ương']);
  });

  it('keeps a listed body whose `Việt Nam` follows it straight away', () => {
    expect(names('Hội Chữ thập đỏ Việt Nam tỉnh')).toEqual(['Hội Chữ thập đỏ']);
  });

  it('reads no name begun on the line after its head, as a signature block’s person', () => {
    expect(names('T/M ĐOÀN CHỦ TỊCH ĐẠI HỘI\nHoàng Thị Minh Thư')).toEqual([]);
  });

  it('reads no name from a long run of lower-case words without a clear end', () => {
    expect(names('Cục Nhà giáo và Cán bộ quản lý giáo dục nghề nghiệp phổ thông hiện nay')).toEqual([]);
    // a run of lower-case words is no shorter for a capital after it
    expect(names('Tạp chí Xây dựng Đảng trân trọng giới thiệu toàn văn Kế hoạch số 28-KH/BTCTW')).toEqual([]);
  });

  it('keeps `Trung ương` whole after a listed name, its lower-case word and all', () => {
    expect(agencies('của Ban Thường vụ Đảng ủy Khối các cơ quan Trung ương; Công văn số 45')[0].text).toBe('Ban Thường vụ Đảng ủy Khối các cơ quan Trung ương');
  });

  it('keeps the name as written in NFC, whatever the form and tone style of the input', () => {
    const clean = 'Hội Khuyến nông tỉnh và Cục Hải quan tỉnh';
    const expected = names(clean);
    expect(expected).toEqual(['Hội Khuyến nông', 'Cục Hải quan']);
    for (const v of [clean.normalize('NFD'), clean.replace(/ /g, '\u00a0')]) expect(names(v)).toEqual(expected);
    for (const name of names(clean.normalize('NFD'))) expect(name).toBe(name.normalize('NFC'));
    expect(names('Toà án Quân sự Quân khu 4')).toEqual(['Tòa án Quân sự Quân khu']);
    expect(agencies('Đài Phát thanh - Truyền hình tỉnh Thanh Hoá'.normalize('NFD'))[0]).toMatchObject({ name: 'Đài Phát thanh - Truyền hình', level: 'province' });
  });
});

describe('recognizeAgencies: OCR case and punctuation', () => {
  it.each([
    // a `.` glued into a word is OCR's reading of a horn (`i.r` = ư)
    ['Ban Thi.rcng v Quan uy', ['Ban Thường vụ Quận ủy']],
    // before a capital it still ends a sentence written without its space
    ['hoàn thành nhiệm vụ.Ban Thường vụ Tỉnh ủy', ['Ban Thường vụ Tỉnh ủy']],
    // a heading line in capitals ends at its line break
    ['III. TỔ CHỨC THỰC HIỆN\nỦy ban nhân dân huyện chủ trì', ['Ủy ban nhân dân']],
    // stacked header names: the next line's `BAN` is that word, not an OCR'd `Đoàn` ending a longer name
    ['BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TỔ CHỨC\n*\nSố 15-HD/BTCTW', ['Ban Chấp hành Trung ương']],
    // nor is a `ban` beginning `ban hành`
    ['Ủy ban Kiểm tra Trung ương ban hành quy định', ['Ủy ban Kiểm tra Trung ương']],
    // a name still runs on across a line break on words spelled as its own
    ['Ban Thường vụ Tỉnh\nủy chỉ đạo', ['Ban Thường vụ Tỉnh ủy']],
    ['Ban Thuong vu Tinh\ndy chi dao', ['Ban Thường vụ Tỉnh ủy']],
    ['Hi Ngi.röi cao tuoi phiro\'ng', ['Hội Người cao tuổi']],
    // `ô` read as `i`
    ['Ban  Châp hanh Dâng bi thanh phô vê', ['Ban Chấp hành Đảng bộ thành phố']],
    // a later capital counts for a lower-cased `Đ` only when it is its syllable's letter
    ['bang uy Khoi Co quan', ['Đảng ủy Khối']],
    ['déang Gy truc thuoc Trung wong', []],
    ['Moi tinh uy, thanh uy, déang Gy truc thuoc', ['Tỉnh ủy', 'Thành ủy']],
    ['Ban can sa dang Uy ban nhân dn tinh lanh dao', ['Ủy ban nhân dân']],
    // a comma OCR put inside a name, where the words before it name nothing and the word after it begins no name
    ['Kết luận của Bộ Chính, tri về', ['Bộ Chính trị']],
    ['Ban cán sự đảng, ủy ban nhân dân các cấp', []],
    // damaged committees in lower case, vouched for by one beside them in their list written cleanly or with a capital
    ['1. Cac huyen ay, thi iy, thanh uy, dang iy truc thuoc', ['Huyện ủy', 'Thị ủy', 'Thành ủy']],
    ['cac huyen ay, thi iy, Thanh ay chi dao', ['Huyện ủy', 'Thị ủy', 'Thành ủy']],
    ['quan 1y, thi ay', []],
    ['Ban Thường vụ Tỉnh ủy, huyện ủy chỉ đạo', ['Ban Thường vụ Tỉnh ủy', 'Huyện ủy']],
    // but a word written with its marks is the word written (`huyện ấy`, that district)
    ['Tại huyện ấy, tỉnh ủy đã chỉ đạo', ['Tỉnh ủy']],
    ['thì ấy, tỉnh ủy', ['Tỉnh ủy']],
    ['Tỉnh ủy, tình ấy', ['Tỉnh ủy']],
    ['Thị ủy, thị ấy', ['Thị ủy']],
  ])('%j -> %j', (input, expected) => {
    expect(names(input)).toEqual(expected);
  });

  it('ends a place name where its case changes: a header line run into the place line', () => {
    const source = 'ĐẢNG ỦY XÃ BÌNH LƯ Bình Lư, ngày 21 tháng 11 năm 2025';
    const [a] = agencies(source);
    expect(a).toMatchObject({ name: 'Đảng ủy', level: 'commune', text: 'ĐẢNG ỦY XÃ BÌNH LƯ' });
    expect(agencies('Ban Thường vụ Tỉnh ủy Lai Châu')[0].text).toBe('Ban Thường vụ Tỉnh ủy Lai Châu');
    expect(agencies('Đảng ủy xã A Mú Sung')[0].text).toBe('Đảng ủy xã A Mú Sung');
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
