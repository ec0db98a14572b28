/** @module The mail that asks a review's people whether its fixes worked and whether the incident recurred. */
import type { ActionItem } from './action-item.js';
import type { FollowUp } from './follow-up.js';
import { escapeHtml, htmlMail, type MailContent } from './mail-content.js';

export interface FollowUpEmailInput {
  incidentKey: string;
  incidentTitle: string;
  followUp: FollowUp;
  /** The review's items, for each asked item's owner and current status. */
  actionItems: ActionItem[];
  /** Where the answers are recorded: the review's page. */
  reviewUrl: string;
}

export const FOLLOW_UP_QUESTIONS = [
  'Is it verified, and did it work?',
  'Did a similar incident recur?',
] as const;

/** One mail for the whole review, asking both questions about every item of its follow-up. */
export function composeFollowUpEmail(input: FollowUpEmailInput): MailContent {
  const { incidentKey, incidentTitle, followUp, reviewUrl } = input;
  const items = followUp.items.map((asked) => {
    const item = input.actionItems.find((candidate) => candidate.id === asked.actionItemId);
    const facts = [
      asked.horizon,
      `owner: ${item?.owner ?? 'nobody'}`,
      `status: ${(item?.status ?? 'removed').replace('_', ' ')}`,
    ];
    return { title: asked.title, facts: facts.join(', ') };
  });
  const due = followUp.dueAt.slice(0, 10);
  const subject = `Follow-up on ${incidentKey}: did the fixes work?`;
  const intro = `The review of ${incidentKey} "${incidentTitle}" asked for a follow-up on ${due}. It is a short check, item by item, that each fix was made, tested and did what it was meant to do.`;
  const text = [
    'Hello,',
    '',
    intro,
    '',
    'For each action item, please answer:',
    ...FOLLOW_UP_QUESTIONS.map((question) => `  - ${question}`),
    '',
    ...items.flatMap((item, i) => [
      `${i + 1}. ${item.title}`,
      `   (${item.facts})`,
      ...FOLLOW_UP_QUESTIONS.map((question) => `   - ${question}`),
      '',
    ]),
    `Record the answers on the review: ${reviewUrl}`,
    '',
    'You receive this because you wrote, reviewed or own an action item of this review.',
    '',
  ].join('\n');
  const html = htmlMail(
    subject,
    [
      '<p>Hello,</p>',
      `<p>${escapeHtml(intro)}</p>`,
      '<ol>',
      ...items.map(
        (item) =>
          `<li><strong>${escapeHtml(item.title)}</strong> <span style="color: #5b6475">(${escapeHtml(item.facts)})</span><ul>${FOLLOW_UP_QUESTIONS.map((question) => `<li>${escapeHtml(question)}</li>`).join('')}</ul></li>`,
      ),
      '</ol>',
      `<p><a href="${escapeHtml(reviewUrl)}">Record the answers on the review of ${escapeHtml(incidentKey)}</a></p>`,
      '<p>You receive this because you wrote, reviewed or own an action item of this review.</p>',
    ].join('\n'),
  );
  return { subject, text, html };
}
