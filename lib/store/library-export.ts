/**
 * The library written out for people and other programs: Markdown and HTML
 * for a trainer's handout, CSV for a spreadsheet, CSL-JSON for a reference
 * manager. (The lossless, re-importable form is ./web-annotation.ts.) Words
 * come from the caller in the reader's language, so this module stays pure.
 */
import type { AnnotationKind, AnnotationRecord, DocumentRecord } from './types';
import type { LibraryContent } from './web-annotation';

export interface ExportLabels {
  heading: string;
  kind: Record<AnnotationKind, string>;
  note: string;
  tags: string;
  orphan: string;
  columns: { document: string; symbol: string; kind: string; quote: string; note: string; tags: string; status: string; created: string; url: string };
  status: Record<AnnotationRecord['status'], string>;
}

interface DocumentAnnotations {
  document: DocumentRecord | undefined;
  documentId: string;
  annotations: AnnotationRecord[];
}

/** Annotations by document, in library order, then documents known only from their annotations. */
function byDocument(content: LibraryContent): DocumentAnnotations[] {
  const groups = new Map<string, DocumentAnnotations>();
  for (const document of content.documents) groups.set(document.id, { document, documentId: document.id, annotations: [] });
  for (const annotation of content.annotations) {
    let group = groups.get(annotation.documentId);
    if (!group) groups.set(annotation.documentId, (group = { document: undefined, documentId: annotation.documentId, annotations: [] }));
    group.annotations.push(annotation);
  }
  for (const group of groups.values()) group.annotations.sort((a, b) => a.target.selector[1].start - b.target.selector[1].start);
  return [...groups.values()].filter((group) => group.annotations.length > 0);
}

function titleOf(group: DocumentAnnotations): string {
  const card = group.document?.card;
  const head = [card?.type, card?.symbol].filter(Boolean).join(' ');
  const title = card?.title || group.document?.title || group.documentId;
  return head ? `${head} — ${title}` : title;
}

function byline(group: DocumentAnnotations): string {
  const card = group.document?.card;
  return [card?.issuer, card?.place, card?.date].filter(Boolean).join(' · ');
}

const quoteOf = (annotation: AnnotationRecord): string => annotation.target.selector[0].exact.replace(/\s+/g, ' ').trim();

export function toMarkdown(content: LibraryContent, labels: ExportLabels): string {
  const lines = [`# ${labels.heading}`, ''];
  for (const group of byDocument(content)) {
    lines.push(`## ${titleOf(group)}`, '');
    const meta = [byline(group), group.document?.url].filter(Boolean).join(' · ');
    if (meta) lines.push(`_${meta}_`, '');
    for (const annotation of group.annotations) {
      const orphan = annotation.status === 'orphan' ? ` (${labels.orphan})` : '';
      lines.push(`- **${labels.kind[annotation.body.kind]}**${orphan}: > ${quoteOf(annotation)}`);
      if (annotation.body.note) lines.push(`  ${labels.note}: ${annotation.body.note.replace(/\n/g, ' ')}`);
      if (annotation.body.tags.length) lines.push(`  ${labels.tags}: ${annotation.body.tags.join(', ')}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** `colours`: each kind's highlight colour on the page, so a handout looks like the reading. */
export function toHtml(content: LibraryContent, labels: ExportLabels, colours: Readonly<Record<AnnotationKind, string>>): string {
  const sections = byDocument(content).map((group) => {
    const items = group.annotations.map((annotation) => {
      const { body } = annotation;
      const orphan = annotation.status === 'orphan' ? ` <em>(${escapeHtml(labels.orphan)})</em>` : '';
      const note = body.note ? `<p>${escapeHtml(body.note)}</p>` : '';
      const tags = body.tags.length ? `<p class="tags">${escapeHtml(labels.tags)}: ${body.tags.map(escapeHtml).join(', ')}</p>` : '';
      return `<li><strong>${escapeHtml(labels.kind[body.kind])}</strong>${orphan}<br><mark style="background:${colours[body.kind]}">${escapeHtml(quoteOf(annotation))}</mark>${note}${tags}</li>`;
    });
    const meta = byline(group);
    const link = group.document?.url ? ` · <a href="${escapeHtml(group.document.url)}">${escapeHtml(group.document.url)}</a>` : '';
    return `<section><h2>${escapeHtml(titleOf(group))}</h2><p class="meta">${escapeHtml(meta)}${link}</p><ul>${items.join('')}</ul></section>`;
  });
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(labels.heading)}</title>
<style>body{font:15px/1.5 'Noto Serif','DejaVu Serif',serif;max-width:820px;margin:24px auto;padding:0 16px;color:#1d1b1a}h1{color:#b3261e}h2{font-size:17px;border-bottom:1px solid #e4dcd6;padding-bottom:4px}.meta,.tags{color:#5f5a57;font-size:13px}li{margin:0 0 10px}mark{padding:0 2px}</style>
</head><body><h1>${escapeHtml(labels.heading)}</h1>
${sections.join('\n')}
</body></html>
`;
}

/** RFC 4180 fields; formulas are defused, since spreadsheets run a cell that starts with '='. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(content: LibraryContent, labels: ExportLabels): string {
  const c = labels.columns;
  const rows = [[c.document, c.symbol, c.kind, c.quote, c.note, c.tags, c.status, c.created, c.url]];
  for (const group of byDocument(content)) {
    for (const annotation of group.annotations) {
      rows.push([
        titleOf(group),
        group.document?.card.symbol ?? '',
        labels.kind[annotation.body.kind],
        quoteOf(annotation),
        annotation.body.note,
        annotation.body.tags.join(', '),
        labels.status[annotation.status],
        annotation.created,
        group.document?.url ?? annotation.documentId,
      ]);
    }
  }
  // The byte-order mark makes spreadsheet programs read the file as UTF-8, Vietnamese letters intact.
  return `\ufeff${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export interface CslItem {
  id: string;
  type: 'legislation';
  title: string;
  number?: string;
  genre?: string;
  authority?: string;
  'publisher-place'?: string;
  issued?: { 'date-parts': [[number, number, number]] };
  URL?: string;
}

/** The library's documents as CSL-JSON (Zotero, Mendeley and citeproc read it); Party documents cite like legislation. */
export function toCslJson(documents: readonly DocumentRecord[]): CslItem[] {
  return documents.map((document) => {
    const { card } = document;
    const item: CslItem = { id: document.id, type: 'legislation', title: card.title || document.title };
    if (card.symbol) item.number = card.symbol;
    if (card.type) item.genre = card.type;
    if (card.issuer) item.authority = card.issuer;
    if (card.place) item['publisher-place'] = card.place;
    const date = card.date?.split('-').map(Number);
    if (date?.length === 3 && date.every(Number.isFinite)) item.issued = { 'date-parts': [[date[0], date[1], date[2]]] };
    if (/^https?:/.test(document.url)) item.URL = document.url;
    return item;
  });
}
