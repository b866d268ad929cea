/**
 * Shapes of everything Soi keeps in IndexedDB. Annotations follow the W3C Web
 * Annotation Data Model (https://www.w3.org/TR/annotation-model/) closely
 * enough that the JSON-LD export is a field-by-field mapping, not a rewrite.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../anchor/selectors';
import type { Analysis, EntityKind } from '../core/types';

/**
 * A document is identified by where it comes from: the canonical URL of a web
 * page, or `urn:pdf:<fingerprint>` for a PDF wherever it was downloaded from.
 */
export type DocumentSource = string;

export interface DocumentRecord {
  /** The DocumentSource; one row per document, whatever its text became. */
  id: DocumentSource;
  /** The address the reader saw it at (may differ from the canonical one). */
  url: string;
  /** contentHash() of the analysed text at the latest visit. */
  contentHash: string;
  mediaType: 'text/html' | 'application/pdf' | 'text/plain';
  title: string;
  /** The card fields, copied from Analysis.document at the latest visit. */
  card: Pick<Analysis['document'], 'type' | 'symbol' | 'date' | 'place' | 'issuer' | 'title'>;
  isPartyDocument: boolean;
  /** Entity counts per kind at the latest visit, for the library list. */
  entityCounts: Partial<Record<EntityKind, number>>;
  /** Canonical symbols this document cites: the library's citation graph. */
  citedSymbols: string[];
  firstSeen: string;
  /** ISO timestamps; the library lists by this, newest first. */
  updated: string;
}

/**
 * The W3C selector shapes are lib/anchor's, which makes and matches them; a
 * TextPositionSelector counts UTF-16 offsets into the analysed text (for
 * PDFs: of the whole document).
 */
export type { TextPositionSelector, TextQuoteSelector } from '../anchor/selectors';
export interface AnnotationTarget {
  source: DocumentSource;
  selector: [TextQuoteSelector, TextPositionSelector];
}

/** What the reader says the passage is; 'note' is a plain comment. */
export type AnnotationKind = EntityKind | 'note';

export interface AnnotationBody {
  kind: AnnotationKind;
  tags: string[];
  note: string;
  /** Canonical values (e.g. symbol, docType, agency name) when the reader or an accepted entity gave them. */
  canonical: Record<string, string>;
}

export type AnnotationStatus = 'anchored' | 'orphan';

export interface AnnotationRecord {
  /** `urn:uuid:...`, stable across export and import. */
  id: string;
  type: 'Annotation';
  /** The document this belongs to (same as target.source), indexed for lookups. */
  documentId: DocumentSource;
  /** contentHash of the text the selectors were taken from: positions are trusted only while it matches. */
  contentHash: string;
  /** 'reader' for a selection the reader marked, 'accepted' for an automatic entity the reader confirmed. */
  origin: 'reader' | 'accepted';
  target: AnnotationTarget;
  body: AnnotationBody;
  /** Where the last re-anchoring left it; orphans are kept and listed, never deleted. */
  status: AnnotationStatus;
  created: string;
  modified: string;
}

/** An automatic entity the reader dismissed: hidden on every later visit. */
export interface DismissedEntityRecord {
  /** `${documentId} ${kind} ${start}:${exact}`, so dismissing twice is idempotent. */
  id: string;
  documentId: DocumentSource;
  kind: EntityKind;
  target: AnnotationTarget;
  dismissed: string;
}

export interface Settings {
  /** Which kinds of automatic highlight are painted. */
  highlightKinds: Record<EntityKind, boolean>;
  /** Open PDF links and tabs in Soi's own viewer without asking. */
  openPdfsInSoi: boolean;
}

export interface SettingRecord<K extends keyof Settings = keyof Settings> {
  key: K;
  value: Settings[K];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  highlightKinds: { reference: true, agency: true, target: true, assignment: true },
  openPdfsInSoi: false,
};
