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
    // a document's number is no lower end of a range; OCR's space before a percentage's last two digits
    ['Quán triệt Nghị quyết 71 đến 100% cán bộ; Chỉ thị số 05 đến 100% đảng viên.', ['100%', '100%']],
    ['- Cic cip uy quan triet Nghi quyet 71 dén 1 00% c4n bd, dang vien.', ['100%']],
    // a one-letter fragment before a digit is debris of a word, before a grouped number or a range a word that lost its vowel
    [GOALS + '(1) T 1 đảng viên mới; toàn tỉnh c 160.000 đoàn viên; thành lập t 25 - 30 công đoàn cơ sở.', ['160000 count', '25 count', '30 count']],
    // OCR's space inside any round number: no count is written `00`
    [GOALS + '(1) Hằng năm, kết nạp từ 150 - 2 00 đảng viên; tuyển 1 000 lao động.', ['150 count', '200 count', '1000 count']],
    // thousands grouped by a space; `x 1.000 dân`, the population a ratio is counted per
    [GOALS + '- Kết nạp 12 000 đảng viên.', ['12000 count']],
    [GOALS + '- Tỷ lệ x 1.000 dân có 30 bác sĩ.', []],
    // the masses a Party cell prepares for admission, youth, workers, unions: counted as members are
    ['III. NHIỆM VỤ\n- Phấn đấu mỗi năm giới thiệu ít nhất 300 quần chúng ưu tú; thành lập 25 công đoàn cơ sở.', ['300 count', '25 count']],
    // a plan in lower case is a plan's share, and a target after an event (`sau khi`) is one
    ['Phấn đấu hoàn thành vượt kế hoạch 5 - 10%.', ['5%', '10%']],
    ['Sau khi sáp nhập, 95% chi bộ có chi ủy.', ['95%']],
    // a numbered line of prose is no heading of assessment for a word of one after its first phrase
    ['IV. TỔ CHỨC THỰC HIỆN\n1. Các tỉnh ủy, thành ủy xây dựng kế hoạch phù hợp với tình hình thực tiễn; bảo đảm 100% tổ chức cơ sở đảng được quán triệt.', ['100%']],
    // more of something to have, with no cue (`có thêm`)
    ['Năm 2026, tăng trưởng đạt từ 3,5% trở lên; có thêm 15 sản phẩm OCOP đạt 4 sao trở lên.', ['3.5%', '15 count']],
    // the items of a section headed by requirements and quotas, numbered but no titles of parts
    ['III. YÊU CẦU, CHỈ TIÊU\n1. Hằng năm, ủy ban kiểm tra kiểm tra ít nhất 02 tổ chức đảng và 05 đảng viên.', ['2 count', '5 count']],
    // the `thị` of `Chỉ thị` folds like `thì`, which puts a value in a rule's condition
    ['bảo đảm 100% tổ chức cơ sở đảng được quán triệt nội dung Chỉ thị.', ['100%']],
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
    // a quota for each unit (`mỗi X có`), where after a percentage of X `có` describes X
    [GOALS + '(7) Mỗi thôn, tổ dân phố có ít nhất 01 cộng tác viên; phấn đấu 95% chi bộ có ít nhất 4 đảng viên.', ['1 count', '95%']],
    // the whole unit's quota needs its bound; without one `toàn tỉnh có` describes the province
    [GOALS + '(4) Mỗi chi bộ xây dựng ít nhất 01 mô hình; toàn Khối có từ 70 mô hình trở lên.\n- Toàn tỉnh có 95 xã, phường.', ['1 count', '70 count']],
    // in text that keeps its marks, `tin` is news, not a damaged `tuần`
    [GOALS + '- Báo chí: đăng, phát tối thiểu 250 tin, bài và 60 phóng sự.', ['250 count', '60 count']],
    // a heading that strives for the quotas it names opens a list of them
    ['2. Phấn đấu đến năm 2030 đạt các chỉ tiêu chủ yếu\n\nTổng tỷ suất sinh đạt 2,1 con/phụ nữ; tuổi thọ trung bình đạt 75 tuổi.\n3. Tổ chức thực hiện', ['2.1 count', '75 count']],
    // to strive to have, and the people a plan recruits, in running text
    [GOALS + '(6) Phấn đấu có ít nhất 01 cơ sở giáo dục đại học thuộc nhóm hàng đầu châu Á.', ['1 count']],
    ['c) Phấn đấu đến năm 2027 tuyển dụng đủ 2.870 giáo viên còn thiếu.', ['2870 count']],
    // an article of a Quy định headed by its quotas; the next article's rules are none
    [
      'Điều 4. Chỉ tiêu luân chuyển\n1. Mỗi nhiệm kỳ, luân chuyển ít nhất 40 cán bộ.\n2. Hằng năm, mỗi sở, ban, ngành có ít nhất 01 cán bộ được luân chuyển.\n' +
        'Điều 5. Thời gian luân chuyển\n1. Thời gian luân chuyển từ 03 năm, ít nhất 2 lần.',
      ['40 count', '1 count'],
    ],
    // to strive to have, to have each year, a multiple; a lead-in right before subsections leads them in
    [GOALS + '(1) Phấn đấu toàn tỉnh có 15.000 doanh nghiệp; (4) Hằng năm có ít nhất 500 hộ kinh doanh chuyển đổi.', ['15000 count', '500 count']],
    [GOALS + '- thu nhập bình quân khu vực nông thôn gấp 1,5 lần so với năm 2025; tổ chức 2 lần hội nghị.', ['1.5 count']],
    // a fraction of a time unit is a measure to reach, where periods are whole
    [GOALS + '- Thời gian lưu trú bình quân của khách đạt 1,8 ngày; sau 03 tháng sơ kết.', ['1.8 count']],
    // the results a task is to report make no section of results
    ['II. NHIỆM VỤ\n3. Các tỉnh uỷ tổng hợp, báo cáo kết quả về Ban Tổ chức Trung ương trước ngày 28/02/2025; 100% cấp uỷ trực thuộc gửi báo cáo đúng thời hạn.', ['100%']],
    // to have by a horizon, and days of labour
    [GOALS + '(4) Mỗi năm thành lập ít nhất 25 tổ hợp tác; đến năm 2030 có 120 mô hình kinh tế tập thể.', ['25 count', '120 count']],
    [GOALS + '- Vận động 500 hộ hiến đất; đóng góp trên\n3.000 ngày công lao động.', ['500 count', '3000 count']],
    ['2. Nhiệm vụ trọng tâm\nBan Thường vụ thống nhất các mục tiêu, yêu cầu sau:\n2.1. Đối với Dự án\n- Hoàn thành 47,51 km đoạn tuyến.\n3. Tổ chức thực hiện\n- Họp 2 lần.', ['47.51 count']],
    // a part on the situation lists no targets, even under a heading of goals
    ['IV. TÌNH HÌNH VÀ MỤC TIÊU\n1. Tình hình\nTỷ lệ tham gia bảo hiểm y tế đạt 92,6%.\n2. Mục tiêu đến năm 2030\n- Tỷ lệ tham gia bảo hiểm y tế đạt 95%.', ['95%']],
    // the cap of a ratio, where `dưới 3 đảng viên` qualifies a chi bộ
    [GOALS + '- tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái; rà soát chi bộ có dưới 3 đảng viên.', ['109 count']],
    // after `trong đó` a part of the percentage's subject has its own target
    [GOALS + '(9) 100% trường học đạt chuẩn quốc gia, trong đó có 03 trường đạt chuẩn mức độ 2; 100% xã đạt chuẩn, trong đó 06 xã đạt chuẩn nâng cao.', ['100%', '3 count', '100%', '6 count']],
    // years measure a lifespan; elsewhere they count nothing
    [GOALS + 'c) Tuổi thọ bình quân đạt 75 tuổi, số năm sống khỏe mạnh tối thiểu 68 năm; 100% người trên 60 tuổi được khám.', ['75 count', '68 count', '100%']],
    // a report's section of targets, headed with a quantifier before the cue
    ['HUYỆN ỦY A\nBÁO CÁO\nsơ kết năm 2024\nIII. PHƯƠNG HƯỚNG NĂM 2025\n1. Một số chỉ tiêu chủ yếu\n(1) Tỷ lệ hộ nghèo giảm 0,5% trở lên.', ['0.5%']],
    ['I. ĐÁNH GIÁ TÌNH HÌNH\nNăm 2022 kết nạp 1.250 đảng viên, đạt 104% kế hoạch.\nII. NHIỆM VỤ\nPhấn đấu năm 2023 kết nạp 1.300 đảng viên.', ['1300 count']],
    // a part holds its numbered sections: the results reported under `I.` stay results
    [
      'PHẦN THỨ NHẤT\nKẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI, NHIỆM KỲ 2015 - 2020\nI. VỀ PHÁT TRIỂN KINH TẾ\nTốc độ tăng giá trị sản xuất bình quân đạt 7,2%/năm.\n' +
        'PHẦN THỨ HAI\nPHƯƠNG HƯỚNG, MỤC TIÊU NHIỆM KỲ 2020 - 2025\nI. MỤC TIÊU\n2. Các chỉ tiêu chủ yếu\n(1) Tốc độ tăng giá trị sản xuất bình quân 8%/năm.',
      ['8%'],
    ],
    // parts titled in capitals without a number: an assessment part, then a part of goals
    [
      'Phần thứ nhất\nTHỰC TRẠNG ĐỘI NGŨ CÁN BỘ NỮ\nNhiệm kỳ 2020 - 2025, tỷ lệ cán bộ nữ tham gia cấp ủy đạt 15,7%.\n' +
        'Phần thứ hai\nMỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP\n1. Mục tiêu\nĐến năm 2030, tỷ lệ cán bộ nữ tham gia cấp ủy đạt 20% trở lên.',
      ['20%'],
    ],
    // a heading whose second part announces the quotas
    ['III. NỘI DUNG, CHỈ TIÊU\n1. Kiểm tra tổ chức đảng\n- Kiểm tra 04 đảng ủy xã; giám sát 06 tổ chức đảng.', ['4 count', '6 count']],
    // nouns that fold like function words (`cơ` like `có`, `tầng` like `tăng`), and a range of a count
    [GOALS + '- Xây dựng 05 cơ sở đạt chuẩn; 10 tầng; 06 - 08 cơ quan báo chí chủ lực.', ['5 count', '10 count', '6 count', '8 count']],
    // `tài` folds like `tại` and lies one letter from `tuổi`: its marks tell it apart; without them it stays a function word
    [GOALS + '- Phát triển 02 tài khoản mạng xã hội; 05 tài liệu.', ['2 count', '5 count']],
    [GOALS + '- Phát triển 02 tai khoan mang xa hoi.', []],
    // a count the plan sets without a subject before `có`; a unit one letter from a time word; a grouped number wrapped onto a line
    [GOALS + '- Có 10 xã đạt chuẩn nông thôn mới; có 30 sản phẩm OCOP.', ['10 count', '30 count']],
    [GOALS + '- 70% hộ kinh doanh thanh toán không dùng tiền mặt; có ít nhất 40 doanh nghiệp công nghệ số.', ['70%', '40 count']],
    [GOALS + '- Sản lượng nuôi trồng thủy sản đạt 40.000 tấn; diện tích đạt 1.200 ha.', ['40000 count', '1200 count']],
    [
      'II. CHỈ TIÊU PHẤN ĐẤU\n1. Hằng năm kết nạp từ 3 - 4% tổng số đảng viên, phấn đấu từ\n3.500 đảng viên trở lên; tỷ lệ đạt 65%.',
      ['3%', '4%', '3500 count', '65%'],
    ],
  ])('%j -> %j', (input, expected) => {
    expect(values(input)).toEqual(expected);
  });
});

