import { describe, expect, it } from 'vitest';
import { followUpRecipients } from './follow-up-recipients.js';
import { buildActionItem, buildReview } from './test-builders.js';

describe('followUpRecipients', () => {
  it('lists authors, then reviewers, then action-item owners that are mail addresses, once each', () => {
    const review = buildReview({
      authors: ['Ana Silva <ana@example.com>', 'Jordan Lee'],
      reviewers: [
        { name: 'ravi@example.com', decision: 'approved', comment: '', at: null },
        { name: 'Mei Chen', decision: 'pending', comment: '', at: null },
      ],
      actionItems: [
        buildActionItem({ id: 'a1', owner: 'kim@example.com' }),
        buildActionItem({ id: 'a2', owner: 'ANA@example.com' }),
        buildActionItem({ id: 'a3', owner: null }),
        buildActionItem({ id: 'a4', owner: 'noa@example.com', status: 'wont_do' }),
      ],
    });
    expect(followUpRecipients(review)).toEqual([
      'ana@example.com',
      'ravi@example.com',
      'kim@example.com',
      'noa@example.com',
    ]);
  });

  it('is empty when nobody is named by a mail address', () => {
    expect(followUpRecipients(buildReview())).toEqual([]);
  });
});
