/**
 * Reading an export back: the whole file is validated before anything is
 * written (a broken file changes nothing), and a record already in the
 * library that is newer than the file's copy is kept, and counted, never
 * overwritten silently.
 */
import * as v from 'valibot';
import type { SoiDatabase } from './database';
import type { AnnotationRecord, DismissedEntityRecord, DocumentRecord } from './types';
import { fromWebAnnotation, type LibraryContent, type WebAnnotation } from './web-annotation';

/** Why a file cannot be imported; `problems` name the first places that are wrong. */
export class ImportError extends Error {
  constructor(
    readonly reason: 'not-json' | 'not-soi' | 'invalid',
    readonly problems: string[] = [],
  ) {
    super(`${reason}${problems.length ? `: ${problems.join('; ')}` : ''}`);
  }
}

const MAX_PROBLEMS = 5;

const isoDate = v.pipe(v.string(), v.isoTimestamp());
const nonEmpty = v.pipe(v.string(), v.minLength(1));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const entityKind = v.picklist(['reference', 'agency', 'target', 'assignment']);
const annotationKind = v.picklist(['reference', 'agency', 'target', 'assignment', 'note']);

const quoteSelector = v.object({ type: v.literal('TextQuoteSelector'), exact: nonEmpty, prefix: v.string(), suffix: v.string() });
const positionSelector = v.pipe(
  v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.check((p) => p.start <= p.end, 'start after end'),
);
const target = v.object({ source: nonEmpty, selector: v.strictTuple([quoteSelector, positionSelector]) });
const canonical = v.record(v.string(), v.string());

const textualBody = v.object({ type: v.literal('TextualBody'), purpose: v.picklist(['commenting', 'tagging', 'classifying']), value: v.string() });
const annotation = v.pipe(
  v.object({
    id: nonEmpty,
    type: v.literal('Annotation'),
    motivation: v.picklist(['commenting', 'highlighting', 'classifying']),
    created: isoDate,
    modified: isoDate,
    body: v.pipe(
      v.array(textualBody),
      v.check((bodies) => bodies.filter((b) => b.purpose === 'classifying').length === 1, 'one classifying body'),
      v.check((bodies) => bodies.every((b) => b.purpose !== 'classifying' || v.is(annotationKind, b.value)), 'unknown kind'),
    ),
    target,
    'soi:documentId': nonEmpty,
    'soi:status': v.picklist(['anchored', 'orphan']),
    'soi:origin': v.picklist(['reader', 'accepted']),
    'soi:contentHash': v.string(),
    'soi:canonical': canonical,
  }),
  v.check((item) => item.target.source === item['soi:documentId'], 'target.source differs from soi:documentId'),
);

const card = v.object({
  type: v.optional(v.string()),
  symbol: v.optional(v.string()),
  date: v.optional(v.string()),
  place: v.optional(v.string()),
  issuer: v.optional(v.string()),
  title: v.optional(v.string()),
});
const document = v.object({
  id: nonEmpty,
  url: v.string(),
  contentHash: v.string(),
  mediaType: v.picklist(['text/html', 'application/pdf', 'text/plain']),
  title: v.string(),
  card,
  isPartyDocument: v.boolean(),
  entityCounts: v.record(entityKind, v.pipe(v.number(), v.integer(), v.minValue(0))),
  citedSymbols: v.array(v.string()),
  firstSeen: isoDate,
  updated: isoDate,
});
const dismissal = v.object({ id: nonEmpty, documentId: nonEmpty, kind: entityKind, target, dismissed: isoDate });

const collection = v.object({
  type: v.literal('AnnotationCollection'),
  'soi:documents': v.optional(v.array(document), []),
  'soi:dismissed': v.optional(v.array(dismissal), []),
  first: v.object({ type: v.literal('AnnotationPage'), items: v.array(annotation) }),
});

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** The library content of an exported file, or an ImportError saying what is wrong. */
export function parseLibraryExport(text: string): LibraryContent {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ImportError('not-json');
  }
  if (typeof json !== 'object' || json === null || (json as { type?: unknown }).type !== 'AnnotationCollection') {
    throw new ImportError('not-soi');
  }
  const result = v.safeParse(collection, json);
  if (!result.success) throw new ImportError('invalid', result.issues.slice(0, MAX_PROBLEMS).map(describeIssue));
  const parsed = result.output;
  return {
    documents: parsed['soi:documents'] as DocumentRecord[],
    dismissed: parsed['soi:dismissed'] as DismissedEntityRecord[],
    annotations: parsed.first.items.map((item) => fromWebAnnotation(item as WebAnnotation)),
  };
}

export interface MergeCount {
  added: number;
  updated: number;
  /** Already in the library, unchanged or newer there: left as they are. */
  kept: number;
}

export interface ImportSummary {
  documents: MergeCount;
  annotations: MergeCount;
  dismissed: MergeCount;
}

interface MergeTable<T> {
  bulkGet(keys: string[]): Promise<(T | undefined)[]>;
  bulkPut(rows: T[]): Promise<unknown>;
}

/** Puts the rows that are new, or newer than the library's copy by `stamp`. */
async function merge<T extends { id: string }>(table: MergeTable<T>, rows: readonly T[], stamp: (row: T) => string): Promise<MergeCount> {
  const count: MergeCount = { added: 0, updated: 0, kept: 0 };
  const existing = await table.bulkGet(rows.map((row) => row.id));
  const writes: T[] = [];
  rows.forEach((row, i) => {
    const local = existing[i];
    if (!local) count.added++;
    else if (Date.parse(stamp(row)) > Date.parse(stamp(local))) count.updated++;
    else {
      count.kept++;
      return;
    }
    writes.push(row);
  });
  await table.bulkPut(writes);
  return count;
}

/** Writes what is new or newer; keeps what the library holds that is as new or newer. One transaction: all or nothing. */
export async function importLibrary(db: SoiDatabase, content: LibraryContent): Promise<ImportSummary> {
  return db.transaction('rw', db.documents, db.annotations, db.dismissedEntities, async () => ({
    documents: await merge<DocumentRecord>(db.documents, content.documents, (row) => row.updated),
    annotations: await merge<AnnotationRecord>(db.annotations, content.annotations, (row) => row.modified),
    dismissed: await merge<DismissedEntityRecord>(db.dismissedEntities, content.dismissed, (row) => row.dismissed),
  }));
}
