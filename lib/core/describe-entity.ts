/**
 * An entity's canonical form as a reader writes it, in Vietnamese:
 * 'Nghị quyết số 21-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương',
 * 'trên 90% tổ chức đảng ... (hằng năm)'. One wording for the page tooltip,
 * the side panel and the command line, so they never disagree.
 */
import type { AssignmentRole, Entity, ReferenceEntity, TargetValue } from './types';

const ROLE_WORDS: Readonly<Record<AssignmentRole, string>> = {
  lead: 'chủ trì',
  coordinate: 'phối hợp',
  advise: 'tham mưu',
  direct: 'chỉ đạo',
  implement: 'thực hiện',
};

/** ISO yyyy-mm-dd as Vietnamese documents write it: 16/6/2022 (no leading zeros). */
export function vietnameseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return day && month && year ? `${day}/${month}/${year}` : iso;
}

function describeReference(entity: ReferenceEntity, full: ReferenceEntity): string {
  if (full.name) return full.name;
  const head = [full.docType, full.symbol ? `số ${full.symbol}` : entity.number].filter(Boolean).join(' ');
  const parts = [head];
  if (full.date) parts.push(`ngày ${vietnameseDate(full.date)}`);
  let text = parts.join(', ');
  if (full.issuer) text += ` của ${full.issuer}`;
  if (full.term) text += ` khóa ${full.term}`;
  return text;
}

function describeValue(value: TargetValue): string {
  const amount = value.max !== undefined ? `${value.value} - ${value.max}` : String(value.value);
  const unit = value.unit === '%' ? '%' : '';
  return [value.qualifier, `${amount}${unit}`].filter(Boolean).join(' ');
}

/**
 * `resolve` finds the full mention a short form ('Nghị quyết 21') points to,
 * so the short form reads as completely as its first mention.
 */
export function describeEntity(entity: Entity, resolve?: (id: string) => Entity | undefined): string {
  switch (entity.kind) {
    case 'reference': {
      const target = entity.refersTo ? resolve?.(entity.refersTo) : undefined;
      return describeReference(entity, target?.kind === 'reference' ? target : entity);
    }
    case 'agency':
      return entity.abbreviation ? `${entity.name} (${entity.abbreviation})` : entity.name;
    case 'target': {
      // A range's upper end is also listed as a value of its own (consumers reading
      // single values see both ends); written out, the range already says it.
      const values = entity.values
        .filter((value, i) => i === 0 || entity.values[i - 1].max !== value.value)
        .map(describeValue)
        .join('; ');
      const subject = entity.subject ? ` ${entity.subject}` : '';
      return `${values}${subject}${entity.horizon ? ` (${entity.horizon})` : ''}`;
    }
    case 'assignment':
      return `${entity.agency} ${ROLE_WORDS[entity.role]}${entity.deadline ? ` (${entity.deadline})` : ''}`;
  }
}
