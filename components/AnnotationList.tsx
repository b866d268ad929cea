import { useState } from 'preact/hooks';
import type { AnnotationBody, AnnotationRecord } from '@/lib/store/types';
import { AnnotationForm } from './AnnotationForm';
import { ANNOTATION_KIND_LABEL } from './EntityCounts';
import { t } from './i18n';

interface Props {
  annotations: readonly AnnotationRecord[];
  onReveal(record: AnnotationRecord): void;
  onEdit(record: AnnotationRecord, body: AnnotationBody): void;
  onDelete(record: AnnotationRecord): void;
}

/** The reader's annotations of this document: those placed on the page, then the orphans, kept with their text. */
export function AnnotationList({ annotations, onReveal, onEdit, onDelete }: Props) {
  const placed = annotations.filter((record) => record.status === 'anchored');
  const orphans = annotations.filter((record) => record.status === 'orphan');
  return (
    <section class="soi-card soi-annotations" data-testid="annotation-list">
      <h2>
        {t('panelAnnotationsTitle')} <strong>{annotations.length}</strong>
      </h2>
      {annotations.length === 0 && <p class="soi-muted">{t('panelAnnotationsEmpty')}</p>}
      <ul class="soi-list">
        {placed.map((record) => (
          <AnnotationItem key={record.id} record={record} onReveal={onReveal} onEdit={onEdit} onDelete={onDelete} />
        ))}
      </ul>
      {orphans.length > 0 && (
        <div class="soi-orphans" data-testid="orphan-list">
          <h3>
            {t('panelOrphansTitle')} <strong>{orphans.length}</strong>
          </h3>
          <p class="soi-muted">{t('panelOrphansBody')}</p>
          <ul class="soi-list">
            {orphans.map((record) => (
              <AnnotationItem key={record.id} record={record} onEdit={onEdit} onDelete={onDelete} />
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function AnnotationItem({ record, onReveal, onEdit, onDelete }: { record: AnnotationRecord } & Omit<Props, 'annotations' | 'onReveal'> & { onReveal?: Props['onReveal'] }) {
  const [editing, setEditing] = useState(false);
  const { body } = record;
  const quote = record.target.selector[0].exact;
  if (editing) {
    return (
      <li class="soi-annotation soi-annotation-editing">
        <AnnotationForm
          quote={quote}
          initial={body}
          editing
          onSave={(next) => {
            setEditing(false);
            onEdit(record, next);
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li class={`soi-annotation soi-kind-${body.kind}`} data-annotation-id={record.id} data-status={record.status}>
      <button type="button" class="soi-entity-main" disabled={!onReveal} title={onReveal ? t('panelRevealHint') : undefined} onClick={() => onReveal?.(record)}>
        <span class="soi-annotation-kind">{t(ANNOTATION_KIND_LABEL[body.kind])}</span>
        <q class="soi-annotation-quote">{quote}</q>
        {body.note && <span class="soi-annotation-note">{body.note}</span>}
        {body.canonical.label && <span class="soi-muted">{body.canonical.label}</span>}
      </button>
      {body.tags.length > 0 && (
        <ul class="soi-tags">
          {body.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      <span class="soi-annotation-actions">
        <button type="button" class="soi-link-button" onClick={() => setEditing(true)}>
          {t('panelEdit')}
        </button>
        <button
          type="button"
          class="soi-link-button"
          onClick={() => {
            if (confirm(t('panelDeleteConfirm'))) onDelete(record);
          }}
        >
          {t('panelDelete')}
        </button>
      </span>
    </li>
  );
}
