import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../lib/core/types';
import { countEntitiesByKind, documentRecordFrom, pdfSource, webPageSource } from '../../lib/store';

const analysis: Analysis = {
  document: { isPartyDocument: true, score: 0.9, type: 'Kế hoạch', symbol: '35-KH/ĐU', date: '2025-11-21', outline: [] },
  entities: [
    { id: 'r1', kind: 'reference', start: 0, end: 8, text: '35-KH/ĐU', confidence: 1, symbol: '35-KH/ĐU' },
    { id: 'r2', kind: 'reference', start: 20, end: 28, text: '21-NQ/TW', confidence: 1, symbol: '21-NQ/TW' },
    { id: 'r3', kind: 'reference', start: 40, end: 48, text: '21-NQ/TW', confidence: 1, symbol: '21-NQ/TW' },
    { id: 'a1', kind: 'agency', start: 50, end: 57, text: 'Tỉnh ủy', confidence: 1, name: 'Tỉnh ủy', level: 'province' },
  ],
};

describe('document sources', () => {
  it('drops the fragment of a web address, keeps the query', () => {
    expect(webPageSource('https://example.vn/vb?id=35#muc-2')).toBe('https://example.vn/vb?id=35');
  });
  it('names a PDF by its fingerprint', () => {
    expect(pdfSource('a1b2')).toBe('urn:pdf:a1b2');
  });
});

describe('documentRecordFrom', () => {
  it('copies the card, counts entities per kind and lists cited symbols once, without its own', () => {
    const record = documentRecordFrom(
      {
        source: 'https://example.vn/vb',
        url: 'https://example.vn/vb#top',
        title: 'Trang tin',
        mediaType: 'text/html',
        analysis,
        contentHash: '00ff',
      },
      new Date('2026-01-02T03:04:05Z'),
    );
    expect(record).toMatchObject({
      id: 'https://example.vn/vb',
      title: 'Trang tin',
      card: { type: 'Kế hoạch', symbol: '35-KH/ĐU', date: '2025-11-21' },
      entityCounts: { reference: 3, agency: 1 },
      citedSymbols: ['21-NQ/TW'],
      firstSeen: '2026-01-02T03:04:05.000Z',
      updated: '2026-01-02T03:04:05.000Z',
    });
  });
  it('counts nothing for no entities', () => {
    expect(countEntitiesByKind([])).toEqual({});
  });
});
