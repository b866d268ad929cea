import type { EntityKind } from '@/lib/core/types';

export const ENTITY_KINDS: readonly EntityKind[] = ['reference', 'agency', 'target', 'assignment'];

/** Tags as the reader types them: 'a, b,, c' -> ['a', 'b', 'c'], without repeats. */
export function parseTags(input: string): string[] {
  return [...new Set(input.split(/[,;]/).map((tag) => tag.trim()).filter(Boolean))];
}
