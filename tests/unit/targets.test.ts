import { describe, expect, it } from 'vitest';
import { foldText } from '../../lib/core/normalize';
import { recognizeTargets } from '../../lib/core/targets';

const targets = (text: string) => recognizeTargets(foldText(text));
/** Every number listed as a value, with its unit, in order. */
const values = (text: string) => targets(text).flatMap((t) => t.values.map((v) => `${v.value}${v.unit === '%' ? '%' : ' count'}`));

const GOALS = '1.2. Mục tiêu cụ thể đến năm 2030\n';

describe('recognizeTargets: values', () => {
  it.each([
    // clean phrases under a `Mục tiêu cụ thể` heading
    [GOALS + '(1) Hằng năm có trên 90% tổ chức đảng trực thuộc được đánh giá hoàn thành tốt nhiệm vụ trở lên.', ['90%']],
    [GOALS + '(2) Tỷ lệ kết nạp đảng viên mới hằng năm đạt từ 3 - 4% tổng số đảng viên.', ['3%', '4%']],
    [GOALS + 'Đến năm 2025, tối thiểu 80%, phấn đấu 90% thủ tục hành chính được giải quyết.', ['80%', '90%']],
    [GOALS + 'Phấn đấu bình quân hằng năm kết nạp từ 300 đảng viên trở lên.', ['300 count']],
    [GOALS + 'Mỗi huyện xây dựng thêm 01 đơn vị điểm.', ['1 count']],
    [GOALS + 'trong đó hoàn thành xuất sắc nhiệm vụ từ 15% đến 20%.', ['15%', '20%']],
    [GOALS + 'tỷ lệ cán bộ trẻ (dưới 40 tuổi) từ 10% trở lên.', ['10%']],
    [GOALS + 'tỷ lệ đạt 15,5% trở lên.', ['15.5%']],
    [GOALS + '(2) Hằng năm kết nạp từ 1.500 đảng viên trở lên.', ['1500 count']],
    // `phấn đấu`, `chỉ tiêu` and 100% coverage elsewhere
    ['phấn đấu 95% chi bộ bản có ít nhất từ 4 - 5 đảng viên tại chỗ.', ['95%']],
    ['Quán triệt Nghị quyết đến 100% cán bộ, đảng viên trên địa bàn.', ['100%']],
    ['phấn đấu năm 2025 có 100% chi bộ quân sự cấp xã và 50% chi bộ công an có cấp ủy.', ['100%', '50%']],
    ['thì phải phấn đấu cao hơn mức 04%.', ['4%']],
    ['tiến hành kiểm tra từ 05 - 10% trên tổng số tổ chức cơ sở đảng.', ['5%', '10%']],
    ['kiểm tra tối đa 10% số tổ chức đảng.', ['10%']],
    // OCR damage
    [GOALS + '(1) Hing nim c6 trén 90% tb chirc dang truc thudc', ['90%']],
    [GOALS + '(2) Ti 18 két nap dang vién méi dat tir 3 -\n4% tong sb dang vién', ['3%', '4%']],
    [GOALS + "nhiêm vu\" ti'i 15% dn 20%.", ['15%', '20%']],
    [GOALS + '(2). Phn du bInh quail hng 11am, toàn Dãng bO Khi kt np tir 300 dãng \nviêntralen.', ['300 count']],
    ['dat tir 03% - 04% tong so dang vién', ['3%', '4%']],
    // held-out shapes
    [GOALS + '- Hằng năm, kết nạp ít nhất 250 đảng viên mới; 85% trở lên tổ chức đảng hoàn thành tốt nhiệm vụ.', ['250 count', '85%']],
    ['ĐẢNG ỦY XÃ A\nBÁO CÁO\nkết quả năm 2024\nCó 92% đảng viên hoàn thành tốt nhiệm vụ; phấn đấu năm 2025 đạt 95%.', ['95%']],
    ['I. ĐÁNH GIÁ TÌNH HÌNH\nNăm 2022 kết nạp 1.250 đảng viên, đạt 104% kế hoạch.\nII. NHIỆM VỤ\nPhấn đấu năm 2023 kết nạp 1.300 đảng viên.', ['1300 count']],
  ])('%j -> %j', (input, expected) => {
    expect(values(input)).toEqual(expected);
  });
});

