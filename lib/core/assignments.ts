/**
 * Assignments: who is to do what, by when (DOMAIN.md §6).
 *
 * Three shapes are read, all anchored on the agencies already recognised:
 * - a labelled line, as plans list them per task:
 *   `- Cơ quan chủ trì tham mưu: Ban Tổ chức Tỉnh ủy.` (the role is in the label,
 *   the task is the item above, the deadline the `Thời gian hoàn thành:` line below);
 * - an agency followed by its role verb: `Văn phòng Ban chủ trì, phối hợp với ...`,
 *   `1. Ban Thường vụ Đảng ủy lãnh đạo, chỉ đạo triển khai ...` (in the
 *   implementation section the verb may follow on the next line of the item);
 * - `phối hợp với <agency>`: that agency coordinates.
 * Deadlines come from a bracket in the item (`(hoàn thành trong tháng 01/2026)`,
 * `(nhiệm vụ thường xuyên)`, `(thực hiện từ năm 2023)`) or a `Thời gian ...:` line.
 */
import type { FoldedText } from './normalize';
import { cleanText, originalSpan } from './normalize';
import type { Tokens } from './gazetteer';
import { SyllableReader, TokenReadings, phraseIds, tokenize } from './gazetteer';
import type { AgencyEntity, AssignmentEntity, AssignmentRole } from './types';

/** Role verbs, longest first so `tổ chức thực hiện` wins over `thực hiện`. */
const ROLE_VERBS: [number[], AssignmentRole][] = [
  [phraseIds('tổ chức thực hiện'), 'implement'],
  [phraseIds('chủ trì'), 'lead'],
  [phraseIds('phối hợp'), 'coordinate'],
  [phraseIds('tham mưu'), 'advise'],
  [phraseIds('chỉ đạo'), 'direct'],
  [phraseIds('lãnh đạo'), 'direct'],
  [phraseIds('thực hiện'), 'implement'],
  [phraseIds('triển khai'), 'implement'],
];
/** The verbs' phrases alone, in the same order, for `firstPhraseAt`. */
const ROLE_VERB_PHRASES = ROLE_VERBS.map(([ids]) => ids);
/** In a label, the strongest role named wins: `chủ trì tham mưu` is lead. */
const ROLE_RANK: AssignmentRole[] = ['lead', 'advise', 'coordinate', 'direct', 'implement'];
const AGENCY_LABEL = phraseIds('cơ quan');
const TIME_LABEL = phraseIds('thời gian');
const COORDINATE_WITH = phraseIds('phối hợp với');
const IMPLEMENTATION = phraseIds('tổ chức thực hiện');
const RECIPIENTS = phraseIds('nơi nhận');
/** Words that may stand between an agency and its verb: `có trách nhiệm`, `chịu trách nhiệm`, `và`. */
const LINKING = ['và', 'có', 'chịu', 'trách', 'nhiệm'].map((w) => phraseIds(w)[0]);
const DEADLINE_WORDS = ['hoàn thành', 'thường xuyên', 'từ năm', 'trong tháng', 'trong quý', 'hằng năm', 'hàng năm', 'định kỳ'].map(phraseIds);

const READER = new SyllableReader(
  [...ROLE_VERB_PHRASES, AGENCY_LABEL, TIME_LABEL, COORDINATE_WITH, IMPLEMENTATION, RECIPIENTS, LINKING, ...DEADLINE_WORDS].flat(),
);
/** How far past an agency its verb may be looked for, in tokens. */
const VERB_REACH = 14;
/** How far back from an agency the label of its line may start, in tokens. */
const LABEL_REACH = 60;
const TASK_LENGTH = 200;
const TASK_TOKENS = 60;

interface AgencyAt {
  agency: AgencyEntity;
  first: number;
  last: number;
}

