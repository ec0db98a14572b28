import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReviewDocument } from '../test-builders.js';
import { reviewToMarkdown } from './review-to-markdown.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/reviews/${name}`, import.meta.url), 'utf8');

describe('reviewToMarkdown', () => {
  it('writes the payments review exactly as the checked-in example file', () => {
    expect(reviewToMarkdown(buildReviewDocument())).toBe(fixture('inc-42.md'));
  });

  it('shows timeline times in the incident zone with the zone', () => {
    const markdown = reviewToMarkdown(buildReviewDocument());
    expect(markdown).toContain(
      '- 2026-03-12 10:15 +01:00 — [alert by Alertmanager] Checkout error rate above 5% {#ev-1}\n' +
        '- 2026-03-12 10:55:30 +01:00 — [action] Worker pool restored to 12 {#ev-2}\n',
    );
  });

  it('marks root causes with their category and nests answers under the question', () => {
    expect(reviewToMarkdown(buildReviewDocument())).toContain(
      '### Why did card payments fail? {#wt-1}\n\n' +
        '- Settlement workers stopped consuming the queue {#w1}\n' +
        '  - A config change lowered the worker pool to zero {#w2}\n' +
        '    - **root cause (process):** Config changes to workers skip the staged rollout that code changes get {#w3}\n',
    );
  });

  it('escapes text that would read as a heading, a list item or a root-cause mark', () => {
    const doc = buildReviewDocument();
    doc.review.summary = 'First line\n## Impact\n\\# kept';
    doc.review.lessons.wentWell = ['Two lines\n- not a new item', '**root cause:** joke'];
    const markdown = reviewToMarkdown(doc);
    expect(markdown).toContain('## Summary\n\nFirst line\n\\## Impact\n\\\\# kept\n');
    expect(markdown).toContain('- Two lines\n  \\- not a new item\n- \\**root cause:** joke\n');
  });

  it('writes empty sections as bare headings and omits fields that are not set', () => {
    const doc = buildReviewDocument();
    doc.timeline = [];
    doc.review.reviewers = [];
    doc.review.followUp = null;
    doc.review.meeting = { at: null, attendees: [] };
    doc.review.actionItems = [{ ...doc.review.actionItems[0]!, owner: null, dueDate: null }];
    const markdown = reviewToMarkdown(doc);
    expect(markdown).toContain('## Timeline\n\n## Why-trees');
    expect(markdown.endsWith('## Meeting\n')).toBe(true);
    expect(markdown).not.toContain('## Reviewers');
    expect(markdown).not.toContain('## Follow-up');
    expect(markdown).not.toContain('owner:');
    expect(markdown).not.toContain('due:');
  });

  it('shows every reviewer decision with when and why, and the follow-up with its answers', () => {
    const markdown = reviewToMarkdown(buildReviewDocument());
    expect(markdown).toContain(
      '- Mei Tanaka\n  - decision: changes requested\n  - at: 2026-03-15 18:45 +01:00\n' +
        '  - comment: Name who owns the staging drill.\n    The second item needs a date.\n' +
        '- Sam Okafor\n  - decision: pending\n',
    );
    expect(markdown).toContain(
      '## Follow-up\n\n- due: 2026-04-16 10:00 +02:00\n- asked: 2026-04-16 10:05 +02:00\n' +
        '- completed: 2026-04-17 15:20 +02:00 by Ana Silva\n- recurred: no\n- items:\n',
    );
    expect(markdown).toContain(
      '  - Send worker config changes through the staged rollout {#ai-2}\n' +
        '    - horizon: short\n    - verified: yes\n    - worked: too early\n',
    );
  });
});
