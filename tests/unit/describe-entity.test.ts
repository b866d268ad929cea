import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/core/analyze';
import { describeEntity, vietnameseDate } from '../../lib/core/describe-entity';
import type { Entity } from '../../lib/core/types';

const text =
  'Thực hiện Nghị quyết số 21-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về tăng cường củng cố tổ chức cơ sở đảng (gọi tắt là Nghị quyết 21).\n' +
  '(1) Hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.\n' +
  '1. Ban Tổ chức Tỉnh ủy chủ trì tham mưu sơ kết (hoàn thành trong tháng 01/2026).';

describe('describeEntity', () => {
  const { entities } = analyzeText(text);
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const resolve = (id: string) => byId.get(id);
  const first = (kind: Entity['kind'], where: (entity: Entity) => boolean = () => true) =>
    entities.find((entity) => entity.kind === kind && where(entity))!;

  it.each([
    ['a full reference', () => first('reference'), 'Nghị quyết số 21-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương khóa XIII'],
    ['a short form, through its first mention', () => first('reference', (e) => e.text === 'Nghị quyết 21'), 'Nghị quyết số 21-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương khóa XIII'],
    ['an agency', () => first('agency', (e) => e.text.startsWith('Ban Tổ chức')), 'Ban Tổ chức Tỉnh ủy'],
    ['an assignment', () => first('assignment'), 'Ban Tổ chức Tỉnh ủy chủ trì (hoàn thành trong tháng 01/2026)'],
  ])('words %s as a reader writes it', (_case, pick, expected) => {
    expect(describeEntity(pick(), resolve)).toBe(expected);
  });

  it('gives a target its qualifier, value, subject and horizon', () => {
    const target = first('target');
    expect(describeEntity(target)).toMatch(/^trên 90% .*\(hằng năm\)$/);
  });

  it('writes a range once, not its upper end again', () => {
    const [range] = analyzeText('(2) Tỷ lệ kết nạp đảng viên mới hằng năm đạt từ 3 - 4% tổng số đảng viên.').entities.filter((e) => e.kind === 'target');
    expect(describeEntity(range)).toMatch(/^từ 3 - 4% /);
    expect(describeEntity(range)).not.toMatch(/đến 4%/);
  });

  it('writes dates without leading zeros, as documents do', () => {
    expect(vietnameseDate('2017-10-03')).toBe('3/10/2017');
    expect(vietnameseDate('2025-11-21')).toBe('21/11/2025');
    expect(vietnameseDate('sai')).toBe('sai');
  });
});
