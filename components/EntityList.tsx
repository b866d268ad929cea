import { useMemo, useState } from 'preact/hooks';
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
  /** Every mention in the row: a wrong recognition is wrong wherever it repeats. */
  onDismiss(entities: Entity[]): void;
}

/** One row: every mention of the same thing ('Nghị quyết số 21-NQ/TW' cited seven times). */
interface Row {
  key: string;
  kind: EntityKind;
  label: string;
  mentions: Entity[];
  folded: string;
}

function rowsOf(entities: readonly Entity[]): Row[] {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const resolve = (id: string) => byId.get(id);
  const rows = new Map<string, Row>();
  for (const entity of entities) {
    const label = describeEntity(entity, resolve);
    const key = `${entity.kind} ${label}`;
    const row = rows.get(key);
    if (row) {
      row.mentions.push(entity);
      row.folded += ` ${foldDiacritics(entity.text)}`;
    } else {
      rows.set(key, { key, kind: entity.kind, label, mentions: [entity], folded: foldDiacritics(`${label} ${entity.text}`) });
    }
  }
  return [...rows.values()];
}

/**
 * The automatic entities grouped by kind, one row per distinct canonical form,
 * in order of first mention; clicking a row shows its mentions in the page one
 * after another.
 */
export function EntityList({ entities, dismissedIds, acceptedIds, query, onReveal, onAccept, onDismiss }: Props) {
  const rows = useMemo(() => rowsOf(entities), [entities]);
  const [shownMention, setShownMention] = useState<Record<string, number>>({});
  const needle = foldDiacritics(query.trim());
  const groups = new Map<EntityKind, { row: Row; mentions: Entity[] }[]>(ENTITY_KINDS.map((kind) => [kind, []]));
  for (const row of rows) {
    const mentions = row.mentions.filter((entity) => !dismissedIds.has(entity.id));
    if (mentions.length === 0 || (needle && !row.folded.includes(needle))) continue;
    groups.get(row.kind)!.push({ row, mentions });
  }
  const shown = [...groups].filter(([, list]) => list.length > 0);
  if (shown.length === 0) return <p class="soi-muted" data-testid="entity-list-empty">{t(needle ? 'panelNoMatch' : 'panelNoEntities')}</p>;

  const reveal = (row: Row, mentions: Entity[]) => {
    const next = ((shownMention[row.key] ?? -1) + 1) % mentions.length;
    setShownMention({ ...shownMention, [row.key]: next });
    onReveal(mentions[next]);
  };
  return (
    <div class="soi-entities" data-testid="entity-list">
      {shown.map(([kind, list]) => (
        <details key={kind} class={`soi-entity-group soi-kind-${kind}`} open data-kind={kind}>
          <summary>
            {t(KIND_LABEL[kind])} <strong>{list.reduce((sum, { mentions }) => sum + mentions.length, 0)}</strong>
          </summary>
          <ul class="soi-list">
            {list.map(({ row, mentions }) => {
              const accepted = mentions.some((entity) => acceptedIds.has(entity.id));
              const current = mentions[Math.min(shownMention[row.key] ?? 0, mentions.length - 1)];
              return (
                <li key={row.key} class="soi-entity" data-entity-id={mentions[0].id}>
                  <button type="button" class="soi-entity-main" title={t('panelRevealHint')} onClick={() => reveal(row, mentions)}>
                    <span class="soi-entity-label">
                      {row.label}
                      {mentions.length > 1 && <span class="soi-entity-count">{t('panelMentions', String(mentions.length))}</span>}
                    </span>
                    {foldDiacritics(row.label) !== foldDiacritics(current.text) && <span class="soi-entity-text">“{current.text}”</span>}
                  </button>
                  <span class="soi-entity-actions">
                    {accepted ? (
                      <span class="soi-accepted" title={t('panelAccepted')} aria-label={t('panelAccepted')}>
                        ✓
                      </span>
                    ) : (
                      <button type="button" class="soi-icon-button" title={t('panelAccept')} aria-label={t('panelAccept')} onClick={() => onAccept(current)}>
                        ✓
                      </button>
                    )}
                    <button type="button" class="soi-icon-button" title={t('panelDismiss')} aria-label={t('panelDismiss')} onClick={() => onDismiss(mentions)}>
                      ✕
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        </details>
      ))}
    </div>
  );
}
