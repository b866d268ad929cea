import type { OutlineItem } from '@/lib/core/types';
import { t } from './i18n';

interface Props {
  outline: readonly OutlineItem[];
  maxLevel?: number;
  /** Given: each heading is a button that shows its section in the page. */
  onSelect?(item: OutlineItem): void;
}

/** Sections and points of the document, indented by level; long headings end in an ellipsis. */
export function DocumentOutline({ outline, maxLevel = 2, onSelect }: Props) {
  const shown = outline.filter((item) => item.level <= maxLevel);
  if (shown.length === 0) return null;
  return (
    <section class="soi-card soi-outline" data-testid="document-outline">
      <h2>{t('outlineTitle')}</h2>
      <ol>
        {shown.map((item) => {
          const heading = (
            <>
              <span class="soi-outline-label">{item.label}</span> {item.title}
            </>
          );
          return (
            <li key={item.start} class={`soi-outline-level-${item.level}`} title={`${item.label} ${item.title}`}>
              {onSelect ? (
                <button type="button" class="soi-link-button" onClick={() => onSelect(item)}>
                  {heading}
                </button>
              ) : (
                heading
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
