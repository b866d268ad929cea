import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/core/analyze';
import { detectPartyDocument, precheckPartyDocument } from '../../lib/core/detect';
import { foldText } from '../../lib/core/normalize';

const PLAN = `ĐẢNG BỘ TỈNH LAI CHÂU
ĐẢNG ỦY XÃ BÌNH LƯ
*
Số 35-KH/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Bình Lư, ngày 21 tháng 11 năm 2025

KẾ HOẠCH
thực hiện Nghị quyết số 21-NQ/TW về củng cố tổ chức cơ sở đảng

Thực hiện Nghị quyết số 21-NQ/TW, Ban Chấp hành Đảng bộ xã xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
1.1. Cụ thể hóa Nghị quyết
a) Quán triệt
(1) Hằng năm có trên 90% tổ chức đảng hoàn thành tốt nhiệm vụ
2. Yêu cầu
II. TỔ CHỨC THỰC HIỆN
Nơi nhận:
- Lưu.
T/M ĐẢNG ỦY
BÍ THƯ
`;

describe('header', () => {
  it('reads type, symbol, date, place, issuer and title', () => {
    const { document } = analyzeText(PLAN);
    expect(document).toMatchObject({
      isPartyDocument: true,
      type: 'Kế hoạch',
      symbol: '35-KH/ĐU',
      date: '2025-11-21',
      place: 'Bình Lư',
      issuer: 'ĐẢNG ỦY XÃ BÌNH LƯ',
      title: 'thực hiện Nghị quyết số 21-NQ/TW về củng cố tổ chức cơ sở đảng',
    });
  });

  it('reads an OCR header whose two columns share lines', () => {
    const ocr = 'TINH UY QUANG NGAI PANG CONG SAN VIET NAM\n*\nS6 121-KH/TU Qudng Ngai, ngay 10 thang 8 ndm 2022\n\nKE HOACH\nthuc hién Nghi quyét s6 21-NQ/TW\n\nCan ctir ...';
    expect(analyzeText(ocr).document).toMatchObject({
      type: 'Kế hoạch', symbol: '121-KH/TU', date: '2022-08-10', place: 'Qudng Ngai', issuer: 'TINH UY QUANG NGAI',
      title: 'thuc hién Nghi quyét s6 21-NQ/TW',
    });
  });

  it('separates the left column from the place when a PDF line joins them', () => {
    const pdf = 'ĐẢNG BỘ TỈNH LAI CHÂU ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ BÌNH LƯ Bình Lư, ngày 21 tháng 11 năm 2025\n*\nSố 35-KH/ĐU\nKẾ HOẠCH\nthực hiện';
    expect(analyzeText(pdf).document).toMatchObject({ place: 'Bình Lư', issuer: 'ĐẢNG ỦY XÃ BÌNH LƯ', symbol: '35-KH/ĐU' });
  });

  it('skips the “CỦA ...” line under a resolution heading', () => {
    const text = 'TỈNH ỦY NAM ĐỊNH\nSố 05-NQ/TU\n\nNGHỊ QUYẾT\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\n\nvề nâng cao năng lực lãnh đạo\n\nI. TÌNH HÌNH';
    expect(analyzeText(text).document).toMatchObject({ type: 'Nghị quyết', title: 'về nâng cao năng lực lãnh đạo' });
  });
});

