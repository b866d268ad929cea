import type { Analysis, Entity, EntityKind } from '../core/types';
import type { DocumentRecord, DocumentSource } from './types';

/** A web page's source: its address without the fragment (which only scrolls). */
export function webPageSource(url: string): DocumentSource {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/** A PDF's source, the same wherever the file was found. */
export function pdfSource(fingerprint: string): DocumentSource {
  return `urn:pdf:${fingerprint}`;
}

export function countEntitiesByKind(entities: readonly Entity[]): Partial<Record<EntityKind, number>> {
  const counts: Partial<Record<EntityKind, number>> = {};
  for (const entity of entities) counts[entity.kind] = (counts[entity.kind] ?? 0) + 1;
  return counts;
}

export interface AnalysedDocument {
  source: DocumentSource;
  url: string;
  title: string;
  mediaType: DocumentRecord['mediaType'];
  analysis: Analysis;
  contentHash: string;
}

/** The row the library keeps for an analysed document, as of `now`. */
export function documentRecordFrom(doc: AnalysedDocument, now: Date): DocumentRecord {
  const { type, symbol, date, place, issuer, title } = doc.analysis.document;
  const cited = new Set<string>();
  for (const entity of doc.analysis.entities) {
    if (entity.kind === 'reference' && entity.symbol && entity.symbol !== symbol) cited.add(entity.symbol);
  }
  const stamp = now.toISOString();
  return {
    id: doc.source,
    url: doc.url,
    contentHash: doc.contentHash,
    mediaType: doc.mediaType,
    title: title || doc.title,
    card: { type, symbol, date, place, issuer, title },
    isPartyDocument: doc.analysis.document.isPartyDocument,
    entityCounts: countEntitiesByKind(doc.analysis.entities),
    citedSymbols: [...cited],
    firstSeen: stamp,
    updated: stamp,
  };
}
