import type { ComponentChildren } from 'preact';
import type { DocumentRecord } from '@/lib/store';
import { EntityCounts } from './EntityCounts';
import { vietnameseDate } from '@/lib/core/describe-entity';
import { t } from './i18n';

interface Props {
  card: DocumentRecord['card'];
  /** Shown when the document has no title of its own (e.g. the page title). */
  fallbackTitle: string;
  counts: DocumentRecord['entityCounts'];
  isPartyDocument: boolean;
  children?: ComponentChildren;
}

/** The document at a glance: type, symbol, date, place, issuer, title, entity counts. */
export function DocumentCard({ card, fallbackTitle, counts, isPartyDocument, children }: Props) {
  const fields: [string, string | undefined][] = [
    [t('cardSymbol'), card.symbol],
    [t('cardDate'), card.date && vietnameseDate(card.date)],
    [t('cardPlace'), card.place],
    [t('cardIssuer'), card.issuer],
  ];
  return (
    <article class="soi-card" data-testid="document-card">
      <span class="soi-badge">{card.type ?? (isPartyDocument ? t('cardPartyDocument') : t('cardOtherPage'))}</span>
      <h2>{card.title || fallbackTitle}</h2>
      <dl class="soi-fields">
        {fields
          .filter(([, value]) => value)
          .map(([label, value]) => [<dt key={`${label}-t`}>{label}</dt>, <dd key={`${label}-d`}>{value}</dd>])}
      </dl>
      <EntityCounts counts={counts} />
      {children}
    </article>
  );
}
