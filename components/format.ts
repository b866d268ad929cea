import type { EntityKind } from '@/lib/core/types';

export const ENTITY_KINDS: readonly EntityKind[] = ['reference', 'agency', 'target', 'assignment'];

/** ISO yyyy-mm-dd as Vietnamese readers write it: dd/mm/yyyy. */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return day && month && year ? `${day}/${month}/${year}` : iso;
}
