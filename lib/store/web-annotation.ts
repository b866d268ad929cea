/**
 * The library as a W3C Web Annotation collection (JSON-LD), lossless: what
 * the W3C model has a term for goes there (TextualBody with purposes
 * commenting / tagging / classifying, TextQuoteSelector and
 * TextPositionSelector), and what is Soi's own (status, origin, canonical
 * values, the documents' cards, dismissals) under the `soi:` prefix, so an
 * export read back gives the same records.
 */
import type { AnnotationKind, AnnotationRecord, DismissedEntityRecord, DocumentRecord } from './types';

export const SOI_NAMESPACE = 'urn:soi:ns:';
const CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { soi: SOI_NAMESPACE }] as const;

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'tagging' | 'classifying';
  value: string;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting' | 'classifying';
  created: string;
  modified: string;
  body: TextualBody[];
  target: AnnotationRecord['target'];
  'soi:documentId': string;
  'soi:status': AnnotationRecord['status'];
  'soi:origin': AnnotationRecord['origin'];
  'soi:contentHash': string;
  'soi:canonical': Record<string, string>;
}

export interface WebAnnotationCollection {
  '@context': typeof CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  generated: string;
  total: number;
  'soi:documents': DocumentRecord[];
  'soi:dismissed': DismissedEntityRecord[];
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

export interface LibraryContent {
  documents: DocumentRecord[];
  annotations: AnnotationRecord[];
  dismissed: DismissedEntityRecord[];
}

export function toWebAnnotation(record: AnnotationRecord): WebAnnotation {
  const { body } = record;
  const bodies: TextualBody[] = [{ type: 'TextualBody', purpose: 'classifying', value: body.kind }];
  if (body.note) bodies.push({ type: 'TextualBody', purpose: 'commenting', value: body.note });
  for (const tag of body.tags) bodies.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  return {
    id: record.id,
    type: 'Annotation',
    motivation: body.note ? 'commenting' : body.kind === 'note' ? 'highlighting' : 'classifying',
    created: record.created,
    modified: record.modified,
    body: bodies,
    target: record.target,
    'soi:documentId': record.documentId,
    'soi:status': record.status,
    'soi:origin': record.origin,
    'soi:contentHash': record.contentHash,
    'soi:canonical': body.canonical,
  };
}

/** The inverse of toWebAnnotation, for an item that has passed validation. */
export function fromWebAnnotation(item: WebAnnotation): AnnotationRecord {
  const kind = item.body.find((b) => b.purpose === 'classifying')?.value as AnnotationKind;
  return {
    id: item.id,
    type: 'Annotation',
    documentId: item['soi:documentId'],
    contentHash: item['soi:contentHash'],
    origin: item['soi:origin'],
    target: item.target,
    body: {
      kind,
      note: item.body.filter((b) => b.purpose === 'commenting').map((b) => b.value).join('\n'),
      tags: item.body.filter((b) => b.purpose === 'tagging').map((b) => b.value),
      canonical: item['soi:canonical'],
    },
    status: item['soi:status'],
    created: item.created,
    modified: item.modified,
  };
}

export function toWebAnnotationCollection(content: LibraryContent, now: Date, label: string): WebAnnotationCollection {
  return {
    '@context': CONTEXT,
    type: 'AnnotationCollection',
    label,
    generated: now.toISOString(),
    total: content.annotations.length,
    'soi:documents': content.documents,
    'soi:dismissed': content.dismissed,
    first: { type: 'AnnotationPage', startIndex: 0, items: content.annotations.map(toWebAnnotation) },
  };
}
