import { useMemo } from 'preact/hooks';
import { describeEntity } from '@/lib/core/describe-entity';
import { foldDiacritics } from '@/lib/core/normalize';
import type { Entity, EntityKind } from '@/lib/core/types';
import { KIND_LABEL } from './EntityCounts';
import { ENTITY_KINDS } from './format';
import { t } from './i18n';

interface Props {
  entities: readonly Entity[];
  dismissedIds: ReadonlySet<string>;
  acceptedIds: ReadonlySet<string>;
  /** Typed by the reader; matched without diacritics or case. */
  query: string;
  onReveal(entity: Entity): void;
  onAccept(entity: Entity): void;
  onDismiss(entity: Entity): void;
}

interface Row {
  entity: Entity;
  label: string;
  folded: string;
}

/** The automatic entities grouped by kind, each with its canonical form; click one to see it in the page. */
export function EntityList({ entities, dismissedIds, acceptedIds, query, onReveal, onAccept, onDismiss }: Props) {
  const rows = useMemo(() => {
    const byId = new Map(entities.map((entity) => [entity.id, entity]));
    const resolve = (id: string) => byId.get(id);
    return entities.map((entity): Row => {
      const label = describeEntity(entity, resolve);
      return { entity, label, folded: foldDiacritics(`${label} ${entity.text}`) };
    });
  }, [entities]);
  const needle = foldDiacritics(query.trim());
  const groups = new Map<EntityKind, Row[]>(ENTITY_KINDS.map((kind) => [kind, []]));
  for (const row of rows) {
    if (dismissedIds.has(row.entity.id)) continue;
    if (needle && !row.folded.includes(needle)) continue;
    groups.get(row.entity.kind)!.push(row);
  }
  const shown = [...groups].filter(([, list]) => list.length > 0);
  if (shown.length === 0) return <p class="soi-muted" data-testid="entity-list-empty">{t(needle ? 'panelNoMatch' : 'panelNoEntities')}</p>;
  return (
    <div class="soi-entities" data-testid="entity-list">
      {shown.map(([kind, list]) => (
        <details key={kind} class={`soi-entity-group soi-kind-${kind}`} open data-kind={kind}>
          <summary>
            {t(KIND_LABEL[kind])} <strong>{list.length}</strong>
          </summary>
          <ul class="soi-list">
            {list.map(({ entity, label }) => (
              <li key={entity.id} class="soi-entity" data-entity-id={entity.id}>
                <button type="button" class="soi-entity-main" title={t('panelRevealHint')} onClick={() => onReveal(entity)}>
                  <span class="soi-entity-label">{label}</span>
                  {foldDiacritics(label) !== foldDiacritics(entity.text) && <span class="soi-entity-text">“{entity.text}”</span>}
                </button>
                <span class="soi-entity-actions">
                  {acceptedIds.has(entity.id) ? (
                    <span class="soi-accepted" title={t('panelAccepted')} aria-label={t('panelAccepted')}>
                      ✓
                    </span>
                  ) : (
                    <button type="button" class="soi-icon-button" title={t('panelAccept')} aria-label={t('panelAccept')} onClick={() => onAccept(entity)}>
                      ✓
                    </button>
                  )}
                  <button type="button" class="soi-icon-button" title={t('panelDismiss')} aria-label={t('panelDismiss')} onClick={() => onDismiss(entity)}>
                    ✕
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