describe('header: OCR damage and layout', () => {
  it.each([
    // the `*` under the issuer on the place's line
    ['BAN CHAP HANH TRUNG UONG PANG CONG SAN VIET NAM\nBAN TUYEN GIAO VA DAN VAN\n* Ha  Noi, ngay 20 thang 6 niam 2025\nSé 45-BC/BTGDVTW\n\nBAO CAO\nso két 04 nam',
      { place: 'Ha Noi', issuer: 'BAN CHAP HANH TRUNG UONG BAN TUYEN GIAO VA DAN VAN', symbol: '45-BC/BTGDVTW', date: '2025-06-20' }],
    // the State's name and motto, where a mass organisation's document sets them
    ['HỘI LHPN TỈNH BẮC GIANG                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN THƯỜNG VỤ                              Độc lập - Tự do - Hạnh phúc\n\nSố: 45/KH-HPN                          Bắc Giang, ngày 12 tháng 6 năm 2023\n\nKẾ HOẠCH\n',
      { place: 'Bắc Giang', issuer: 'HỘI LHPN TỈNH BẮC GIANG BAN THƯỜNG VỤ', symbol: '45/KH-HPN', date: '2023-06-12' }],
    // `S4N` is OCR's `SẢN`, not `Số 4`
    ['TINH ÜY THAI BINH PANG CONG S4N VIÉT NAM\nVAN PHONG\n* Thai Binh, ngdy 05 thang 9 niam 2024\nS6 1245-TB/VPTU\n\nTHONG BAO\nkét luan',
      { place: 'Thai Binh', issuer: 'TINH ÜY THAI BINH VAN PHONG', symbol: '1245-TB/VPTU' }],
    // the parent body line (`BỘ` read as `Bq`) and the Party's name (a vowel lost) are not the issuer
    ['\nDANG Bq QUaN LONG BIÊN \nDANG UY PHI.RONG GIA THçY \n\nDANG CNG SÃN VIET NAM \n\nLong Biên, ngày 10 tháng 3 nâm 2023 \n* \n\nSo 05-NQ/DU \n\nNGH QUYÊT \n',
      { place: 'Long Biên', issuer: 'DANG UY PHI.RONG GIA THçY', symbol: '05-NQ/ĐU' }],
    // a stray comma OCR read after `năm`
    ['TINH UY HÀ TĨNH\n\nDANG CỘNG SAN VIET NAM\n\nHa Tinh, ngay 15 tháng 10 năm, 2025\n*\n\nSố 118-KH/TU\n\nKẾ HOACH\n',
      { symbol: '118-KH/TU', date: '2025-10-15' }],
    // a 4 for the marked a of `ngày`, `năm`
    ['HUYEN UY NGHI LOC\n*\nSé 14-CT/HU Nghi L6c, ng4y 15 tháng 8 n4m 2022\n\nCHI THI\n',
      { symbol: '14-CT/HU', place: 'Nghi L6c', date: '2022-08-15' }],
  ])('%j', (text, expected) => {
    expect(analyzeText(text).document).toMatchObject(expected);
  });

  it.each([
    ['a rule under the title', 'KẾT LUẬN\nCỦA BỘ CHÍNH TRỊ\nvề tiếp tục thực hiện Nghị quyết số 23-NQ/TW\nđến năm 2030\n-----\n\nTại phiên họp ngày 05/12/2024, Bộ Chính trị kết luận'],
    ['the opening `Tại ...` right after the title', 'KẾT LUẬN\nCỦA BỘ CHÍNH TRỊ\nvề tiếp tục thực hiện Nghị quyết số 23-NQ/TW\nđến năm 2030\nTại phiên họp ngày 05/12/2024, Bộ Chính trị kết luận'],
  ])('ends the title at %s', (_, text) => {
    expect(analyzeText(text).document.title).toBe('về tiếp tục thực hiện Nghị quyết số 23-NQ/TW đến năm 2030');
  });

  it('reads an OCR Party name as a detection signal', () => {
    expect(detectPartyDocument(foldText('TINH ÜY THAI BINH PANG CONG S4N VIÉT NAM\nVAN PHONG')).score).toBeGreaterThanOrEqual(0.35);
  });

  it('gives canonical header fields in NFC for NFD input', () => {
    const text = 'ĐẢNG BỘ TỈNH NGHỆ AN\nHUYỆN UỶ NAM ĐÀN\n*\nSố 08-NQ/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nThanh Hoá, ngày 12 tháng 5 năm 2023\n\nNGHỊ QUYẾT\nvề phát triển du lịch\n';
    const { document } = analyzeText(text.normalize('NFD'));
    // as written (`UỶ`, `Hoá`), in NFC
    expect(document).toMatchObject({ issuer: 'HUYỆN UỶ NAM ĐÀN', place: 'Thanh Hoá', title: 'về phát triển du lịch', symbol: '08-NQ/HU' });
  });
});

describe('outline', () => {
  it('lists sections with levels, labels and nested ends', () => {
    const { outline } = analyzeText(PLAN).document;
    expect(outline.map((o) => [o.level, o.label, o.title])).toEqual([
      [1, 'I.', 'MỤC ĐÍCH, YÊU CẦU'],
      [2, '1.', 'Mục đích'],
      [3, '1.1.', 'Cụ thể hóa Nghị quyết'],
      [4, 'a)', 'Quán triệt'],
      [5, '(1)', 'Hằng năm có trên 90% tổ chức đảng hoàn thành tốt nhiệm vụ'],
      [2, '2.', 'Yêu cầu'],
      [1, 'II.', 'TỔ CHỨC THỰC HIỆN'],
    ]);
    const [first, mucDich, , , , yeuCau, second] = outline;
    expect(PLAN.slice(first.start, first.end)).toMatch(/^I\. MỤC ĐÍCH[\s\S]*2\. Yêu cầu$/);
    expect(mucDich.end).toBeLessThanOrEqual(yeuCau.start);
    expect(first.end).toBeLessThanOrEqual(second.start);
  });

  it('gives titles in NFC with plain spaces whatever the input’s form', () => {
    const nfc = analyzeText(PLAN).document.outline;
    const nfd = analyzeText(PLAN.normalize('NFD').replace(/ /g, (space, i: number) => (i % 2 ? '\u00a0' : space))).document.outline;
    expect(nfd.map((o) => [o.level, o.label, o.title])).toEqual(nfc.map((o) => [o.level, o.label, o.title]));
  });
});

describe('detection', () => {
  it('scores a Party document from its signals', () => {
    const { isPartyDocument, score } = detectPartyDocument(foldText(PLAN));
    expect(isPartyDocument).toBe(true);
    expect(score).toBe(1);
  });

  it('does not take a news article citing a resolution for a Party document', () => {
    const news = 'Hôm qua, tỉnh tổ chức hội nghị quán triệt Nghị quyết số 21-NQ/TW. Đại biểu thảo luận sôi nổi.';
    expect(detectPartyDocument(foldText(news)).isPartyDocument).toBe(false);
  });

  it('pre-checks raw text in any Unicode form and as OCR read it', () => {
    expect(precheckPartyDocument('ĐẢNG CỘNG SẢN VIỆT NAM')).toBe(true);
    expect(precheckPartyDocument('ĐẢNG CỘNG SẢN VIỆT NAM'.normalize('NFD'))).toBe(true);
    expect(precheckPartyDocument('PANG CONG SAN VIET NAM')).toBe(true);
    expect(precheckPartyDocument('theo Kế hoạch 35-KH/ĐU')).toBe(true);
    expect(precheckPartyDocument('Giá vàng hôm nay tăng 2%, ngày 16/6/2022.')).toBe(false);
  });
});
