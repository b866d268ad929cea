/**
 * The clean fixture documents: every symbol reference found with its exact type
 * (F1 = 1.0), and the same entities whatever the Unicode form, tone-mark style
 * or whitespace of the text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/core/analyze';
import type { Analysis, Entity, ReferenceEntity } from '../../lib/core/types';

const DIR = join(import.meta.dirname, '../fixtures/docs');
const names = readdirSync(DIR).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, ''));

interface Expected {
  header: Record<string, string>;
  references: { line: number; docType: string; symbol: string }[];
  shortForms: { line: number; text: string; refersToSymbol: string }[];
  named: string[];
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const refs = (analysis: Analysis): ReferenceEntity[] =>
  analysis.entities.filter((e): e is ReferenceEntity => e.kind === 'reference');

/** Old-style tone placement -> new style ('hóa' -> 'hoá', 'ủy' -> 'uỷ'), both cases. */
const TONE_STYLE: [string, string][] = [];
for (const [vowel, glide] of [['a', 'o'], ['e', 'o'], ['y', 'u']] as const) {
  for (const mark of ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']) {
    for (const upper of [false, true]) {
      const g = upper ? glide.toUpperCase() : glide;
      const old = `${g}${mark}${vowel}`.normalize('NFC');
      const modern = `${g}${vowel}${mark}`.normalize('NFC');
      TONE_STYLE.push([old, modern]);
    }
  }
}

const variants: Record<string, (text: string) => string> = {
  NFD: (text) => text.normalize('NFD'),
  'tone style': (text) => TONE_STYLE.reduce((t, [old, modern]) => t.split(old).join(modern), text),
  whitespace: (text) => {
    let n = 0;
    return text
      .replace(/ /g, () => (++n % 3 === 0 ? '\u00a0' : n % 5 === 0 ? '  ' : ' '))
      .replace(/\n/g, '\r\n');
  },
};

/** Folds what a variant may legitimately change in copied text: Unicode form, tone style, spaces. */
function sameText(value: string): string {
  const nfc = value.normalize('NFC');
  return TONE_STYLE.reduce((t, [old, modern]) => t.split(modern).join(old), nfc).replace(/\s+/g, ' ');
}

function canonicalFields(analysis: Analysis): unknown {
  const byId = new Map(analysis.entities.map((e) => [e.id, e]));
  const normalise = (value: unknown): unknown => {
    if (typeof value === 'string') return sameText(value);
    if (Array.isArray(value)) return value.map(normalise);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)]));
    }
    return value;
  };
  const entity = ({ id: _id, start: _s, end: _e, text, ...rest }: Entity) => {
    const refersTo = rest.kind === 'reference' && rest.refersTo ? (byId.get(rest.refersTo) as ReferenceEntity)?.symbol : undefined;
    return normalise({ ...rest, text, ...(refersTo ? { refersTo } : {}) });
  };
  const { outline, ...document } = analysis.document;
  return {
    document: normalise(document),
    outline: outline.map(({ start: _s, end: _e, ...item }) => normalise(item)),
    entities: analysis.entities.map(entity),
  };
}

function expectValidOffsets(text: string, analysis: Analysis): void {
  let previous = 0;
  for (const entity of analysis.entities) {
    expect(entity.start).toBeGreaterThanOrEqual(previous);
    expect(entity.end).toBeGreaterThan(entity.start);
    expect(entity.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(entity.start, entity.end)).toBe(entity.text);
    previous = entity.start;
  }
  for (const item of analysis.document.outline) {
    expect(0 <= item.start && item.start < item.end && item.end <= text.length).toBe(true);
    expect(text.slice(item.start).startsWith(item.label)).toBe(true);
  }
}

describe.each(names)('fixture %s', (name) => {
  const text = readFileSync(join(DIR, `${name}.txt`), 'utf8');
  const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
  const analysis = analyzeText(text);

  it('finds every symbol reference, exactly, and nothing else (F1 = 1.0)', () => {
    const found = refs(analysis)
      .filter((r) => r.symbol)
      .map((r) => ({ line: lineOf(text, r.start), docType: r.docType, symbol: r.symbol }));
    expect(found).toEqual(expected.references);
  });

  it('links short forms and names documents without a symbol', () => {
    const all = refs(analysis);
    const byId = new Map(all.map((r) => [r.id, r]));
    const short = all
      .filter((r) => r.refersTo)
      .map((r) => ({ line: lineOf(text, r.start), text: r.text, refersToSymbol: byId.get(r.refersTo!)?.symbol }));
    expect(short).toEqual(expected.shortForms);
    expect(all.filter((r) => r.name).map((r) => r.name)).toEqual(expected.named);
  });

  it('reads the header', () => {
    expect(analysis.document).toMatchObject({ isPartyDocument: true, ...expected.header });
    expect(analysis.document.title).toBeTruthy();
    expect(analysis.document.outline.length).toBeGreaterThan(5);
  });

  it('has valid offsets', () => expectValidOffsets(text, analysis));

  it.each(Object.keys(variants))('gives the same entities on the %s variant', (variant) => {
    const changed = variants[variant](text);
    expect(changed).not.toBe(text);
    const other = analyzeText(changed);
    expectValidOffsets(changed, other);
    expect(canonicalFields(other)).toEqual(canonicalFields(analysis));
  });
});