describe('recognizeTargets: what is not a target', () => {
  it.each([
    ['Nghị quyết số 21-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương'],
    [GOALS + 'giai đoạn 2026 - 2030'],
    [GOALS + 'Định kỳ 6 tháng, 01 năm đánh giá rút kinh nghiệm.'],
    ['III. GIẢI PHÁP THỰC HIỆN CÁC CHỈ TIÊU\n1. Tổ chức 04 hội nghị quán triệt.'],
    [GOALS + 'Sau 03 tháng kể từ khi có quy chế mẫu.'],
    [GOALS + 'rà soát những chi bộ bản có dưới 3 đảng viên tại chỗ.'],
    [GOALS + 'chi bộ bản có ít nhất từ 4 - 5 đảng viên'],
    ['(3) Các đồng chí Tỉnh ủy viên tham gia sinh hoạt mỗi năm 02 lần.'],
    ['2.2.1. Đổi mới, nâng cao chất lượng'],
    ['I. TÌNH HÌNH\nNăm qua có 95% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.'],
    ['Năm 2022 đã có 95% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.'],
    ['Tỷ lệ kết nạp tăng 3% so với năm trước.'],
    ['ĐẢNG ỦY XÃ A\nBÁO CÁO\nkết quả công tác năm 2024\n1. Công tác xây dựng Đảng\nCó 92% đảng viên hoàn thành tốt nhiệm vụ.'],
    // a section opening `Sau N năm` reviews those years; a policy's support rate is no target
    ['1. Sau 08 năm triển khai Nghị quyết 21 và Nghị quyết số 137/NQ-CP,\ncông tác dân số chuyển biến; tỷ lệ tham gia bảo hiểm y tế đạt 94,2%.'],
    ['- Hoàn thiện chính sách: hỗ trợ 50% chi phí cây giống cho hộ đồng bào dân tộc thiểu số.'],
    // a rule's threshold in its condition (`... thì`), a support rate after `hỗ trợ thêm`, an entitlement (`được hưởng`)
    ['- Cấp uỷ có trên 30% đảng viên chưa hoàn thành nhiệm vụ thì không xếp loại.'],
    ['- Ngân sách tỉnh hỗ trợ thêm 20% mức đóng cho người tham gia.'],
    ['Trong thời gian tập sự, người tập sự được hưởng 85% mức lương bậc 1 của ngạch tuyển dụng.'],
    ['- Cap uy co tren 30% dang vien chua hoan thanh nhiem vu thi khong xep loai.'],
    ['Nghị quyết được thông qua khi có trên 50% tổng số ủy viên tán thành.'],
    ['Quyết định kỷ luật phải được trên 50% tổng số ủy viên Ủy ban Kiểm tra đồng ý.'],
    // a rule's rate (`bằng 1% tiền lương`), money shared out (`trích để lại`, `nộp lên`), a budget's floor
    ['Đảng viên trong các cơ quan đóng đảng phí hằng tháng bằng 1% tiền lương; đảng viên hưu trí bằng 0,5% mức lương hưu.'],
    ['2. Tổ chức cơ sở đảng ở xã được trích để lại 90% số đảng phí thu được, nộp lên cấp trên 10%; nop v& Tinh ủy (qua Van phong Tỉnh iy) 50%.'],
    ['7. Kinh phí: ưu tiên bố trí tối thiểu 150 triệu\nđồng/năm cho số hóa tài liệu lưu trữ.'],
    // the number of a title in quotes names the title
    ['Thực hiện Đề án "Đầu tư xây dựng ít nhất 01 triệu căn hộ nhà ở xã hội giai đoạn 2021 - 2030" của Chính phủ.'],
    ['Trong đó, đại biểu ở Trung ương khoảng 217 người (43,4%); đại biểu ở địa phương khoảng 283 người (56,6%); đại biểu nữ 150 người dân tộc thiểu số (30%).'],
    // a form to fill in: its rows' numbers, no values
    ['MẪU BẢN ĐĂNG KÝ THI ĐUA\nTT\tNội dung đăng ký\tChỉ tiêu đăng ký\tGhi chú\n1\tXếp loại chất lượng tổ chức đảng\t\t\n' +
      '2\tTỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên\t\t\n3\tTỷ lệ văn bản đi được ký số\t\t\n'],
    // the part named with the cue, its items numbers and all
    ['II. NHIỆM VỤ VÀ CHỈ TIÊU\n1. Các nhiệm vụ trọng tâm\n- Mở 05 lớp bồi dưỡng cho 300 đảng viên.'],
    // under `A VÀ CHỈ TIÊU`, the subsection titled as A is that part, numbers and all
    ['III. MỨC XẾP LOẠI VÀ CHỈ TIÊU PHẤN ĐẤU\n1. Mức xếp loại thực hiện theo 04 mức quy định; số hoàn thành xuất sắc không vượt quá 20% số hoàn thành tốt.'],
    // in a report of results, `chỉ tiêu` tells of a target met or missed
    ['HUYỆN ỦY A\nBÁO CÁO\nsơ kết năm 2024\nII. KẾT QUẢ\nChỉ tiêu lúa chất lượng cao chưa đạt (kế hoạch 80%); 02 hợp tác xã ngưng hoạt động.'],
  ])('%j -> none', (input) => {
    expect(values(input)).toEqual([]);
  });
});

