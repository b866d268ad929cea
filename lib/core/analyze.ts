/**
 * The core pipeline: fold once, then every recogniser reads the same folded
 * text and reports spans in the caller's original string.
 */
import { recognizeAgencies } from './agencies';
import { recognizeAssignments } from './assignments';
import { detectPartyDocument } from './detect';
import { findTypeHeading, parseHeader } from './header';
import { foldText } from './normalize';
import { parseOutline } from './outline';
import { linkIssuers, recognizeReferences } from './references';
import { recognizeTargets } from './targets';
import type { Analysis, Entity } from './types';

export function analyzeText(input: string): Analysis {
  const folded = foldText(input);
  const heading = findTypeHeading(folded);
  const agencies = recognizeAgencies(folded);
  const references = linkIssuers(recognizeReferences(folded, heading), agencies);
  const header = parseHeader(folded, heading, references);
  const year = header.date ? Number(header.date.slice(0, 4)) : undefined;
  const entities = mergeByStart([references, agencies, recognizeTargets(folded, year), recognizeAssignments(folded, agencies)]);
  return {
    document: {
      ...detectPartyDocument(folded, heading),
      ...header,
      outline: parseOutline(folded),
    },
    entities,
  };
}

const byPosition = (a: Entity, b: Entity): number => a.start - b.start || a.end - b.end;

/**
 * Recognisers report in text order, so merging their lists is linear where
 * sorting tens of thousands of entities on a large page is not; a list out of
 * order is sorted first all the same.
 */
function mergeByStart(lists: Entity[][]): Entity[] {
  let merged: Entity[] = [];
  for (const list of lists) {
    const sorted = list.every((entity, i) => i === 0 || byPosition(list[i - 1], entity) <= 0) ? list : [...list].sort(byPosition);
    const out: Entity[] = new Array(merged.length + sorted.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < merged.length && j < sorted.length) out[k++] = byPosition(merged[i], sorted[j]) <= 0 ? merged[i++] : sorted[j++];
    while (i < merged.length) out[k++] = merged[i++];
    while (j < sorted.length) out[k++] = sorted[j++];
    merged = out;
  }
  return merged;
}
