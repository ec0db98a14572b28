import { describe, expect, it } from 'vitest';
import { buildSearchDocument, MAX_DOCUMENT_WORDS, type SearchSource } from './search-document.js';

const SOURCE: SearchSource = {
  title: 'Certificates expired',
  incidentSummary: 'Checkout refused connections.',
  customerImpact: '',
  review: {
    summary: 'The renewal job failed.',
    lessons: { wentWell: ['Rollback was quick'], wentWrong: [], gotLucky: ['Low traffic'] },
    whyTrees: [
      {
        id: 't',
        question: 'Why did renewal fail?',
        answers: [
          { id: 'n', text: 'Expired token', rootCause: true, category: 'process', children: [] },
        ],
      },
    ],
    factors: [
      { category: 'tooling', description: 'No expiry monitor' },
      { category: 'process', description: 'Manual renewals' },
    ],
  },
  actionItems: [{ title: 'Automate renewal', successCriteria: 'Renewed 30 days ahead' }],
  timeline: ['Probe failed', 'Certificate replaced'],
};

describe('buildSearchDocument', () => {
  it('puts each part of the review in its field', () => {
    expect(buildSearchDocument(SOURCE).text).toEqual({
      title: 'Certificates expired',
      summary: 'Checkout refused connections.\nThe renewal job failed.',
      factors: 'No expiry monitor\nManual renewals\nWhy did renewal fail?\nExpired token',
      lessons: 'Rollback was quick\nLow traffic',
      actions: 'Automate renewal\nRenewed 30 days ahead',
      timeline: 'Probe failed\nCertificate replaced',
    });
  });

  // renew: summary 2 + factors 2 × 2 + actions 1 × 2 = 8.
  it('indexes stems and sorted, distinct factor categories', () => {
    const document = buildSearchDocument(SOURCE);
    expect(document.stems.title).toEqual(['certif', 'expir']);
    expect(document.categories).toEqual(['process', 'tooling']);
    expect(document.signature[0]).toEqual({ term: 'renew', word: 'renewal', weight: 8 });
  });

  it('cuts the timeline first so a document never holds more words than both engines can place', () => {
    const document = buildSearchDocument({
      ...SOURCE,
      timeline: ['word '.repeat(MAX_DOCUMENT_WORDS)],
    });
    const total = Object.values(document.stems).reduce((n, stems) => n + stems.length, 0);
    expect(total).toBe(MAX_DOCUMENT_WORDS);
    expect(document.stems.title).toHaveLength(2);
    expect(document.text.timeline.endsWith('word')).toBe(true);
  });
});
