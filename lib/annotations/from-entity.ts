/**
 * What an accepted automatic entity becomes in the reader's annotations: its
 * kind, and its canonical values as plain strings (the W3C body keeps them
 * for exports), so the annotation still says what was recognised after the
 * parser has changed.
 */
import { describeEntity } from '../core/describe-entity';
import type { Entity } from '../core/types';
import type { AnnotationBody } from '../store/types';

function definedStrings(fields: Record<string, string | number | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined && value !== '') out[key] = String(value);
  return out;
}

export function canonicalFieldsOf(entity: Entity, resolve?: (id: string) => Entity | undefined): Record<string, string> {
  const label = describeEntity(entity, resolve);
  switch (entity.kind) {
    case 'reference':
      return definedStrings({ label, docType: entity.docType, symbol: entity.symbol, name: entity.name, date: entity.date, issuer: entity.issuer });
    case 'agency':
      return definedStrings({ label, name: entity.name, abbreviation: entity.abbreviation, level: entity.level });
    case 'target':
      return definedStrings({ label, subject: entity.subject, horizon: entity.horizon });
    case 'assignment':
      return definedStrings({ label, agency: entity.agency, role: entity.role, deadline: entity.deadline });
  }
}

export function acceptedBodyOf(entity: Entity, resolve?: (id: string) => Entity | undefined): AnnotationBody {
  return { kind: entity.kind, tags: [], note: '', canonical: canonicalFieldsOf(entity, resolve) };
}
