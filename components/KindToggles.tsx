import type { EntityKind } from '@/lib/core/types';
import { KIND_LABEL } from './EntityCounts';
import { ENTITY_KINDS } from './format';
import { t } from './i18n';

interface Props {
  kinds: Record<EntityKind, boolean>;
  /** Shown next to each kind when given (the side panel's document). */
  counts?: Partial<Record<EntityKind, number>>;
  onChange(kinds: Record<EntityKind, boolean>): void;
}

/** One switch per kind of automatic highlight; the choice is the reader's setting, kept across pages. */
export function KindToggles({ kinds, counts, onChange }: Props) {
  return (
    <div class="soi-kind-toggles" role="group" aria-label={t('optionsHighlightKinds')}>
      {ENTITY_KINDS.map((kind) => (
        <label key={kind} class={`soi-kind-${kind}`}>
          <input
            type="checkbox"
            name={`highlight-${kind}`}
            checked={kinds[kind]}
            onChange={(event) => onChange({ ...kinds, [kind]: event.currentTarget.checked })}
          />
          <span class="soi-swatch" />
          {t(KIND_LABEL[kind])}
          {counts && <strong>{counts[kind] ?? 0}</strong>}
        </label>
      ))}
    </div>
  );
}