export function recognizeAssignments(folded: FoldedText, agencies: AgencyEntity[]): AssignmentEntity[] {
  if (agencies.length === 0) return [];
  const tokens = tokenize(folded);
  const readings = new TokenReadings(tokens, READER);
  const placed: AgencyAt[] = [];
  for (const agency of agencies) {
    const at = placeAgency(folded, tokens, agency, placed.length ? placed[placed.length - 1].first : 0);
    if (at) placed.push(at);
  }
  /** 1 where a token is part of an agency. */
  const inAgency = new Uint8Array(tokens.count);
  for (const a of placed) inAgency.fill(1, a.first, a.last + 1);
  const implementation = implementationSections(readings);

  const out: AssignmentEntity[] = [];
  const seen = new Set<string>();
  const emit = (a: AgencyAt, role: AssignmentRole, spanFirst: number, spanLast: number, task?: string, deadline?: string) => {
    const { start, end } = originalSpan(folded, tokens.start[spanFirst], tokens.endOf(spanLast));
    const id = `assignment-${start}-${end}`;
    if (seen.has(id)) return;
    seen.add(id);
    const entity: AssignmentEntity = { id, kind: 'assignment', start, end, text: folded.source.slice(start, end), confidence: 0.7, agency: a.agency.name, role };
    // the optional fields last, as they were (set, not spread: a spread takes a slow path for every entity)
    if (task) entity.task = task;
    if (deadline) entity.deadline = deadline;
    out.push(entity);
  };

  // the agencies of one labelled line share its task and deadline
  const itemOfLine = new Map<number, { task?: string; deadline?: string }>();
  let section = 0; // agencies come in text order, so the current section only moves forward
  for (const a of placed) {
    const labelled = labelRole(readings, a.first);
    if (labelled) {
      let item = itemOfLine.get(labelled.lineStart);
      if (!item) itemOfLine.set(labelled.lineStart, (item = { task: taskAbove(readings, labelled.lineStart), deadline: deadlineBelow(readings, a.last) }));
      emit(a, labelled.role, a.first, a.last, item.task, item.deadline);
      continue;
    }
    if (isCoordinatedWith(readings, a.first)) {
      emit(a, 'coordinate', a.first - COORDINATE_WITH.length, a.last);
      continue;
    }
    while (section < implementation.length && implementation[section][1] < a.first) section++;
    const inImplementation = section < implementation.length && implementation[section][0] <= a.first;
    const verb = roleVerbAfter(readings, a, inAgency, inImplementation ? VERB_REACH : 0);
    if (!verb) continue;
    const clauseEnd = clauseEndFrom(tokens, verb.last + 1);
    emit(a, verb.role, a.first, Math.max(verb.last, clauseEnd), textOf(folded, tokens, verb.last + 1, clauseEnd), deadlineIn(readings, verb.last + 1));
  }
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}

/** Token range of an agency entity, found from its original offsets; `hint` is a token at or before it, if known. */
function placeAgency(folded: FoldedText, tokens: Tokens, agency: AgencyEntity, hint: number): AgencyAt | undefined {
  const first = tokenAtOriginal(folded, tokens, agency.start, hint);
  let last = first;
  while (last + 1 < tokens.count && folded.originalIndex(tokens.start[last + 1]) < agency.end) last++;
  return first < tokens.count && folded.originalIndex(tokens.start[first]) === agency.start ? { agency, first, last } : undefined;
}

/** How far `tokenAtOriginal` walks before it searches. */
const WALK = 256;

/**
 * First token whose original start is at or after `offset`. Agencies come in
 * text order, so the search walks forward from the previous one's token
 * (`hint`): over a page that reads the token columns about once, in order,
 * where a binary search per agency jumps about arrays far larger than the
 * CPU caches on a large page. Past a short walk, or with a hint past the
 * answer, it is a binary search.
 */
