import { placeBeside, type Anchor } from './placement';
import { t } from './i18n';

interface Props {
  at: Anchor;
  class: string;
  testId: string;
  onClick(): void;
}

/** The small button beside the reader's selection that opens the annotation form. */
export function AnnotateButton({ at, class: className, testId, onClick }: Props) {
  return (
    <button
      type="button"
      class={className}
      data-testid={testId}
      style={placeBeside(at, 110, 30)}
      // Pressing the button must not clear the reader's selection.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      ✎ {t('pageAnnotateButton')}
    </button>
  );
}
