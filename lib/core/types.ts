/** The contract every consumer of the core uses (see docs in README / DESIGN). */

export type EntityKind = 'reference' | 'agency' | 'target' | 'assignment';

export interface OutlineItem {
  level: number;
  label: string;
  title: string;
  start: number;
  end: number;
}

export interface DocumentInfo {
  isPartyDocument: boolean;
  /** Detection score, 0..1. */
  score: number;
  type?: string;
  symbol?: string;
  /** ISO yyyy-mm-dd. */
  date?: string;
  place?: string;
  issuer?: string;
  title?: string;
  outline: OutlineItem[];
}

interface EntityBase {
  id: string;
  kind: EntityKind;
  /** UTF-16 offsets into the caller's original string; text === input.slice(start, end). */
  start: number;
  end: number;
  text: string;
  confidence: number;
}

export interface ReferenceEntity extends EntityBase {
  kind: 'reference';
  /** Canonical document type with Vietnamese letters: 'Nghị quyết', 'Kế hoạch', ... */
  docType?: string;
  /** Canonical symbol: '21-NQ/TW', '04/2015/NĐ-CP'. Absent for named documents. */
  symbol?: string;
  number?: string;
  typeCode?: string;
  issuerCode?: string;
  date?: string;
  issuer?: string;
  term?: string;
  subject?: string;
  /** For short forms ('Nghị quyết 21'): id of the full mention they point to. */
  refersTo?: string;
  /** For named documents without a symbol ('Điều lệ Đảng'). */
  name?: string;
}

export type AgencyLevel = 'central' | 'province' | 'district' | 'commune' | 'grassroots' | 'state' | 'other';

export interface AgencyEntity extends EntityBase {
  kind: 'agency';
  name: string;
  abbreviation?: string;
  level: AgencyLevel;
}

export interface TargetValue {
  value: number;
  /** Upper bound for ranges such as '3 - 4%'. */
  max?: number;
  unit: string;
  qualifier?: string;
}

export interface TargetEntity extends EntityBase {
  kind: 'target';
  values: TargetValue[];
  horizon?: string;
  subject?: string;
}

export type AssignmentRole = 'lead' | 'coordinate' | 'advise' | 'direct' | 'implement';

export interface AssignmentEntity extends EntityBase {
  kind: 'assignment';
  agency: string;
  role: AssignmentRole;
  task?: string;
  deadline?: string;
}

export type Entity = ReferenceEntity | AgencyEntity | TargetEntity | AssignmentEntity;

export interface Analysis {
  document: DocumentInfo;
  /** Sorted by start. */
  entities: Entity[];
}