describe('recognizeTargets: counts', () => {
  it.each([
    // under a target heading any noun is counted
    [GOALS + '(3) Tạo việc làm mới cho ít nhất 1.200 lao động, trong đó đưa 150 lao động đi làm việc ở nước ngoài.', ['1200 count', '150 count']],
    [GOALS + '(4) Hỗ trợ xây mới, sửa chữa 300 căn nhà cho hộ nghèo.', ['300 count']],
    [GOALS + '(6) Có thêm 02 xã đạt chuẩn nông thôn mới, 01 xã đạt chuẩn nông thôn mới nâng cao.', ['2 count', '1 count']],
    [GOALS + '- GDP bình quân đầu người đạt khoảng 7.500 USD; thuộc nhóm 3 nước dẫn đầu ASEAN.', ['7500 count', '3 count']],
    [GOALS + '(2) Thu nhập bình quân đầu người đạt 45 triệu đồng/năm.', ['45 count']],
    [GOALS + '(4) Chỉ số PAPI của thành phố duy trì trong nhóm 05 địa phương dẫn đầu cả nước.', ['5 count']],
    [GOALS + '(5) Hằng năm bồi dưỡng kiến thức pháp luật cho 500 lượt cán bộ.', ['500 count']],
    [GOALS + '- Hình thành được 10 - 15 doanh nghiệp công nghiệp có năng lực cạnh tranh quốc tế.', ['10 count', '15 count']],
    [GOALS + '(3) Hằng năm biểu dương từ 30 -\n50 tập thể, cá nhân điển hình.', ['30 count', '50 count']],
    [GOALS + '(5) Ty l tre em 5 tuoi di.roc huy dng ra lo\'p dt 100%; phan du co thêm 01 trüong dat chuân quoc gia.', ['100%', '1 count']],
    // the level below is no `dưới 3 đảng viên`, nor the level above more than the count
    [GOALS + '- Kiểm tra tài chính đảng: 05 cấp ủy cấp dưới và 02 cơ quan tài chính cấp ủy.', ['5 count', '2 count']],
    ['III. MỨC XẾP LOẠI VÀ CHỈ TIÊU PHẤN ĐẤU\n1. Mức xếp loại theo 04 mức.\n2. Chỉ tiêu phấn đấu năm 2025:\n- Trên 90 % chi bộ hoàn thành tốt nhiệm vụ;\n- Kết nạp 12 đảng viên.', ['90%', '12 count']],
    [GOALS + '- Kiem tra tai chinh dang: 05 cap uy cap tren va 02 co quan tai chinh cap uy.', ['5 count', '2 count']],
    // a range OCR broke before its dash, after `từ`; a dash at a line's start is otherwise the next item's mark
    [GOALS + '- Tốc độ tăng trưởng bình quân từ 2,5\n- 3%/năm; 100% xã có đảng viên.', ['2.5%', '3%', '100%']],
    [GOALS + '- Tỷ lệ hộ nghèo giảm 2\n- 70% hộ có nước sạch.', ['70%']],
    // nouns that fold like a function word, told by their marks or by the word after them
    [GOALS + 'd) Đạt 19 bác sĩ, 3,5 dược sĩ đại học và 33 giường bệnh trên 10.000 dân.', ['19 count', '3.5 count', '33 count']],
    [GOALS + '- Phấn đấu có 30 bác sĩ/10.000 dân; kết nạp 20 có quan điểm vững vàng.', ['30 count']],
    // a resolution's vision sets goals as its targets do
    ['3. Tầm nhìn đến năm 2045\n- Kinh tế tư nhân thu hút 3 triệu lao động, đóng góp trên 60% GRDP.', ['3 count', '60%']],
    ['3. Bối cảnh\n- Kinh tế tư nhân thu hút 3 triệu lao động, đóng góp trên 60% GRDP.', ['60%']],
    // in running text a cue word marks the target, and a number counts a unit of its own
    ['Phấn đấu thu ngân sách trên địa bàn đạt trên 1.500 tỷ đồng.', ['1500 count']],
    // the cue covers the clauses of its sentence
    ['phấn đấu giá trị sản xuất tăng 9 - 10%; thu ngân sách đạt trên 1.500 tỷ đồng; có thêm 03 xã đạt chuẩn nông thôn mới.', ['9%', '10%', '1500 count', '3 count']],
  ])('%j -> %j', (input, expected) => {
    expect(values(input)).toEqual(expected);
  });

  it.each([
    // times, frequencies, ages, ordinals, names and parts of dates
    [GOALS + '(1) Sau 03 tháng, định kỳ 6 tháng, 01 năm đánh giá.'],
    [GOALS + '(2) Chi bộ sinh hoạt ít nhất 02 lần trong quý, không quá 2 nhiệm kỳ.'],
    [GOALS + '(3) Trẻ em 5 tuổi được huy động ra lớp.'],
    [GOALS + '(4) Thực hiện Điều 4 Quy định số 24-QĐ/TW và Nghị quyết 27 của Ban Chấp hành Trung ương.'],
    [GOALS + '(5) Đại hội lần thứ 5 nhiệm kỳ mới.'],
    // numbers that describe the subject
    [GOALS + '(6) Rà soát những chi bộ có 4 - 5 đảng viên, những nơi dưới 3 đảng viên.'],
    // a page number, alone on its line
    [GOALS + '- Giữ vững ổn định.\n\n2\n\nII. NHIỆM VỤ'],
    // OCR debris: digits for letters right after junk, and before a verb
    [GOALS + 'cting ¢6 niém tin ctia Nhan dan'],
    [GOALS + '(2) Ti 18 két nap dang vién'],
    // `Mục tiêu chung` is the goal in prose: a number there counts only a unit of its own, and only with a cue
    ['1. Mục tiêu chung\nXây dựng đội ngũ cấp ủy viên, nhất là 12 bí thư cấp ủy đủ phẩm chất.'],
    // in running text without a unit of measure
    ['Triển khai có mục tiêu, chỉ tiêu cụ thể 16 trình, có chất lượng.'],
    // a task with no cue and no bound, outside a target section
    ['7. Hội Liên hiệp Phụ nữ huyện giúp đỡ hộ nghèo, mỗi năm giúp 50 hộ hội viên thoát nghèo.'],
    // a bound on what a subject has describes it
    ['Chi bộ có ít nhất 3 đảng viên chính thức thì được lập chi ủy.'],
  ])('%j -> none', (input) => {
    expect(values(input)).toEqual([]);
  });
});

