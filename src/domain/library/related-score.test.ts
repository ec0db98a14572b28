import { describe, expect, it } from 'vitest';
import {
  type RelatedFeatures,
  rankRelatedIncidents,
  scoreRelatedIncident,
  textSimilarity,
} from './related-score.js';

function features(overrides: Partial<RelatedFeatures>): RelatedFeatures {
  return {
    key: 'INC-1',
    title: 't',
    services: [],
    tags: [],
    categories: [],
    signature: [],
    ...overrides,
  };
}

const CERT = [
  { term: 'certif', word: 'certificate', weight: 6 },
  { term: 'renew', word: 'renewal', weight: 3 },
  { term: 'edg', word: 'edge', weight: 1 },
];

describe('scoreRelatedIncident', () => {
  it('gives each shared service, category and tag as a reason, and similar text with its words', () => {
    const anchor = features({
      services: ['checkout', 'edge'],
      categories: ['process'],
      tags: ['tls'],
      signature: CERT,
    });
    const candidate = features({
      key: 'INC-2',
      services: ['checkout'],
      categories: ['process', 'tooling'],
      tags: ['tls'],
      signature: CERT.slice(0, 2),
    });
    expect(scoreRelatedIncident(anchor, candidate)).toEqual({
      key: 'INC-2',
      title: 't',
      // 0.3 × 1/2 + 0.25 × 1/2 + 0.15 × 1 + 0.3 × cosine(45 / (√46 × √45) = 0.989)
      score: 0.722,
      reasons: [
        'shares service checkout',
        'same factor category: process',
        'shares tag tls',
        'similar text: certificate, renewal',
      ],
    });
  });

  it('returns null when two incidents share nothing', () => {
    expect(
      scoreRelatedIncident(
        features({ services: ['a'] }),
        features({ key: 'INC-2', services: ['b'] }),
      ),
    ).toBeNull();
  });

  it('does not call text similar below the threshold', () => {
    const a = features({
      signature: [
        { term: 'x', word: 'x', weight: 1 },
        { term: 'y', word: 'y', weight: 20 },
      ],
    });
    const b = features({
      key: 'INC-2',
      signature: [
        { term: 'x', word: 'x', weight: 1 },
        { term: 'z', word: 'z', weight: 20 },
      ],
    });
    expect(scoreRelatedIncident(a, b)).toBeNull();
  });
});

describe('textSimilarity', () => {
  it('is 1 for identical signatures and 0 for disjoint ones', () => {
    expect(textSimilarity(CERT, CERT).cosine).toBeCloseTo(1);
    expect(textSimilarity(CERT, [{ term: 'queue', word: 'queue', weight: 2 }]).cosine).toBe(0);
  });
});

describe('rankRelatedIncidents', () => {
  it('orders by score, then by key number, skips the anchor and keeps the limit', () => {
    const anchor = features({ services: ['a', 'b'] });
    const ranked = rankRelatedIncidents(
      anchor,
      [
        features({ key: 'INC-10', services: ['a'] }),
        features({ key: 'INC-9', services: ['a'] }),
        features({ key: 'INC-3', services: ['a', 'b'] }),
        features({ key: 'INC-1', services: ['a', 'b'] }),
      ],
      2,
    );
    expect(ranked.map((r) => [r.key, r.score])).toEqual([
      ['INC-3', 0.3],
      ['INC-9', 0.15],
    ]);
  });
});
