import { describe, expect, it } from 'vitest';
import type { Instant } from '../instant.js';
import type { FollowUp } from './follow-up.js';
import { composeFollowUpEmail } from './follow-up-email.js';
import { buildActionItem } from './test-builders.js';

const followUp: FollowUp = {
  dueAt: '2026-04-11T09:00:00.000Z' as Instant,
  items: [
    { actionItemId: 'a1', title: 'Alert on queue age', horizon: 'immediate', answer: null },
    { actionItemId: 'a2', title: 'Stage <config> rollouts', horizon: 'short', answer: null },
  ],
  recurrence: null,
  completedAt: null,
  completedBy: null,
};

const mail = composeFollowUpEmail({
  incidentKey: 'INC-42',
  incidentTitle: 'Card payments failed',
  followUp,
  actionItems: [
    buildActionItem({ id: 'a1', owner: 'kim@example.com', status: 'done' }),
    buildActionItem({ id: 'a2', owner: null, status: 'in_progress' }),
  ],
  reviewUrl: 'https://hindsight.example.com/incidents/INC-42/review',
});

describe('composeFollowUpEmail', () => {
  it('names the incident in the subject', () => {
    expect(mail.subject).toBe('Follow-up on INC-42: did the fixes work?');
  });

  it('asks both questions under every item, with its owner and status', () => {
    expect(mail.text).toContain(
      [
        '1. Alert on queue age',
        '   (immediate, owner: kim@example.com, status: done)',
        '   - Is it verified, and did it work?',
        '   - Did a similar incident recur?',
        '',
        '2. Stage <config> rollouts',
        '   (short, owner: nobody, status: in progress)',
        '   - Is it verified, and did it work?',
        '   - Did a similar incident recur?',
      ].join('\n'),
    );
  });

  it('links to the review and says when the follow-up was due', () => {
    expect(mail.text).toContain(
      'Record the answers on the review: https://hindsight.example.com/incidents/INC-42/review',
    );
    expect(mail.text).toContain('asked for a follow-up on 2026-04-11');
    expect(mail.html).toContain('href="https://hindsight.example.com/incidents/INC-42/review"');
  });

  it('escapes text in the HTML part', () => {
    expect(mail.html).toContain('Stage &lt;config&gt; rollouts');
    expect(mail.html).not.toContain('<config>');
  });
});