describe('recognizeTargets: target blocks, ranges and the past', () => {
  it.each([
    // a lead-in line ending in `:` opens a target block until the next heading of its level
    ['2.1. Phấn đấu đến năm 2030 hoàn thành các mục tiêu cụ thể sau:\n- Hình thành 10 - 15 doanh nghiệp có năng lực cạnh tranh quốc tế.\n2.2. Hoàn thiện thể chế, có 5 chuyên gia.', ['10 count', '15 count']],
    ['II. NHIỆM VỤ\nĐến năm 2025, phấn đấu đạt các chỉ tiêu sau:\n- Xây dựng 20 mô hình dân vận khéo;\n- 100% chi bộ có đảng viên.\n1. Tổ chức 02 hội nghị.', ['20 count', '100%']],
    // a heading that leads in over two lines
    ['2.1. Phấn đấu đến năm 2030 hoàn thành các mục tiêu cụ thể\nsau:\n- Đón 2 triệu lượt khách.', ['2 count']],
    // a decimal lower bound of a range
    [GOALS + '(1) Số vụ khiếu nại, tố cáo vượt cấp giảm bình quân 0,5 - 1%/năm.', ['0.5%', '1%']],
    [GOALS + '(2) Tỷ lệ kết nạp đạt từ 3 - 3,5% tổng số đảng viên.', ['3%', '3.5%']],
  ])('%j -> %j', (input, expected) => {
    expect(values(input)).toEqual(expected);
  });

  it.each([
    // announcing other parts, not targets
    ['Để đạt được mục tiêu trên, cần thực hiện các giải pháp sau:\n- Tổ chức 02 hội nghị chuyên đề.'],
    // the tasks part of a section headed by goals and tasks
    ['II. MỤC TIÊU, NHIỆM VỤ\n2. Nhiệm vụ, giải pháp\n- Tổ chức 02 hội nghị xúc tiến đầu tư mỗi năm.'],
    ['Phần thứ hai\nMỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP\nIII. KINH PHÍ THỰC HIỆN\nKinh phí thực hiện khoảng 18 tỷ đồng, bố trí từ ngân sách tỉnh.'],
    ['Năm 2024 đã có thêm 15 sản phẩm OCOP đạt 4 sao.'],
    // a change between two values reports the past, and a wrapped year is no list item
    ['Tỷ lệ hộ nghèo của huyện giảm từ 24,5% (năm\n2021) xuống còn 15,2% (năm 2023); đời sống được cải thiện.'],
    ['tỷ lệ lao động qua đào tạo tăng từ 21,9% năm 2018 lên 27% năm 2023.'],
    // a rule's cap, outside a target section
    ['số đảng viên được xếp loại "Hoàn thành xuất sắc nhiệm vụ" không vượt quá 20% số được xếp loại.'],
  ])('%j -> none', (input) => {
    expect(values(input)).toEqual([]);
  });

  it('reads a dash at a line\'s start after `từ` as a range only where the line before can end on its lower end', () => {
    // a year, a count above the next line's number, a document's number, and `tư`, `tự` with their marks end their clause
    expect(values(GOALS + '- Thực hiện thí điểm mô hình bắt đầu từ 2026\n- 100% xã có trạm y tế.')).toEqual(['100%']);
    expect(values(GOALS + '- Số đảng viên tăng từ 1.500\n- 90% chi bộ đạt trong sạch.')).toEqual(['90%']);
    expect(values(GOALS + '- Hỗ trợ tư 2\n- 70% hộ.')).toEqual(['70%']);
    expect(values(GOALS + '- Trien khai Nghi quyet 15, Thong tu 15\n- 70% ho gia dinh co nuoc sach.')).toEqual(['70%']);
    expect(values(GOALS + '- Tỷ lệ tăng từ 2,5\n- 3% mỗi năm.')).toEqual(['2.5%', '3%']);
    // `khoảng` and a number may end a `-` item (`khoảng 80` / `- 100% xã ...`), not one a number opened
    expect(values(GOALS + '- Diện tích rừng trồng mới khoảng 80\n- 100% xã có trạm y tế.')).toEqual(['100%']);
    expect(values(GOALS + '(2) dóng góp khoáng 52 - 55% GRDP, khoáng 35\n- 40% tbng thu ngin s4ch')).toEqual(['52%', '55%', '35%', '40%']);
  });

  it('takes a lead-in that counts the targets it lists for a target block', () => {
    const text = 'Thống nhất 21 chỉ tiêu chủ yếu, trong đó có 08 chỉ tiêu về kinh tế, cụ thể như sau:\na) Về kinh tế\n(2) GRDP bình quân đầu người đến năm 2025 đạt 95 - 100 triệu đồng.\n(3) Cơ cấu kinh tế: dịch vụ chiếm 36%.\n';
    expect(values(text)).toEqual(['95 count', '100 count', '36%']);
    expect(values('Để đạt được mục tiêu trên, cần thực hiện các giải pháp sau:\n- Tổ chức 02 hội nghị chuyên đề.')).toEqual([]);
  });

  it('reads no table out of a task list with a deadline column, a results table, a budget, or prose after a table', () => {
    const read = (table: string) => recognizeTargets(foldText(table), 2025).map((t) => `${t.values.map((v) => v.value).join('-')} ${t.horizon}`);
    expect(read('TT Nội dung Thời gian\n1 Quán triệt Nghị quyết năm 2026\n2 Kiểm tra, giám sát 6 tháng đầu năm\n3 Sơ kết 3 năm\n')).toEqual([]);
    expect(read('TT | Nội dung | Thời gian hoàn thành\n1 | Quán triệt | Tháng 3/2026\n2 | Sơ kết | Tháng 12/2027\n')).toEqual([]);
    expect(read('STT Tên chỉ tiêu Kết quả đạt được Ghi chú\n1 Số đảng viên kết nạp 45\n2 Số chi bộ 12\n')).toEqual([]);
    expect(read('TT Nội dung Dự toán (triệu đồng)\n1 Tổ chức hội nghị 15\n2 In tài liệu 30\n')).toEqual([]);
    expect(read('TT Chi bộ Chỉ tiêu\n1 Chi bộ xóm 1 02\n2 Chi bộ xóm 2 01\n3 Tổ chức thực hiện kế hoạch trong 6 tháng\n')).toEqual(['2 undefined', '1 undefined']);
    expect(read('Chỉ tiêu 2026 2027 2028\nKết nạp đảng viên mới 20 25 30\nCăn cứ Kế hoạch số 12-KH/TU ngày 5/3/2025, các chi bộ\nthực hiện từ 2026 đến 2028 theo lộ trình\n')).toEqual([
      '20 năm 2026', '25 năm 2027', '30 năm 2028',
    ]);
    // column words apart from the years head them in order; a dash among too few numbers is an empty cell; a note's document
    // number is no cell; a row number alone on its line is no page's
    expect(read('TT Chỉ tiêu ĐVT Kết quả Kế hoạch Kế hoạch\n2024 2025 2026\n1 Kết nạp đảng viên người 120 130 150\n')).toEqual(['130 năm 2025', '150 năm 2026']);
    expect(read('TT Chỉ tiêu ĐVT 2026 2027 2028\n1 Số xã đạt chuẩn xã 5 - 7\n')).toEqual(['5 năm 2027', '7 năm 2028']);
    expect(read('STT Chỉ tiêu Đơn vị Năm 2030 Ghi chú\n1 Kết nạp đảng viên người 600 Theo Nghị quyết 21\n')).toEqual(['600 năm 2030']);
    expect(read('TT Chỉ tiêu ĐVT 2026 2027\n1 Kết nạp đảng viên người 20 25\n\n2\nTỷ lệ hộ nghèo % 5 4\n')).toEqual(['20 năm 2026', '25 năm 2027', '5 năm 2026', '4 năm 2027']);
  });

  it('keeps the rows a one-value or unnumbered table ends on a unit, a note or a time column, and no page number as a row', () => {
    const read = (table: string, year = 2025) => recognizeTargets(foldText(table), year).map((t) => `${t.values.map((v) => v.value).join('-')} ${t.horizon}`);
    expect(read('STT Chỉ tiêu Năm 2030\n1 Số xã đạt chuẩn 15 xã\n2 Kết nạp đảng viên 300 đảng viên\n3 Tỷ lệ hộ nghèo dưới 2%\n')).toEqual(['15 năm 2030', '300 năm 2030', '2 năm 2030']);
    expect(read('STT Chỉ tiêu Đơn vị Năm 2030 Ghi chú\n1 Kết nạp đảng viên người 600 Chỉ tiêu cứng\n')).toEqual(['600 năm 2030']);
    expect(read('TT Chi bộ Chỉ tiêu\n1 Chi bộ xóm 1 02 đảng viên\n2 Chi bộ xóm 2 01 đảng viên\n')).toEqual(['2 undefined', '1 undefined']);
    expect(read('TT Chỉ tiêu ĐVT 2026 2027\n1 Kết nạp đảng viên người 20 25\n\n7\n\nGiao các chi bộ thực hiện từ năm 2026 đến 2027.\n')).toEqual(['20 năm 2026', '25 năm 2027']);
    expect(read('Chỉ tiêu 2026 2027 2028 Ghi chú\nKết nạp đảng viên mới 20 25 30\nSố xã đạt chuẩn 15 16 17 xã\n')).toEqual([
      '20 năm 2026', '25 năm 2027', '30 năm 2028', '15 năm 2026', '16 năm 2027', '17 năm 2028',
    ]);
    // a document's name in a label keeps its row's cells; a two-word column word followed by another heads one column
    expect(read('TT Chỉ tiêu 2026 2027\n1 Tỷ lệ đảng viên được quán triệt Nghị quyết 90% 95%\n')).toEqual(['90 năm 2026', '95 năm 2027']);
    expect(read('TT Chỉ tiêu ĐVT Kết quả thực hiện Mục tiêu\n2023 2025 2030\n1 Kết nạp người 100 120 150\n', 2024)).toEqual(['120 năm 2025', '150 năm 2030']);
  });

  it('reads a count of what is to be done under a bound, outside a target section', () => {
    expect(values('Mỗi năm kết nạp đảng viên mới ít nhất 20 đồng chí')).toEqual(['20 count']);
    expect(values(GOALS + '- Mỗi năm kết nạp đảng viên mới không dưới 50 đồng chí')).toEqual(['50 count']);
    expect(values('Thực hiện nghiêm Quy chế; mỗi chi bộ bản xây dựng ít nhất 01 mô hình Dân vận khéo trong nhiệm kỳ.')).toEqual(['1 count']);
    expect(values('7. Hội Liên hiệp Phụ nữ huyện giúp đỡ hộ nghèo, mỗi năm giúp ít nhất 50 hộ hội viên thoát nghèo.')).toEqual(['50 count']);
    expect(values('Ban Tổ chức cử tối thiểu 30 cán bộ đi học.')).toEqual(['30 count']);
    // a floor around the count, right after the verb
    expect(values('Kết nạp từ 5.000 đảng viên mới trở lên mỗi năm, chú trọng ở thôn, bản.')).toEqual(['5000 count']);
    expect(values('Hằng năm kết nạp mới từ 50 đảng viên trở lên.')).toEqual(['50 count']);
    // a share of the voters to win over is a target; the share of a body's members a vote needs is a rule's
    expect(values('Đến năm 2025, trên 95% cử tri đồng ý với đề án sáp nhập.')).toEqual(['95%']);
    for (const condition of ['Hỗ trợ doanh nghiệp sử dụng từ 50 lao động trở lên.', 'Hỗ trợ hộ nghèo từ 2 người trở lên.', 'Tuyển dụng công chức từ 3 người trở lên.']) {
      expect(values(condition)).toEqual([]);
    }
    // but not the count a share's subject has, nor a rule's on what a body has or is made of
    expect(values('phấn đấu 95% chi bộ bản có ít nhất từ 4 - 5 đảng viên tại chỗ.')).toEqual(['95%']);
    for (const rule of ['Người vào Đảng phải được ít nhất 02 đảng viên chính thức giới thiệu.', 'Ban chỉ đạo gồm tối thiểu 05 người', 'Tổ giúp việc gồm ít nhất 03 cán bộ', 'Mỗi tổ đảng có ít nhất 3 đảng viên.']) {
      expect(values(rule)).toEqual([]);
    }
  });

  it('reads so many of a whole, and `không dưới` as a bound', () => {
    expect(values(GOALS + '- Năm 2024: xã đạt 19/19 tiêu chí xã nông thôn mới nâng cao.')).toEqual(['19 count']);
    expect(values(GOALS + '- Có 03 thôn đạt chuẩn, nâng tổng số lên 05/07 thôn.')).toEqual(['3 count', '5 count']);
    // a date's day and month, a fraction of no unit, and a share (`2/3 xã`) are none; a grouped whole is read whole
    expect(values(GOALS + '- Trước ngày 01/12 hằng năm hoàn thành.')).toEqual([]);
    expect(values(GOALS + '- Phấn đấu 2/3 xã đạt chuẩn')).toEqual([]);
    expect(values(GOALS + '- Có 150/1.200 hộ thoát nghèo')).toEqual(['150 count']);
    expect(values(GOALS + '- Chi bộ không dưới 3 đảng viên được thành lập chi ủy')).toEqual([]);
    const [bound] = targets('phấn đấu xác minh không dưới 25 người trong năm 2026.');
    expect(bound.values).toEqual([{ value: 25, unit: 'count', qualifier: 'tối thiểu' }]);
    expect(values(GOALS + '- chi bộ có dưới 3 đảng viên')).toEqual([]);
  });

  it('reads a count past the page number between it and its noun', () => {
    expect(values(GOALS + 'Phấn đấu có khoảng 50.000\n3\n\ndoanh nghiệp đang hoạt động.')).toEqual(['50000 count']);
    // a number alone on its line before a new part is no page's
    expect(values(GOALS + 'Thôn Ea Siêng, Thôn 12\n04\n\nIII. NHIỆM VỤ')).toEqual([]);
  });

  it('keeps a target that states a change to reach', () => {
    expect(values('Phấn đấu giảm tỷ lệ hộ nghèo từ 15% xuống còn dưới 10%.')).toEqual(['15%', '10%']);
    expect(values(GOALS + '(1) Tỷ lệ đảng viên vi phạm không quá 2%.')).toEqual(['2%']);
  });
});

