import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReviewDocument } from '../test-builders.js';
import { reviewFromMarkdown } from './review-from-markdown.js';
import { reviewToMarkdown } from './review-to-markdown.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/reviews/${name}`, import.meta.url), 'utf8');

/** The example file with `from` replaced by `to` (exactly once). */
function edited(from: string, to: string): string {
  const text = fixture('inc-42.md');
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
}

describe('reviewFromMarkdown', () => {
  it('reads the example file back into the document it was written from', () => {
    expect(reviewFromMarkdown(fixture('inc-42.md'))).toEqual({ document: buildReviewDocument() });
  });

  it('reads Windows line endings like Unix ones', () => {
    const crlf = fixture('inc-42.md').replace(/\n/g, '\r\n');
    expect(reviewFromMarkdown(crlf)).toEqual({ document: buildReviewDocument() });
  });

  it('reads a hand-written file: new ids, local times, wrapped lines and defaults', () => {
    const result = reviewFromMarkdown(fixture('hand-written.md'));
    if (!('document' in result)) throw new Error(JSON.stringify(result.problems));
    const { incident, review, timeline } = result.document;
    expect(incident.milestones.detected).toBeNull();
    expect(incident.milestones.resolved).toBe('2026-05-04T09:10:00.000Z');
    expect(timeline).toEqual([
      {
        id: 'ev-1',
        at: '2026-05-04T07:40:00.000Z',
        kind: 'alert',
        actor: null,
        text: 'Index lag above 10 minutes',
      },
      {
        id: 'ev-2',
        at: '2026-05-04T08:05:00.000Z',
        kind: 'action',
        actor: 'Lena Vogel',
        text: 'Restarted the indexer;\nlag started to fall',
      },
    ]);
    expect(review.whyTrees).toEqual([
      {
        id: 'wt-1',
        question: 'Why did results go stale?',
        answers: [
          {
            id: 'w-1',
            text: 'The indexer stalled on one oversized document',
            rootCause: false,
            category: null,
            children: [
              {
                id: 'w-2',
                text: 'Document size had no upper bound at ingest',
                rootCause: true,
                category: 'technical',
                children: [],
              },
            ],
          },
        ],
      },
    ]);
    expect(review.factors[0]).toMatchObject({
      id: 'cf-1',
      actionItemIds: ['ai-1'],
      whyNodeIds: ['w-2'],
    });
    expect(review.actionItems[0]).toMatchObject({
      id: 'ai-1',
      title: 'Reject documents over 5 MB at ingest',
      dueDate: '2026-05-20',
      status: 'open',
      impact: 3,
      effort: 3,
    });
    expect(review.impact).toMatchObject({ usersAffected: null, currency: 'EUR', notes: '' });
    expect(review.summary).toBe(
      'The indexer stopped picking up new documents for ninety minutes.\nReaders saw results from before 09:40 local time.',
    );
  });

  it('exports a hand-written file in the canonical form, which then re-exports to itself', () => {
    const first = reviewFromMarkdown(fixture('hand-written.md'));
    if (!('document' in first)) throw new Error('the hand-written example should import');
    const canonical = reviewToMarkdown(first.document);
    expect(canonical).toContain(
      '- 2026-05-04 10:05 +02:00 — [action by Lena Vogel] Restarted the indexer;\n  lag started to fall {#ev-2}\n',
    );
    const second = reviewFromMarkdown(canonical);
    expect('document' in second && reviewToMarkdown(second.document)).toBe(canonical);
  });

  it.each([
    [
      '  - due: 2026-03-19',
      '  - due: next sprint',
      80,
      'due: must be a date (YYYY-MM-DD), got "next sprint"',
    ],
    [
      '\n  - horizon: immediate',
      '\n  - horizon: someday',
      81,
      'horizon: must be one of immediate, short, long, got "someday"',
    ],
    [
      '  - status: open\n  - impact: 4',
      '  - status: open\n  - impact: 9',
      84,
      'impact: must be a whole number from 1 to 5, got "9"',
    ],
    [
      '[alert by Alertmanager]',
      '[pager by Alertmanager]',
      58,
      'kind: must be one of alert, metric, impact, action, decision, communication, deploy, external, note, field_change, got "pager"',
    ],
    [
      '2026-03-12 10:15 +01:00 —',
      '2026-03-12 25:15 +01:00 —',
      58,
      'time: "2026-03-12T25:15+01:00" is not a real calendar date and time',
    ],
    [
      '## Lessons',
      '## Learnings',
      105,
      'unknown section "Learnings": use "## Summary", "## Impact", "## Timeline", "## Why-trees", "## Contributing factors", "## Action items", "## Lessons", "## Meeting", "## Reviewers", "## Follow-up"',
    ],
    [
      '  - addressed by: ai-1',
      '  - addressed by: ai-9',
      73,
      'addressed by: no action item has the id "ai-9"',
    ],
    [
      '  severity: SEV1',
      '  severity: SEV9',
      6,
      'incident.severity: must be one of SEV1, SEV2, SEV3, SEV4, got "SEV9"',
    ],
    [
      '- currency: USD',
      '- currency: dollars',
      51,
      'currency: must be a three-letter ISO 4217 code such as EUR, got "dollars"',
    ],
    [
      '  - owner: Jordan Lee',
      '  - ownr: Jordan Lee',
      79,
      'expected one of "owner:", "due:", "horizon:", "type:", "status:", "impact:", "effort:", "success:", "validation:", "won\'t do:", "done:", "verified:", "tracker:", got "ownr: Jordan Lee"',
    ],
    [
      '- when: 2026-03-13 11:00 +01:00',
      '- when: Thursday',
      117,
      'when: must be a time such as 2026-03-12 09:15 UTC, got "Thursday"',
    ],
    [
      '  - decision: approved',
      '  - decision: fine by me',
      124,
      'decision: must be one of pending, approved, changes requested, got "fine by me"',
    ],
    [
      '- recurred: no',
      '- recurred: the same thing again',
      140,
      'recurred: write no, yes, or the incidents that recurred such as "INC-50, INC-51"; "the same thing again" is not an incident key',
    ],
    [
      '    - worked: too early',
      '    - worked: probably',
      150,
      'worked: must be yes, no or too early, got "probably"',
    ],
    [
      '  - Send worker config changes through the staged rollout {#ai-2}\n    - horizon',
      '  - Send worker config changes through the staged rollout\n    - horizon',
      147,
      'items: end each item with the {#id} of the action item it asks about',
    ],
  ])('reports %j edited to %j on line %i', (from, to, line, message) => {
    expect(reviewFromMarkdown(edited(from, to))).toEqual({ problems: [{ line, message }] });
  });

  it('reports every problem of a file at once, in line order', () => {
    const text = edited('  - due: 2026-03-19', '  - due: soon').replace(
      '  severity: SEV1',
      '  severity: high',
    );
    const result = reviewFromMarkdown(text);
    expect('problems' in result && result.problems.map((p) => p.line)).toEqual([6, 80]);
  });

  it('refuses a file without front matter', () => {
    expect(reviewFromMarkdown('# Notes\n')).toEqual({
      problems: [{ line: 1, message: 'expected YAML front matter starting with "---"' }],
    });
  });

  it('reports a duplicated id', () => {
    const title = '\n- Send worker config changes through the staged rollout';
    const result = reviewFromMarkdown(edited(`${title} {#ai-2}`, `${title} {#ai-1}`));
    expect(result).toEqual({
      problems: [{ line: 89, message: 'action item id "ai-1" is used more than once' }],
    });
  });
});
