import type { EntityKind } from '@/lib/core/types';
import type { AnnotationKind } from '@/lib/store/types';
import { ENTITY_KINDS } from './format';
import { t, type MessageKey } from './i18n';

export const KIND_LABEL: Record<EntityKind, MessageKey> = {
  reference: 'kindReference',
  agency: 'kindAgency',
  target: 'kindTarget',
  assignment: 'kindAssignment',
};

/** What the reader may mark a passage as: a plain note first, then the kinds Soi recognises itself. */
export const ANNOTATION_KINDS: readonly AnnotationKind[] = ['note', 'target', 'agency', 'reference'];

export const ANNOTATION_KIND_LABEL: Record<AnnotationKind, MessageKey> = { ...KIND_LABEL, note: 'kindNote' };

export function EntityCounts({ counts }: { counts: Partial<Record<EntityKind, number>> }) {
  return (
    <ul class="soi-counts" aria-label={t('cardEntityCounts')}>
      {ENTITY_KINDS.map((kind) => (
        <li key={kind} class={`soi-kind-${kind}`} data-kind={kind}>
          {t(KIND_LABEL[kind])} <strong>{counts[kind] ?? 0}</strong>
        </li>
      ))}
    </ul>
  );
}
