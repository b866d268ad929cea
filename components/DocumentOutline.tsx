import type { OutlineItem } from '@/lib/core/types';
import { t } from './i18n';

/** Sections and points of the document, indented by level; long headings end in an ellipsis. */
export function DocumentOutline({ outline, maxLevel = 2 }: { outline: readonly OutlineItem[]; maxLevel?: number }) {
  const shown = outline.filter((item) => item.level <= maxLevel);
  if (shown.length === 0) return null;
  return (
    <section class="soi-card soi-outline" data-testid="document-outline">
      <h2>{t('outlineTitle')}</h2>
      <ol>
        {shown.map((item) => (
          <li key={item.start} class={`soi-outline-level-${item.level}`} title={`${item.label} ${item.title}`}>
            <span class="soi-outline-label">{item.label}</span> {item.title}
          </li>
        ))}
      </ol>
    </section>
  );
}
