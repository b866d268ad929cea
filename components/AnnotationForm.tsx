import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnnotationBody, AnnotationKind } from '@/lib/store/types';
import { ANNOTATION_KINDS, ANNOTATION_KIND_LABEL } from './EntityCounts';
import { parseTags } from './format';
import { t } from './i18n';

interface Props {
  /** The passage being annotated, shown for context. */
  quote: string;
  /** What the form starts with: the annotation being edited, or what the reader wrote before a save failed. */
  initial?: AnnotationBody;
  /** An existing annotation is being edited (else a new one is being written). */
  editing?: boolean;
  /** Why the last save failed: shown in the form, beside the button that tries again. */
  error?: string;
  onSave(body: AnnotationBody): void;
  onCancel(): void;
}

/** What the reader says of a passage: its kind, tags and a free note. Enter in the note adds a line; Ctrl+Enter saves. */
export function AnnotationForm({ quote, initial, editing = false, error, onSave, onCancel }: Props) {
  const [kind, setKind] = useState<AnnotationKind>(initial?.kind ?? 'note');
  const [tags, setTags] = useState((initial?.tags ?? []).join(', '));
  const [note, setNote] = useState(initial?.note ?? '');
  const noteField = useRef<HTMLTextAreaElement>(null);
  useEffect(() => noteField.current?.focus(), []);

  const save = () => onSave({ kind, tags: parseTags(tags), note: note.trim(), canonical: initial?.canonical ?? {} });
  return (
    <form
      data-testid="annotation-form"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save();
      }}
    >
      <h2>{t(editing ? 'formEditTitle' : 'formNewTitle')}</h2>
      <blockquote>{quote}</blockquote>
      <fieldset>
        <legend>{t('formKind')}</legend>
        {ANNOTATION_KINDS.map((value) => (
          <label key={value}>
            <input type="radio" name="soi-kind" value={value} checked={kind === value} onChange={() => setKind(value)} />
            {t(ANNOTATION_KIND_LABEL[value])}
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span>{t('formTags')}</span>
        <input type="text" name="soi-tags" value={tags} placeholder={t('formTagsHint')} onInput={(event) => setTags(event.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t('formNote')}</span>
        <textarea ref={noteField} name="soi-note" value={note} onInput={(event) => setNote(event.currentTarget.value)} />
      </label>
      {error && (
        <p class="error" role="alert" data-testid="annotation-error">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="button" class="cancel" onClick={onCancel}>
          {t('formCancel')}
        </button>
        <button type="submit" class="save" data-testid="annotation-save">
          {t('formSave')}
        </button>
      </div>
    </form>
  );
}
