import { describe, expect, it } from 'vitest';
import { reviewToJson } from './review-json.js';
import { buildReviewDocument } from './test-builders.js';

describe('reviewToJson', () => {
  it('writes the same text whatever order the object keys were built in', () => {
    const doc = buildReviewDocument();
    const reordered = { timeline: doc.timeline, review: doc.review, incident: doc.incident };
    expect(reviewToJson(reordered)).toBe(reviewToJson(doc));
  });

  it('sorts keys at every depth and parses back to the same document', () => {
    const doc = buildReviewDocument();
    const json = reviewToJson(doc);
    expect(json.startsWith('{\n  "incident": {\n    "customerImpact": ')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(doc);
  });
});
