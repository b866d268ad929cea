import { describe, expect, it } from 'vitest';
import { recognizeAgencies } from '../../lib/core/agencies';
import { recognizeAssignments } from '../../lib/core/assignments';
import { foldText } from '../../lib/core/normalize';

const assignments = (text: string) => {
  const folded = foldText(text);
  return recognizeAssignments(folded, recognizeAgencies(folded));
};
const brief = (text: string) => assignments(text).map((a) => [a.agency, a.role, a.task, a.deadline]);

const SECTION = 'III. TỔ CHỨC THỰC HIỆN\n\n';

describe('recognizeAssignments: agency + role verb', () => {
  it.each([
    [
      SECTION + '1. Ban Thường vụ Đảng ủy lãnh đạo, chỉ đạo triển khai thực hiện Kế hoạch này.',
      [['Ban Thường vụ Đảng ủy', 'direct', 'chỉ đạo triển khai thực hiện Kế hoạch này', undefined]],
    ],
    [
      SECTION + '6. Văn phòng Đảng ủy\n- Chủ trì, phối hợp với các cơ quan liên quan tham mưu chính sách hỗ trợ (hoàn thành trong tháng 01/2026).',
      [['Văn phòng Đảng ủy', 'lead', 'phối hợp với các cơ quan liên quan tham mưu chính sách hỗ trợ (hoàn thành trong tháng 01/2026)', 'hoàn thành trong tháng 01/2026']],
    ],
    [
      SECTION + '5. Ủy ban Kiểm tra Đảng ủy\n- Tham mưu kiểm tra, giám sát chuyên đề việc thực hiện Kế hoạch này (nhiệm vụ thường xuyên).',
      [['Ủy ban Kiểm tra Đảng ủy', 'advise', 'kiểm tra, giám sát chuyên đề việc thực hiện Kế hoạch này (nhiệm vụ thường xuyên)', 'nhiệm vụ thường xuyên']],
    ],
    [
      SECTION + '3. Hội đồng nhân dân, Ủy ban nhân dân xã\nLãnh đạo, chỉ đạo các cơ quan chuyên môn triển khai thực hiện (thực hiện từ năm 2023).',
      [
        ['Hội đồng nhân dân', 'direct', 'chỉ đạo các cơ quan chuyên môn triển khai thực hiện (thực hiện từ năm 2023)', 'thực hiện từ năm 2023'],
        ['Ủy ban nhân dân', 'direct', 'chỉ đạo các cơ quan chuyên môn triển khai thực hiện (thực hiện từ năm 2023)', 'thực hiện từ năm 2023'],
      ],
    ],
    [
      SECTION + '3. Ban Tổ chức Đảng ủy Khối có trách nhiệm tổ chức thực hiện Nghị quyết.',
      [['Ban Tổ chức Đảng ủy Khối', 'implement', 'Nghị quyết', undefined]],
    ],
    // outside the implementation section only a verb right after the agency counts
    [
      'Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy tham mưu tổng kết.',
      [
        ['Ban Tổ chức Tỉnh ủy', 'lead', 'phối hợp với Văn phòng Tỉnh ủy tham mưu tổng kết', undefined],
        ['Văn phòng Tỉnh ủy', 'coordinate', undefined, undefined],
      ],
    ],
    ['Theo hướng dẫn của Ban Tổ chức Tỉnh ủy, các chi bộ thực hiện.', []],
  ])('%j', (input, expected) => {
    expect(brief(input)).toEqual(expected);
  });
});

describe('recognizeAssignments: labelled lines of a task', () => {
  const plan = [
    'a) Xây dựng kế hoạch phát động thi đua mô hình "chi bộ bốn tốt".',
    '',
    '- Cơ quan chỉ đạo: Ban Thường vụ Tỉnh ủy.',
    '- Cơ quan chủ trì tham mưu: Ban Tổ chức Tỉnh ủy.',
    '- Cơ quan phối hợp: Ban Tuyên giáo Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy.',
    '- Cơ quan tổ chức thực hiện: Ban thường vụ các huyện ủy, Thị ủy, Thành ủy.',
    '- Thời gian hoàn thành: Quý III/2022.',
  ].join('\n');

  it('takes the role from the label, the task from the item, the deadline from the time line', () => {
    const task = 'Xây dựng kế hoạch phát động thi đua mô hình "chi bộ bốn tốt".';
    expect(brief(plan)).toEqual([
      ['Ban Thường vụ Tỉnh ủy', 'direct', task, 'Quý III/2022'],
      ['Ban Tổ chức Tỉnh ủy', 'lead', task, 'Quý III/2022'],
      ['Ban Tuyên giáo Tỉnh ủy', 'coordinate', task, 'Quý III/2022'],
      ['Ủy ban Kiểm tra Tỉnh ủy', 'coordinate', task, 'Quý III/2022'],
      ['Huyện ủy', 'implement', task, 'Quý III/2022'],
      ['Thị ủy', 'implement', task, 'Quý III/2022'],
      ['Thành ủy', 'implement', task, 'Quý III/2022'],
    ]);
  });

  it('reads damaged labels too, with valid spans', () => {
    const source = 'b) Tong két cac mo hinh thi diém.\n\n- Co quan chi dgo: Ban Thuong vu Tinh uy.\n- Co quan phéi hop: Ban To chac Tinh ay.\n- Thoi gian thuc hién: Thuong xuyén.';
    const found = assignments(source);
    expect(found.map((a) => [a.agency, a.role, a.deadline])).toEqual([
      ['Ban Thường vụ Tỉnh ủy', 'direct', 'Thuong xuyén'],
      ['Ban Tổ chức Tỉnh ủy', 'coordinate', 'Thuong xuyén'],
    ]);
    for (const a of found) {
      expect(source.slice(a.start, a.end)).toBe(a.text);
      expect(a.id).toBe(`assignment-${a.start}-${a.end}`);
    }
  });
});