describe('recognizeTargets: qualifier, horizon, subject, span', () => {
  it('takes `cấp` before a qualifier for a verb (to grant), and only `cấp trên`, `cấp dưới` for levels', () => {
    expect(targets('Ngân sách tỉnh cấp tối thiểu 50% kinh phí.')[0].values[0].qualifier).toBe('tối thiểu');
    expect(targets(GOALS + '- Kiểm tra 05 cấp ủy cấp trên và 02 cơ quan.')[0].values.map((v) => v.qualifier)).toEqual([undefined, undefined]);
    // read through OCR's letters, as the qualifier itself is
    expect(targets(GOALS + '- Kiem tra 05 cap ny cap duéi và 02 co quan.')[0].values.map((v) => v.qualifier)).toEqual([undefined, undefined]);
  });

  it('takes a listed unit of two words whole in a target block, its subject after it', () => {
    const subjects = (text: string) => targets(GOALS + text).map((t) => t.subject);
    expect(subjects('- Đạt 19 bác sĩ trên 10.000 dân.')).toEqual(['trên 10.000 dân']);
    // the longer unit first, where a shorter one reads its first word one letter off (`hộ` for `học`)
    expect(subjects('- Tuyển 40 học sinh giỏi; 30 hợp tác xã kiểu mới; 120 hộ nghèo.')).toEqual(['giỏi', 'kiểu mới', 'nghèo']);
  });

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

describe('recognizeTargets: tables flattened to lines', () => {
  const of = (text: string, year?: number) => recognizeTargets(foldText(text), year).flatMap((t) => t.values.map((v) => v.value));
  it('reads the last column where the header names plans for the document year or later', () => {
    const table = 'Biểu 01. MỘT SỐ CHỈ TIÊU THU, CHI NGÂN SÁCH\nTT Chỉ tiêu Dự toán 2024 Ước thực hiện 2024 So dự toán (%) Dự toán 2025\n' +
      '1 Tổng thu ngân sách nhà nước 65.560 67.200 102,5 70.300\n2 Thu nội địa 45.560 46.800 102,7 49.500\n';
    expect(of(table, 2024)).toEqual([70300, 49500]);
    // a column of plans with no year, and the row numbers no values
    expect(of('TT Thôn Đảng viên hiện có Chỉ tiêu kết nạp\n1 Thôn Sủng Pờ A 0 05\n2 Thôn Chung Pả 7 04\n', 2025)).toEqual([5, 4]);
  });
  it('reads the column of targets set in a review\'s table of results, not the results after it', () => {
    const values = (table: string, year: number) => recognizeTargets(foldText(table), year).map((t) => `${t.values[0].value}${t.values[0].unit === '%' ? '%' : ''}`);
    const review = 'TT Chỉ tiêu Chỉ tiêu NQ Thực hiện 2025 So sánh\n1 Tỷ lệ hồ sơ được xử lý 90% 98,2% Vượt\ntrên môi trường mạng\n' +
      '2 Số sản phẩm OCOP đạt 3 sao trở lên 200 214 Vượt\n3 Tỷ trọng kinh tế số trong GRDP 10% 6,9% Chưa đạt\n';
    expect(values(review, 2025)).toEqual(['90%', '200', '10%']);
    // columns of results with their years on a second line, and a label's own number before the values
    const years = 'TT Nội dung chỉ tiêu Chỉ tiêu NQ Thực hiện Ước TH So\n2024 2025 sánh\n1 Tốc độ tăng giá trị sản xuất 4,5% 5,1% 5,2% Vượt\n' +
      '2 Số sản phẩm OCOP đạt 3 sao trở lên 40 46 50 Vượt\n3 Số xã đạt chuẩn nông thôn mới 10 xã 09 11 Vượt\n';
    expect(values(years, 2024)).toEqual(['4.5%', '40', '10']);
    expect(values('TT\tChỉ tiêu\tChỉ tiêu KH\tThực hiện 2023\tSo sánh\n1\tĐảng viên đăng ký làm theo\t100%\t98,6%\tChưa đạt\n2\tSố mô hình được biểu dương\t300\t412\tVượt\n', 2024)).toEqual(['100%', '300']);
    // `Nội dung | Chỉ tiêu NQ` are two columns; the results' clauses are dropped whatever the text's normal form
    const columns = 'TT Nội dung Chỉ tiêu NQ Thực hiện 2025 So sánh\n1 Tỷ lệ hồ sơ xử lý trực tuyến 90% 98,2% Vượt\n2 Số sản phẩm OCOP 200 214 Vượt\n';
    expect(values(columns, 2025)).toEqual(['90%', '200']);
    const report = 'BÁO CÁO\ntổng kết Nghị quyết, các chỉ tiêu chủ yếu được thực hiện như sau\n' + review;
    expect(values(report.normalize('NFD'), 2025)).toEqual(values(report, 2025));
    // the label column's `chỉ tiêu` heads no column of values
    expect(values('STT Tên chỉ tiêu Kết quả đạt được Ghi chú\n1 Số đảng viên kết nạp 45 52\n2 Số chi bộ 12 13\n', 2025)).toEqual([]);
  });
  it('reads a target for every year where the columns are the coming years, over labels wrapped onto a second line', () => {
    const table = 'Biểu 1. Chỉ tiêu đào tạo cán bộ giai đoạn 2026 - 2030\nTT Nội dung Đơn vị 2026 2027 2028\n' +
      '1 Cao cấp lý luận chính trị người 120 140 150\n2 Bồi dưỡng kỹ năng quản lý nhà nước, lượt người 2.500 2.200 2.000\n' +
      'vận hành chính quyền cấp xã\n3 Tỷ lệ công chức được bồi dưỡng % 70 80 85\n';
    const targets = recognizeTargets(foldText(table), 2025);
    expect(targets.map((t) => [t.text, t.values[0].unit, t.horizon])).toEqual([
      ['120', 'count', 'năm 2026'], ['140', 'count', 'năm 2027'], ['150', 'count', 'năm 2028'],
      ['2.500', 'count', 'năm 2026'], ['2.200', 'count', 'năm 2027'], ['2.000', 'count', 'năm 2028'],
      ['70', '%', 'năm 2026'], ['80', '%', 'năm 2027'], ['85', '%', 'năm 2028'],
    ]);
    // a list of quotas set out so is read by its cells, not also by its clauses
    expect(targets.every((t) => t.values.length === 1)).toBe(true);
  });
  it('reads OCR\'s flattened table: a damaged header, a label with numbers of its own, `%` as the unit column', () => {
    const table = 'TT Chỉ tiêu Pon vi Nim 2026 Nim 2030\n1 Tỷ Ié tre em mẫu gião được hoc 2 bui/ngay % 96 100\n' +
      '2 Ti 18 truong trung hoc ph6 thong dat chuẩn\nquoc gia muc do 2 % 25 40\n4 Ti lệ hçc sinh hgc tieng Anh t lop 1 % 70 100\n' +
      '5 So gio vien duoc boi duong giao vien 3.500 12.000\n';
    const targets = recognizeTargets(foldText(table), 2025);
    expect(targets.map((t) => `${t.values[0].value}${t.values[0].unit === '%' ? '%' : ''} ${t.horizon}`)).toEqual([
      '96% năm 2026', '100% năm 2030', '25% năm 2026', '40% năm 2030', '70% năm 2026', '100% năm 2030', '3500 năm 2026', '12000 năm 2030',
    ]);
  });
  it('reads a column whose year OCR split in two (`20 28`), and no year from column numbers', () => {
    const cells = (table: string) => recognizeTargets(foldText(table), 2025).map((t) => `${t.values[0].value} ${t.horizon}`);
    expect(cells('TT Chi tiéu Don vj 2026 2027 20 28 2030\n1 Tỷ le ho nghèo đa chieu % 8,1 6,5 5,0 2,5\n')).toEqual(['8.1 năm 2026', '6.5 năm 2027', '5 năm 2028', '2.5 năm 2030']);
    expect(cells('TT Chỉ tiêu Đơn vị 2026 2030\n(1) (2) (3) 20 30\n1 Tỷ lệ hộ nghèo % 8,1 2,5\n')).toEqual(['8.1 năm 2026', '2.5 năm 2030']);
  });
  it('takes a sentence after a row with too few values for no wrapped label', () => {
    const table = 'TT Chỉ tiêu Đơn vị Năm 2026 Năm 2030\n2 Số trường đạt chuẩn 12\nKinh phí thực hiện năm 2026 là 15 tỷ đồng, năm 2030 là 20 tỷ đồng.\n';
    // no cells read off the sentence (what its clause says is read as any clause is)
    expect(recognizeTargets(foldText(table), 2025).filter((t) => /^[\d.]+$/.test(t.text))).toEqual([]);
  });
  it('reads a row whose label wraps before its values, and the rows after it', () => {
    const table = 'TT Chỉ tiêu Đơn vị 2026 2028 2030\n1 Tỷ lệ đô thị hóa % 36 40 45\n2 Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt\n' +
      'nhiệm vụ trở lên hằng năm % 88 90 92\n3 Kết nạp đảng viên mới đảng viên/năm 3.200 3.400 3.600\n';
    expect(of(table, 2026)).toEqual([36, 40, 45, 88, 90, 92, 3200, 3400, 3600]);
  });
  it('reads the planned years after a column of what was done, and a label that wraps below with a number of its own', () => {
    const cells = (table: string, year: number) => recognizeTargets(foldText(table), year).map((t) => `${t.values[0].value}${t.values[0].unit === '%' ? '%' : ''} ${t.horizon}`);
    // the baseline is a year before the document's, or the first year where the header names results
    const baseline = 'TT Chỉ tiêu Đơn vị Thực hiện Mục tiêu Mục tiêu\ntính năm 2020 năm 2025 năm 2030\n1 Tỷ lệ trường đạt chuẩn % 34,5 60 75\n' +
      '2 Số trường đạt kiểm định cấp trường 18 40 65\nđộ 3 trở lên\n3 Tỷ lệ phòng học kiên cố % 71,4 85 95\n';
    expect(cells(baseline, 2021)).toEqual(['60% năm 2025', '75% năm 2030', '40 năm 2025', '65 năm 2030', '85% năm 2025', '95% năm 2030']);
    const estimate = 'TT Chỉ tiêu ĐVT Ước 2025 2026 2027\n1 Tỷ lệ hộ nghèo % 27,6 23 18,8\n';
    expect(cells(estimate, 2025)).toEqual(['23% năm 2026', '18.8% năm 2027']);
    // the document's own year, headed as done, is a baseline too: only the plan's column is left
    const report = 'TT Chỉ tiêu ĐVT Thực hiện 2023 Thực hiện 2024 Kế hoạch 2025\n1 Tỷ lệ hộ nghèo % 5,2 4,1 3,2\n2 Kết nạp đảng viên đảng viên 120 130 150\n';
    expect(recognizeTargets(foldText(report), 2024).map((t) => t.values[0].value)).toEqual([3.2, 150]);
  });
  it('reads a table of one year\'s column, rows of one number, and a cell holding a range', () => {
    const cells = (table: string, year: number) => recognizeTargets(foldText(table), year).map((t) => `${t.values.map((v) => v.value).join('-')}${t.values[0].unit === '%' ? '%' : ''} ${t.horizon}`);
    const piped = 'STT | Chi tieu | Don vi tinh | Nam 2030\n1 | S6 x3 dat chuin ndng thdn moi nang cao | xa | 30\n' +
      '2 | San pham OCOP dat tu 3 sao tro lén | s4n ph4m | 60\n3 | Ty lé che phu rirng | % | 41,5\n';
    expect(cells(piped, 2023)).toEqual(['30 năm 2030', '60 năm 2030', '41.5% năm 2030']);
    const spaced = 'TT Chi tiêu Don vj Näm 2030\n1 Tang truong giá tri sân xut nông, lâm nghip %/nam 4,5 - 5\n2 TST l che phñ rng % 62\n';
    expect(cells(spaced, 2022)).toEqual(['4.5-5% năm 2030', '62% năm 2030']);
    // the document's own year alone may be a report's results
    expect(cells('TT Chỉ tiêu Đơn vị Năm 2024\n1 Số đảng viên kết nạp người 120\n', 2024)).toEqual([]);
    // a column for a period
    const period = (table: string, year: number) => recognizeTargets(foldText(table), year).map((t) => `${t.values[0].value}${t.values[0].unit === '%' ? '%' : ''} ${t.horizon}`);
    expect(period('TT\tChỉ tiêu\tĐơn vị tính\tGiai đoạn 2024 - 2028\n1\tPhát triển đoàn viên mới\tđoàn viên\t150.000\n2\tTỷ lệ công đoàn cơ sở vững mạnh\t%\t75\n', 2024))
      .toEqual(['150000 giai đoạn 2024 - 2028', '75% giai đoạn 2024 - 2028']);
    // but not a resolution's for the year it opens
    expect(cells('CHI BỘ THÔN 3\nNGHỊ QUYẾT\nvề nhiệm vụ năm 2024\nTT Chỉ tiêu Đơn vị Năm 2024\n1 Số đảng viên kết nạp người 120\n', 2024)).toEqual(['120 năm 2024']);
    expect(cells('CHI BỘ THÔN 3\nBÁO CÁO\nkết quả năm 2024\nTT Chỉ tiêu Đơn vị Năm 2024\n1 Số đảng viên kết nạp người 120\n', 2024)).toEqual([]);
  });
  it('reads past a page number between rows, and takes the document\'s own year for an estimate where results head the header apart', () => {
    const cells = (table: string, year: number) => recognizeTargets(foldText(table), year).map((t) => `${t.values[0].value} ${t.horizon}`);
    const table = 'TT Chi tiéu Ddn vi Thuc hi¢n Udc Muc tiéu\n2020 2025 2030\n1 Quy mo GRDP nghin ty 88,9 136 250\n' +
      '2 Thu ngan sach ty ddng 12.126 14.500 25.000\n\n3\n\n5 Chiéu dai cao toc km 0 62 103\n';
    expect(cells(table, 2025)).toEqual(['250 năm 2030', '25000 năm 2030', '103 năm 2030']);
    // a plan word right before the document's year keeps it a plan
    expect(cells('TT Chỉ tiêu Kết quả 2024 Kế hoạch 2025 Định hướng 2026\n1 Kết nạp đảng viên người 120 130 150\n', 2025)).toEqual(['130 năm 2025', '150 năm 2026']);
  });
  it('reads a row without a row number whose values wrap onto the next line', () => {
    const cells = (table: string, year: number) => recognizeTargets(foldText(table), year).map((t) => `${t.values[0].value} ${t.horizon}`);
    const table = 'Chỉ tiêu | Đơn vị | Ước thực hiện 2025 | Mục tiêu 2027 | Mục tiêu 2030\nTỷ lệ thủ tục trực tuyến toàn trình | % |\n62 | 90 | 100\n' +
      'Doanh nghiệp có hoạt động đổi mới sáng tạo | % | 18 | 30 | 40\n';
    expect(cells(table, 2025)).toEqual(['90 năm 2027', '100 năm 2030', '30 năm 2027', '40 năm 2030']);
  });
  it('reads each row of a table without row numbers as a clause of its own, and no form\'s code as a value', () => {
    const table = '2. Các chỉ tiêu\nChỉ tiêu\tKế hoạch năm 2026\nHồ sơ công việc được lập và nộp lưu đúng hạn\t≥ 95%\n' +
      'Số hồ sơ, tài liệu lưu trữ được số hóa\t12.000 hồ sơ\nĐảng viên thu, nộp đảng phí đúng quy định\t100%\n';
    expect(values(table)).toEqual(['95%', '12000 count', '100%']);
    const noted = 'TT\tChỉ tiêu\tNăm 2026\tGhi chú\n1\tTỷ lệ đảng viên cài đặt Sổ tay đảng viên điện tử\t≥ 92%\t\n' +
      '2\tHồ sơ đảng viên được cập nhật đủ thông tin bắt buộc\t100%\tTheo mẫu 2-HSĐV\n';
    expect(recognizeTargets(foldText(noted), 2026).map((t) => `${t.values[0].value}${t.values[0].unit === '%' ? '%' : ''}`)).toEqual(['92%', '100%']);
  });
  it('reads each numbered row of a table of quotas as a clause of its own, a count after a share in the row before', () => {
    const table = '2. Chỉ tiêu cụ thể\nSTT\tNội dung\tChỉ tiêu\tĐơn vị thực hiện\n1\tCơ sở Đoàn tổ chức tuyên truyền\t100%\tCác đoàn xã, phường\n' +
      '2\tKhu vực bỏ phiếu có đội hình thanh niên tình nguyện\tMỗi khu vực ít nhất 01 đội hình\tCác đoàn xã\n' +
      '3\tThành lập đội hình tình nguyện\tTối thiểu 150 đội hình\tBan Phong trào Tỉnh đoàn\n';
    expect(values(table)).toEqual(['100%', '1 count', '150 count']);
  });
  it('reads every cell of a row of counts in a target block, and no label\'s own number for one', () => {
    const table = '2. Chỉ tiêu\nĐơn vị\tSố đoàn viên dự lớp\tSố đoàn viên giới thiệu kết nạp\nLiên chi đoàn khoa Toán - Tin học\t70\t22\n' +
      'Các Liên chi đoàn khoa còn lại | 130 | 37\nTổng cộng\t2.200\t2.500\nIII. NỘI DUNG\n';
    expect(values(table)).toEqual(['70 count', '22 count', '130 count', '37 count', '2200 count', '2500 count']);
  });
  it('reads a numbered row\'s one value cell in a target block, and `chỗ` (places) as a count\'s noun', () => {
    const table = '2. Chỉ tiêu\nSTT\tĐịa phương\tSố căn\n1\tThành phố Thủy Nguyên\t5.200\n2\tHuyện An Dương\t4.600\n\tCác địa phương còn lại\t8.548\n(Số liệu chi tiết kèm theo)\n';
    expect(values(table)).toEqual(['5200 count', '4600 count', '8548 count']);
    expect(values('2. Mục tiêu\n- Phát triển 10.000 chỗ ở tại khu công nghiệp.')).toEqual(['10000 count']);
  });
  it('reads a row\'s `%` cell as the unit of its values, and the last cell at the text\'s end', () => {
    expect(values('2. Chỉ tiêu cụ thể\nTỷ lệ lao động qua đào tạo\t%\t70\t75\nSố xã đạt chuẩn\txã\t10\t12')).toEqual(['70%', '75%', '10 count', '12 count']);
  });
  it('reads a `Trong đó` part of a numbered table\'s row as a row of its own', () => {
    const table = '2. Chỉ tiêu\nSTT\tChỉ tiêu\tĐơn vị tính\tNăm 2025\tNăm 2030\n1\tTỷ lệ lao động qua đào tạo\t%\t70\t75\n' +
      '\tTrong đó: có văn bằng, chứng chỉ\t%\t30\t35\n2\tSố sinh viên/vạn dân\tSinh viên\t180\t230\n';
    expect(recognizeTargets(foldText(table), 2024).map((t) => `${t.values[0].value}${t.values[0].unit === '%' ? '%' : ''} ${t.horizon}`)).toEqual([
      '70% năm 2025', '75% năm 2030', '30% năm 2025', '35% năm 2030', '180 năm 2025', '230 năm 2030',
    ]);
  });
  it('reads a table of one plan column and no year, its rows of one number', () => {
    const table = 'TT  Chi bộ    Chỉ tiêu (dang vien)\n1   Chi bộ xom 1    02\n2   Chi bo xóm Dong Xuân    01\n3   Chi bo Truờng Tiểu hôc    03\n';
    expect(recognizeTargets(foldText(table), 2024).map((t) => t.values[0].value)).toEqual([2, 1, 3]);
  });
  it('reads a table without row numbers, headed by its indicators and years', () => {
    const cells = (table: string, year: number) => recognizeTargets(foldText(table), year).map((t) => `${t.values[0].value}${t.values[0].unit === '%' ? '%' : ''} ${t.horizon}`);
    const table = 'Chi tiêu 2026 2027 2028\nVan bãn, hô so xü lý trên môi trường mạng (%) 95 97 98\nHi nhj khong giấy tò, trrc tuyên (%) 50 60 70\n5. Công tác tuyên truyền\n';
    expect(cells(table, 2025)).toEqual(['95% năm 2026', '97% năm 2027', '98% năm 2028', '50% năm 2026', '60% năm 2027', '70% năm 2028']);
    // a heading that names a period heads a list, not columns
    expect(cells('Chỉ tiêu giai đoạn 2026 - 2030:\nTỷ lệ hộ nghèo giảm từ 5% xuống 3%\n', 2025).filter((c) => c.includes('năm'))).toEqual([]);
  });
  it('reads the sentence after a table, under the table\'s own heading, as a sentence of its own', () => {
    const text = '2. Mục tiêu cụ thể\nTT | Chỉ tiêu | Đơn vị | 2026 | 2027 | 2028\n' +
      '1 | Số sáng kiến được công nhận cấp tỉnh | sáng kiến | 150 | 180 | 200\n' +
      'Định hướng đến năm 2030: quy mô kinh tế số đạt tối thiểu 35% GRDP; 100% xã có tổ công nghệ số.\n';
    expect(of(text, 2025)).toEqual([150, 180, 200, 35, 100]);
  });
  it('reads no yearly plans where a year column holds results or comes before the document', () => {
    const yearly = (text: string) => recognizeTargets(foldText(text), 2025).filter((t) => t.horizon?.startsWith('năm '));
    // the column of results is no plan; the one year after it is
    expect(yearly('TT Chỉ tiêu Kết quả 2025 Chỉ tiêu 2026\n1 Tỷ lệ điều tra khám phá án 84,4% trên 80%\n').map((t) => [t.text, t.horizon])).toEqual([['80%', 'năm 2026']]);
    expect(of('TT Nội dung Đơn vị 2024 2025 2026\n1 Đảng viên kết nạp người 120 140 150\n', 2025)).toEqual([]);
  });
  it('reads no targets in a table of funding by year', () => {
    const table = 'Bảng 2. Dự kiến kinh phí thực hiện (đơn vị tính: tỷ đồng)\nTT | Nguồn vốn | 2026 | 2027 | 2028 | Tổng\n' +
      '1 | Ngân sách tỉnh | 420 | 460 | 510 | 1.390\n2 | Ngân sách cấp xã | 85 | 90 | 95 | 270\n';
    expect(of(table, 2025)).toEqual([]);
    expect(of('TT Nội dung Kinh phí 2026 Kinh phí 2027\n1 Chuyển đổi số 120 150\n', 2025)).toEqual([]);
  });
  it('reads no plans where the header names results, earlier years, or only its indicators', () => {
    expect(of('TT Chỉ tiêu Kết quả 2022 Kết quả 2023\n1 Tổng thu ngân sách 65.560 67.200\n', 2024)).toEqual([]);
    expect(of('TT Chỉ tiêu Đơn vị Thực hiện Tỷ lệ\n1 Tổng thu ngân sách tỷ đồng 67.200 102,5\n2 Thu nội địa tỷ đồng 46.800 102,7\n', 2024)).toEqual([]);
  });
});

describe('recognizeTargets: what a clause about an earlier year reports', () => {
  const of = (text: string, year?: number) => recognizeTargets(foldText(text), year).flatMap((t) => t.values.map((v) => v.value));
  it('drops what a clause tells of a year before the document, in running text and as a baseline under a target heading', () => {
    expect(of('Đến hết năm 2023, toàn thành phố có 326.500 người tham gia, đạt 38,2% lực lượng lao động.', 2024)).toEqual([]);
    expect(of(GOALS + '(Năm 2022, tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ đạt 87,5%.)', 2023)).toEqual([]);
    expect(of('Năm 2024 kết nạp 3.412 đảng viên, đạt 105% kế hoạch.', 2025)).toEqual([]);
    // a date the clause's state held at, not a cited document's
    expect(of('Đến ngày 31/12/2023, toàn tỉnh có 118.540 người tham gia, đạt 21,35% lực lượng lao động.', 2024)).toEqual([]);
    expect(of('Tính đến hết ngày 30/6/2024, tỷ lệ bao phủ đạt 92,8%.', 2025)).toEqual([]);
    // a sentence opening so reports that year in all its clauses
    expect(of('III. CHỈ TIÊU PHẤN ĐẤU\nNăm 2023, có 98,6% tổ chức cơ sở đảng hoàn thành nhiệm vụ; 91,2% đảng viên hoàn thành tốt nhiệm vụ.\nPhấn đấu có 95% đảng viên hoàn thành tốt nhiệm vụ.', 2025)).toEqual([95]);
  });
  it('keeps it when the year is the document’s own or later, dates a cited document, or the document has no date', () => {
    expect(of('Đến năm 2025, 100% chi bộ có đảng viên.', 2023)).toEqual([100]);
    expect(of('Quán triệt Nghị quyết số 21-NQ/TW ngày 16/6/2022 đến 100% cán bộ, đảng viên.', 2024)).toEqual([100]);
    expect(of('Đến hết năm 2023, đạt 38,2% lực lượng lao động.')).toEqual([38.2]);
    expect(of(GOALS + '- GRDP bình quân tăng 7% so với năm 2020.', 2021)).toEqual([7]);
    expect(of('Phấn đấu giảm tối thiểu 15% biên chế so với tổng biên chế được giao năm 2024.', 2025)).toEqual([15]);
    expect(of(GOALS + '- So với năm 2020, thu nhập bình quân tăng 1,5 lần; tỷ lệ hộ nghèo giảm 2%.', 2021)).toEqual([1.5, 2]);
  });
  it('keeps a bound compared with a baseline period, where a plain change compared so reports one', () => {
    expect(of('giảm ít nhất 20% thiệt hại về người so với giai đoạn 2021 - 2025.', 2026)).toEqual([20]);
    expect(of('thiệt hại về người giảm 20% so với giai đoạn 2021 - 2025.', 2026)).toEqual([]);
  });
  it('keeps a level to reach after `bằng`, a count outside money after a bound, and `cơ` read as itself', () => {
    expect(values('bảo đảm tỷ lệ đảng viên có trình độ đại học bằng 90%.')).toEqual(['90%']);
    expect(values('Mỗi chi bộ xây dựng ít nhất 01 mô hình; giới thiệu ít nhất 05 đồng chí; vận động tối thiểu 500 đồng bào.')).toEqual(['1 count', '5 count', '500 count']);
    expect(values('2. Chỉ tiêu\n- Dân quân cơ động 01 trung đội.\n- Chi bo co 4 dang vien.')).toEqual(['1 count']);
    // a noun written with marks of its own is no function word spelled alike (`thẩm` is no `tham`)
    expect(values('2. Chỉ tiêu\n- Có ít nhất 30 Thẩm phán có trình độ thạc sĩ.\n- Đào tạo 30 tham mưu.\n- Chủ trì 01 đề tài cấp Bộ.')).toEqual(['30 count', '1 count']);
  });

  it('reads a sign of comparison before a value as its qualifier, and no word of the cell before', () => {
    expect(targets('Chỉ tiêu: tỷ lệ ≥ 95%; tỷ lệ > 80%; ≤5%').map((t) => t.values[0].qualifier)).toEqual(['tối thiểu', 'trên', 'tối đa']);
    expect(targets('2. Chỉ tiêu\nTỷ lệ hồ sơ được quản lý trên phần mềm\t100%\n').map((t) => t.values[0].qualifier)).toEqual([undefined]);
    // a sign in its own cell; an arrow's and a tag's `>` are none
    expect(targets('2. Chỉ tiêu\nTỷ lệ hồ sơ đúng hạn\t≥\t95%\n').map((t) => t.values[0].qualifier)).toEqual(['tối thiểu']);
    expect(targets('Chỉ tiêu: tỷ lệ 80% -> 95%; tỷ lệ <b>90%</b>').flatMap((t) => t.values.map((v) => v.qualifier))).not.toContain('trên');
  });

  it('reads a qualifier the same across a line break however the line is indented or ended', () => {
    const qualifiers = (text: string) => targets(text).map((t) => t.values[0].qualifier);
    const plain = qualifiers('2. Chỉ tiêu\n- Phấn đấu tỷ lệ kết nạp trên\n95% đảng viên.\n');
    expect(plain).toEqual(['trên']);
    expect(qualifiers('2. Chỉ tiêu\r\n- Phấn đấu tỷ lệ kết nạp trên\r\n          95% đảng viên.\r\n')).toEqual(plain);
  });

  it('reads a number after a title in quotes has closed', () => {
    expect(values('2. Chỉ tiêu\n- Thực hiện phong trào "Toàn dân đoàn kết" đạt 100% thôn.')).toEqual(['100%']);
  });

  it('takes no year before a bracket for a count whose share it holds', () => {
    expect(values('Đến năm 2030 (100%) xã có nhà văn hóa.')).toEqual(['100%']);
  });

  it('takes a share (`chiếm`) and a date’s day and month for no target', () => {
    expect(of('số tiền chậm đóng cuối kỳ chiếm 3,4% số phải thu.', 2024)).toEqual([]);
    expect(of('giao chỉ tiêu phát triển người tham gia cho các quận, huyện (trước ngày 31/01 hằng năm).', 2024)).toEqual([]);
  });
});