function tokenAtOriginal(folded: FoldedText, tokens: Tokens, offset: number, hint: number): number {
  let lo = 0;
  let hi = tokens.count;
  if (hint < hi && originalStart(folded, tokens, hint) < offset) {
    lo = hint + 1;
    for (const stop = Math.min(hi, lo + WALK); lo < stop; lo++) if (originalStart(folded, tokens, lo) >= offset) return lo;
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (originalStart(folded, tokens, mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where token k starts in the original text. A function of the module, not a
 * closure made in `tokenAtOriginal`: that runs once per agency, and a closure
 * made per call is an allocation each time (and, where the build keeps
 * function names, a `defineProperty` call as well).
 */
function originalStart(folded: FoldedText, tokens: Tokens, k: number): number {
  return folded.originalIndex(tokens.start[k]);
}

/** Token ranges of the `Tổ chức thực hiện` sections: from the heading to `Nơi nhận` or the end. */
function implementationSections(readings: TokenReadings): [number, number][] {
  const { tokens } = readings;
  const sections: [number, number][] = [];
  let open = -1;
  for (let k = 0; k < tokens.count; k = tokens.nextLineStart(k + 1)) {
    // headings and `Nơi nhận` begin a line with a capital: other lines are passed over cheaply
    if (!(tokens.isPunctuation(k) || tokens.isDigits(k) || tokens.capital(k))) continue;
    if (open < 0) {
      const w = afterNumbering(tokens, k);
      if (tokens.capital(w) && readings.phraseAt(w, IMPLEMENTATION) >= 0) open = k;
    } else if (readings.phraseAt(k, RECIPIENTS) >= 0) {
      sections.push([open, k - 1]);
      open = -1;
    }
  }
  if (open >= 0) sections.push([open, tokens.count - 1]);
  return sections;
}

/** Skip a heading number (`III.`, `C.`, `4.`) at the start of a line. */
function afterNumbering(tokens: Tokens, k: number): number {
  let w = k;
  while (w + 1 < tokens.count && (w === k || !tokens.newlineBefore(w)) && tokens.length(w) <= 4 && tokens.isChar(w + 1, '.') && tokens.glued(w + 1)) w += 2;
  return w;
}

/** `- Cơ quan chủ trì tham mưu: <agency>`: the role named by the label of the agency's line. */
function labelRole(readings: TokenReadings, first: number): { role: AssignmentRole; lineStart: number } | undefined {
  const { tokens } = readings;
  // a label and the agencies listed after it fit in a few dozen tokens; a longer line is prose
  const lineStart = tokens.lineStartWithin(first - 1, Math.max(0, first - LABEL_REACH));
  if (lineStart < 0) return undefined;
  // the label's words first: one look at the line's start, where most lines begin with no label
  let labelStart = lineStart;
  if (tokens.isChar(labelStart, '-') || tokens.isChar(labelStart, '+')) labelStart++;
  if (readings.phraseAt(labelStart, AGENCY_LABEL) < 0) return undefined;
  let colon = first - 1;
  while (colon >= lineStart && !tokens.isChar(colon, ':')) colon--;
  if (colon < lineStart) return undefined;
  const roles = new Set<AssignmentRole>();
  for (let j = labelStart + AGENCY_LABEL.length; j < colon; j++) {
    // the label is a closed context, so a more damaged reading is still safe (`chi dgo` = chỉ đạo)
    const verb = readings.firstPhraseAt(j, ROLE_VERB_PHRASES, 2);
    if (verb >= 0) roles.add(ROLE_VERBS[verb][1]);
  }
  const role = ROLE_RANK.find((r) => roles.has(r));
  return role ? { role, lineStart } : undefined;
}

function isCoordinatedWith(readings: TokenReadings, first: number): boolean {
  return readings.phraseEndsAt(first - 1, COORDINATE_WITH);
}

/** The role verb after an agency: right after it, or (reach > 0) past other agencies and linking words. */
function roleVerbAfter(
  readings: TokenReadings,
  a: AgencyAt,
  inAgency: Uint8Array,
  reach: number,
): { role: AssignmentRole; last: number } | undefined {
  const { tokens } = readings;
  for (let k = a.last + 1; k <= a.last + 1 + reach && k < tokens.count; k++) {
    const verb = mayStartVerb(readings, k) ? readings.firstPhraseAt(k, ROLE_VERB_PHRASES) : -1;
    if (verb >= 0) return { role: ROLE_VERBS[verb][1], last: k + ROLE_VERB_PHRASES[verb].length - 1 };
    const skippable =
      inAgency[k] === 1 ||
      tokens.isChar(k, ',') ||
      tokens.isChar(k, '-') ||
      readings.readsAsAny(k, LINKING, 1);
    if (!skippable) return undefined;
  }
  return undefined;
}

const VERB_STARTS = new Set(ROLE_VERB_PHRASES.map((ids) => ids[0]));

/** Cheap pre-test: a role verb can begin at token k only if one of its readings is a verb's first word. */
function mayStartVerb(readings: TokenReadings, k: number): boolean {
  for (const r of readings.at(k)) if (VERB_STARTS.has(r.ids[0])) return true;
  return false;
}

/** Last token of the clause starting at k: up to `;`, a sentence stop, or a new list item. */
function clauseEndFrom(tokens: Tokens, k: number): number {
  let j = k;
  // a task is read for display, so a run-on clause is cut rather than scanned to its end
  for (const limit = Math.min(tokens.count, k + TASK_TOKENS); j < limit; j++) {
    if (tokens.isChar(j, ';') || (tokens.isChar(j, '.') && !tokens.glued(j + 1))) return Math.max(k, j - 1);
    if (j > k && tokens.newlineBefore(j) && (tokens.isChar(j, '-') || tokens.isChar(j, '+'))) return j - 1;
  }
  return j - 1;
}

function textOf(folded: FoldedText, tokens: Tokens, first: number, last: number): string | undefined {
  if (first > last || first >= tokens.count) return undefined;
  while (first <= last && (tokens.isChar(first, ',') || tokens.isChar(first, ':'))) first++;
  if (first > last) return undefined;
  const { start, end } = originalSpan(folded, tokens.start[first], tokens.endOf(last));
  // cut before cleaning: a task is shown, not parsed, and a long item must not cost more than a short one
  const text = cleanText(folded.source.slice(start, Math.min(end, start + TASK_LENGTH + 20)));
  return text ? text.slice(0, TASK_LENGTH) : undefined;
}

/** The task item a labelled line belongs to: from the item marker above (`a)`, `2.1.3.`) to the first label line. */
function taskAbove(readings: TokenReadings, lineStart: number): string | undefined {
  const { tokens } = readings;
  let firstLabel = lineStart;
  // line by line upwards, within 400 tokens
  const floor = Math.max(0, lineStart - 399);
  for (let k = tokens.lineStartWithin(lineStart - 1, floor); k >= 0; k = tokens.lineStartWithin(k - 1, floor)) {
    if (tokens.isChar(k, '-') || tokens.isChar(k, '+')) {
      if (readings.phraseAt(k + 1, AGENCY_LABEL) >= 0 || readings.phraseAt(k + 1, TIME_LABEL) >= 0) firstLabel = k;
      continue;
    }
    const body = itemBody(tokens, k);
    if (body < 0) continue;
    return textOf(tokens.folded, tokens, body, firstLabel - 1);
  }
  return undefined;
}

/** First token after an item marker starting at k (`a)`, `2.1.3.`, `(1)`), or -1. */
function itemBody(tokens: Tokens, k: number): number {
  if (tokens.isChar(k, '(') && tokens.isChar(k + 2, ')')) return k + 3;
  let w = k;
  while (w + 1 < tokens.count && tokens.length(w) <= 3 && !tokens.isChar(w, '-') && (tokens.isChar(w + 1, '.') || tokens.isChar(w + 1, ')')) && tokens.glued(w + 1)) {
    w += 2;
    if (!tokens.isDigits(w) || tokens.newlineBefore(w)) break;
  }
  return w > k ? w : -1;
}

/** `- Thời gian hoàn thành: Quý III/2022` within the next lines of the same item. */
function deadlineBelow(readings: TokenReadings, from: number): string | undefined {
  const { tokens } = readings;
  for (let k = tokens.nextLineStart(from + 1), lines = 0; k < tokens.count && lines < 8; k = tokens.nextLineStart(k + 1)) {
    lines++;
    if (!tokens.isChar(k, '-') && !tokens.isChar(k, '+')) {
      if (itemBody(tokens, k) >= 0) return undefined; // the next item begins
      continue; // a label line continued
    }
    const label = k + 1;
    if (readings.phraseAt(label, TIME_LABEL) < 0) {
      if (readings.phraseAt(label, AGENCY_LABEL) >= 0) continue;
      return undefined;
    }
    let colon = label;
    while (colon < tokens.count && !tokens.isChar(colon, ':') && !tokens.newlineBefore(colon + 1)) colon++;
    let end = colon + 1;
    if (end + 1 < tokens.count) end = tokens.nextLineStart(end + 1) - 1;
    return textOf(tokens.folded, tokens, colon + 1, end)?.replace(/\.$/, '');
  }
  return undefined;
}

/** A bracket holding a deadline (`(hoàn thành trong tháng 01/2026)`) in the rest of the item. */
function deadlineIn(readings: TokenReadings, from: number): string | undefined {
  const { tokens } = readings;
  for (let k = from; k < tokens.count && k < from + 120; k++) {
    if (k > from && tokens.newlineBefore(k) && (tokens.isChar(k, '-') || tokens.isChar(k, '+') || tokens.isDigits(k))) return undefined;
    if (!tokens.isChar(k, '(')) continue;
    let close = k + 1;
    while (close < tokens.count && close < k + 30 && !tokens.isChar(close, ')')) close++;
    if (!tokens.isChar(close, ')')) continue;
    for (let j = k + 1; j < close; j++) {
      if (readings.firstPhraseAt(j, DEADLINE_WORDS) >= 0) return textOf(tokens.folded, tokens, k + 1, close - 1);
    }
  }
  return undefined;
}