describe('recognizeTargets: what is not a target', () => {
  it.each([
    ['Nghị quyết số 21-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương'],
    [GOALS + 'giai đoạn 2026 - 2030'],
    [GOALS + 'Định kỳ 6 tháng, 01 năm đánh giá rút kinh nghiệm.'],
    [GOALS + 'Sau 03 tháng kể từ khi có quy chế mẫu.'],
    [GOALS + 'rà soát những chi bộ bản có dưới 3 đảng viên tại chỗ.'],
    [GOALS + 'chi bộ bản có ít nhất từ 4 - 5 đảng viên'],
    ['(3) Các đồng chí Tỉnh ủy viên tham gia sinh hoạt mỗi năm 02 lần.'],
    ['2.2.1. Đổi mới, nâng cao chất lượng'],
    ['I. TÌNH HÌNH\nNăm qua có 95% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.'],
    ['Năm 2022 đã có 95% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.'],
    ['Tỷ lệ kết nạp tăng 3% so với năm trước.'],
    ['ĐẢNG ỦY XÃ A\nBÁO CÁO\nkết quả công tác năm 2024\n1. Công tác xây dựng Đảng\nCó 92% đảng viên hoàn thành tốt nhiệm vụ.'],
  ])('%j -> none', (input) => {
    expect(values(input)).toEqual([]);
  });
});

describe('recognizeTargets: qualifier, horizon, subject, span', () => {
  it('reads the range with its qualifier and the horizon of the heading', () => {
    const source = GOALS + '(2) Tỷ lệ kết nạp đảng viên mới đạt từ 3 - 4% tổng số đảng viên;';
    const [t] = targets(source);
    expect(t.values).toEqual([
      { value: 3, max: 4, unit: '%', qualifier: 'từ' },
      { value: 4, unit: '%', qualifier: 'đến' },
    ]);
    expect(t.horizon).toBe('đến năm 2030');
    expect(t.subject).toBe('tổng số đảng viên');
    expect(t.text).toBe('(2) Tỷ lệ kết nạp đảng viên mới đạt từ 3 - 4% tổng số đảng viên');
    expect(source.slice(t.start, t.end)).toBe(t.text);
  });

  it.each([
    ['Hằng năm có trên 90% tổ chức đảng hoàn thành tốt nhiệm vụ', 'trên', 'hằng năm'],
    ['phấn đấu tối thiểu 80% chi bộ đạt', 'tối thiểu', undefined],
    ['kết nạp từ 300 đảng viên trở lên trong giai đoạn 2026 - 2030', 'từ … trở lên', 'giai đoạn 2026 - 2030'],
    ['phấn đấu 95% trở lên đến năm 2030', 'trở lên', 'đến năm 2030'],
    ['- Đến năm 2025: 100% tổ chức cơ sở đảng có cấp ủy', undefined, 'đến năm 2025'],
  ])('%j -> %s, %s', (input, qualifier, horizon) => {
    const [t] = targets('Chỉ tiêu\n' + input);
    expect(t.values[0].qualifier).toBe(qualifier);
    expect(t.horizon).toBe(horizon);
  });

  it('starts a clause after a heading line', () => {
    const [t] = targets('II. NHIỆM VỤ\nPhấn đấu năm 2023 kết nạp 1.300 đảng viên.');
    expect(t.text).toBe('Phấn đấu năm 2023 kết nạp 1.300 đảng viên');
    expect(t.horizon).toBe('năm 2023');
  });

  it('splits a numbered item into one target per clause', () => {
    const found = targets(GOALS + '(3) Có 70% bí thư chi bộ đồng thời là trưởng thôn; 90% trưởng thôn là đảng viên; 80% trưởng ban công tác mặt trận là đảng viên.');
    expect(found.map((t) => t.values.map((v) => v.value))).toEqual([[70], [90], [80]]);
    for (const t of found) expect(t.id).toBe(`target-${t.start}-${t.end}`);
  });

  it('gives the same values for NFD and odd spaces', () => {
    const clean = GOALS + '(1) Hằng năm có trên 90% tổ chức đảng; phấn đấu 95% chi bộ có 4 - 5 đảng viên.';
    for (const v of [clean.normalize('NFD'), clean.replace(/ /g, '\u00a0')]) expect(values(v)).toEqual(values(clean));
  });
});
